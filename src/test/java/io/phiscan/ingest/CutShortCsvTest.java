package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV file cut short inside an unquoted field of its last record: the record is read as far as
 * it goes, and a row says the file may have been cut there (the records after the cut are gone
 * without any other trace). A file whose last record ends with a quoted field, as LinkedIn writes
 * them, is not suspected: a cut inside quotes is a broken quote, listed as such.
 */
class CutShortCsvTest {

    @TempDir
    Path tmp;

    @Test
    void aRedditFileCutInsideItsLastRecordsBodyIsReadAsFarAsItGoesAndListed() throws IOException {
        Path export = tmp.resolve("export");
        ExportLocatorTest.copyFolder(Fixtures.path("reddit/reddit-2024"), export);
        Path posts = export.resolve("posts.csv");
        String text = Files.readString(posts, StandardCharsets.UTF_8);
        // a post of its own at the end, its body cut after "Flu shots are"
        Files.writeString(posts, text + "1ce2cc3,https://www.reddit.com/r/Pediatrics/comments/1ce2cc3/flu_clinic/,"
                + "2024-10-01 09:00:00 UTC,,Pediatrics,0,Flu clinic,"
                + "https://www.reddit.com/r/Pediatrics/comments/1ce2cc3/flu_clinic/,"
                + "Flu shots are", StandardCharsets.UTF_8);
        ExportContents whole = ExportContents.read(Fixtures.path("reddit/reddit-2024"));

        ExportContents cut = ExportContents.read(export);

        assertThat(cut.messages()).hasSize(whole.messages().size() + 1);
        assertThat(cut.messages()).filteredOn(m -> m.nativeId().equals("1ce2cc3")).extracting(Message::text)
                .singleElement().asString().contains("Flu shots are");
        long records = text.lines().filter(l -> l.matches("^[0-9a-z]{7},https://.*")).count();
        assertThat(cut.bad()).hasSize(whole.bad().size() + 1);
        assertThat(cut.bad()).filteredOn(b -> b.source().entry().equals("posts.csv")).singleElement().satisfies(b -> {
            assertThat(b.source().position()).isEqualTo("record " + (records + 1) + ", line " + (text.lines().count() + 1));
            assertThat(b.reason())
                    .startsWith("the file ends inside this record, in an unquoted field with no line break after it:");
        });
    }

    @Test
    void theSameFileWholeIsNotSuspected() throws IOException {
        ExportContents whole = ExportContents.read(Fixtures.path("reddit/reddit-2024"));

        assertThat(whole.bad()).noneMatch(b -> b.reason().startsWith("the file ends inside this record"));
    }

    @Test
    void aLinkedInFileWhoseLastRecordEndsWithAQuotedFieldAndNoLineBreakIsNotSuspected() throws IOException {
        Path messages = Fixtures.path("linkedin/quoted-2026").resolve("messages.csv");
        String text = Files.readString(messages, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\"").doesNotEndWith("\n");

        ExportContents read = ExportContents.read(Fixtures.path("linkedin/quoted-2026"));

        assertThat(read.messages()).isNotEmpty();
        assertThat(read.bad()).noneMatch(b -> b.reason().startsWith("the file ends inside this record"));
    }
}
