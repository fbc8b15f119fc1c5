package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file an export holds under a known name (LinkedIn's messages.csv, Reddit's comments.csv, a
 * Facebook thread) that does not begin as such a file does is a skipped record naming it and
 * saying why (empty, saved in UTF-16, its header missing), not a file passed over in silence;
 * the rest of the export is read.
 */
class UnreadableKnownFilesTest {

    @Test
    void aLinkedInMessagesFileSavedInUtf16IsSkippedAndNamed(@TempDir Path tmp) throws IOException {
        Path export = tmp.resolve("linkedin");
        ExportLocatorTest.copyFolder(Fixtures.path("linkedin/complete-2024"), export);
        ExportContents clean = ExportContents.read(export);
        int whole = clean.messages().size();
        int inMessagesCsv = clean.from("messages.csv").size();
        Path messages = export.resolve("messages.csv");
        Files.writeString(messages, Files.readString(messages), StandardCharsets.UTF_16);

        ExportContents read = ExportContents.read(export);
        assertThat(read.bad()).extracting(b -> b.source().entry() + ": " + b.reason()).containsExactly(
                "messages.csv: not read: no header line with the columns LinkedIn writes in this file: it is in UTF-16,"
                        + " not in UTF-8 as the platform writes it");
        assertThat(inMessagesCsv).isPositive();
        assertThat(read.messages()).hasSize(whole - inMessagesCsv);
    }

    @Test
    void aRedditCommentsFileWithoutItsHeaderIsSkippedAndNamed(@TempDir Path tmp) throws IOException {
        Path export = tmp.resolve("reddit");
        ExportLocatorTest.copyFolder(Fixtures.path("reddit/reddit-2024"), export);
        Path comments = export.resolve("comments.csv");
        List<String> lines = Files.readAllLines(comments);
        Files.write(comments, lines.subList(1, lines.size()));

        ExportContents read = ExportContents.read(export);
        assertThat(read.bad()).extracting(b -> b.source().entry() + ": " + b.reason()).containsExactly(
                "comments.csv: not read: no header line with the columns Reddit writes in this file");
        assertThat(read.messages()).extracting(Message::source).noneMatch(s -> s.entry().equals("comments.csv")).isNotEmpty();
    }

    @Test
    void aFacebookThreadSavedInUtf16IsSkippedSayingSo(@TempDir Path tmp) throws IOException {
        Path export = tmp.resolve("facebook");
        ExportLocatorTest.copyFolder(Fixtures.path("facebook/json-2024"), export);
        String thread = "your_activity_across_facebook/messages/inbox/zoefixture_1029384756/message_1.json";
        Path file = export.resolve(thread);
        Files.writeString(file, Files.readString(file), StandardCharsets.UTF_16);

        ExportContents read = ExportContents.read(export);
        assertThat(read.bad()).singleElement().satisfies(b -> {
            assertThat(b.source().entry()).isEqualTo(thread);
            assertThat(b.reason()).isEqualTo("the file is in UTF-16, not in UTF-8 as the platform writes it");
        });
        assertThat(read.messages()).hasSize(4);
    }

    @Test
    void aGrailbirdMonthFileThatIsEmptyIsSkippedAndNamed(@TempDir Path tmp) throws IOException {
        Path export = tmp.resolve("twitter-2014");
        ExportLocatorTest.copyFolder(Fixtures.path("twitter-legacy/grailbird-2014"), export);
        ExportContents clean = ExportContents.read(export);
        int whole = clean.messages().size();
        int inFebruary = clean.from("data/js/tweets/2014_02.js").size();
        Files.write(export.resolve("data/js/tweets/2014_02.js"), new byte[0]);

        ExportContents read = ExportContents.read(export);
        assertThat(read.bad()).hasSize(clean.bad().size() + 1).extracting(b -> b.source().entry() + ": " + b.reason()).contains(
                "data/js/tweets/2014_02.js: not read: the file does not begin as a month of tweets does"
                        + " (Grailbird.data.tweets_… =): it is empty");
        assertThat(inFebruary).isPositive();
        assertThat(read.messages()).hasSize(whole - inFebruary);
    }

    /** An Instagram messages.json (the layout used until 2020) cut inside a conversation keeps the messages before the cut. */
    @Test
    void anInstagramConversationCutByTheEndOfTheFileKeepsItsWholeMessages(@TempDir Path tmp) throws IOException {
        Path export = tmp.resolve("instagram");
        ExportLocatorTest.copyFolder(Fixtures.path("instagram/json-2019"), export);
        Path messages = export.resolve("messages.json");
        String whole = Files.readString(messages);
        ExportContents clean = ExportContents.read(export);
        Files.writeString(messages, whole.substring(0, whole.indexOf("\"text\": \"Coffee on Saturday?\"")));

        ExportContents read = ExportContents.read(export);
        assertThat(read.bad()).filteredOn(b -> b.source().entry().equals("messages.json")).singleElement().satisfies(b -> {
            assertThat(b.source().position()).startsWith("element 0, line 2");
            assertThat(b.reason()).startsWith("the file ends inside this element (truncated?); the ")
                    .endsWith(" record(s) complete before that point are read");
        });
        List<String> before = clean.from("messages.json").stream().filter(m -> m.source().position().startsWith("element 0,")
                && !m.text().equals("Coffee on Saturday?")).map(Message::text).toList();
        assertThat(before).isNotEmpty().contains("See you at the café ☕");
        assertThat(read.from("messages.json")).extracting(Message::text).containsExactlyInAnyOrderElementsOf(before);
    }
}
