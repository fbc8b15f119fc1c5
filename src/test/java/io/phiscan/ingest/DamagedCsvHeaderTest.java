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
 * A damaged header line of a LinkedIn, Reddit or old X CSV file loses no more than the record it
 * runs into: the file's records are read by the columns the platform writes in that file.
 */
class DamagedCsvHeaderTest {

    @TempDir
    Path tmp;

    @Test
    void namesCutOutOfTheHeaderOfRedditPostsStillReadEveryPost() throws IOException {
        Path export = copy("reddit/reddit-2024");
        // "date" and "ip" run together: the header names no DATE column, and has 8 fields for 9
        damage(export.resolve("posts.csv"), "id,permalink,date,ip,subreddit", "id,permalink,dap,subreddit");

        ExportRendering.Read whole = read(Fixtures.path("reddit/reddit-2024"));
        ExportRendering.Read damaged = read(export);

        assertThat(damaged.bad()).isEmpty();
        assertThat(damaged.export().parts()).contains("posts.csv");
        assertThat(damaged.export().notes()).contains(
                toldBack("posts.csv", "Reddit"));
        assertSameMessages(damaged.messages(), whole.messages());
    }

    @Test
    void aRedditHeaderRunIntoItsFirstRecordLosesThatRecordOnly() throws IOException {
        Path export = copy("reddit/reddit-2024");
        damage(export.resolve("messages.csv"), "subject,body\n", "subject,body");

        ExportRendering.Read whole = read(Fixtures.path("reddit/reddit-2024"));
        ExportRendering.Read damaged = read(export);

        assertThat(damaged.bad()).singleElement().satisfies(b -> {
            assertThat(b.source().entry()).isEqualTo("messages.csv");
            assertThat(b.source().position()).isEqualTo("record 1, line 1");
            assertThat(b.reason()).startsWith("the header line runs into this record (a line break lost?): the record is not read");
        });
        assertThat(damaged.export().notes()).contains(
                toldBack("messages.csv", "Reddit"));
        assertThat(whole.message("1x9k2a")).isNotNull();
        assertSameMessages(damaged.messages(), whole.messages().stream().filter(m -> !m.nativeId().equals("1x9k2a")).toList());
    }

    @Test
    void aLinkedInMessagesHeaderRunIntoItsFirstRecordLosesThatRecordOnly() throws IOException {
        Path export = copy("linkedin/complete-2024");
        damage(export.resolve("messages.csv"), "IS CONVERSATION DRAFT\n", "IS CONVERSATION DRAFT");

        ExportRendering.Read whole = read(Fixtures.path("linkedin/complete-2024"));
        ExportRendering.Read damaged = read(export);

        // the fixture's draft is listed in both; the damaged file lists its first record besides
        assertThat(damaged.bad()).hasSize(whole.bad().size() + 1).first().satisfies(b -> {
            assertThat(b.source().entry()).isEqualTo("messages.csv");
            assertThat(b.source().position()).isEqualTo("record 1, line 1");
            assertThat(b.reason()).startsWith("the header line runs into this record");
        });
        // the same records, one line earlier: the line break after the header is gone
        assertThat(damaged.bad().subList(1, damaged.bad().size())).extracting(b -> b.source().position(), IngestRecord.Bad::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("record 7, line 7", "a draft, never sent: not audited"));
        assertThat(whole.bad()).extracting(b -> b.source().position()).containsExactly("record 7, line 8");
        assertThat(damaged.export().layout()).isEqualTo(whole.export().layout());
        assertSameMessages(damaged.messages(), whole.messages().stream()
                .filter(m -> !m.text().equals("Thank you, will do.")).toList());
        assertThat(damaged.messages()).hasSize(whole.messages().size() - 1);
    }

    @Test
    void aNameLostFromALinkedInHeaderThatStillNamesItsColumnsReadsEveryMessage() throws IOException {
        Path export = copy("linkedin/complete-2024");
        // the header keeps the names the file is told by, but has 12 fields where the records have 13
        damage(export.resolve("messages.csv"), "DATE,SUBJECT,CONTENT", "DATE,CONTENT");

        ExportRendering.Read whole = read(Fixtures.path("linkedin/complete-2024"));
        ExportRendering.Read damaged = read(export);

        assertThat(whole.bad()).singleElement().satisfies(b -> assertThat(b.reason()).isEqualTo("a draft, never sent: not audited"));
        assertThat(damaged.bad()).extracting(b -> b.source().position(), IngestRecord.Bad::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(whole.bad().get(0).source().position(), whole.bad().get(0).reason()));
        assertThat(damaged.export().notes()).contains(
                toldBack("messages.csv", "LinkedIn"));
        assertSameMessages(damaged.messages(), whole.messages());
    }

    @Test
    void aByteInsertedInTheLastNameOfLinkedInCommentsReadsEveryComment() throws IOException {
        Path export = copy("linkedin/complete-2024");
        damage(export.resolve("Comments.csv"), "Date,Link,Message", "Date,Link,Mes~sage");

        ExportRendering.Read whole = read(Fixtures.path("linkedin/complete-2024"));
        ExportRendering.Read damaged = read(export);

        assertThat(damaged.export().parts()).contains("Comments.csv");
        assertThat(damaged.export().notes()).contains(
                toldBack("Comments.csv", "LinkedIn"));
        assertThat(damaged.bad()).hasSameSizeAs(whole.bad());
        assertSameMessages(damaged.messages(), whole.messages());
    }

    @Test
    void aCutFromTheHeaderIntoTheFirstRecordOfRedditCommentsLosesThatRecordOnly() throws IOException {
        Path export = copy("reddit/reddit-2024");
        // the header's last names, its line break and the start of the first comment cut out
        cut(export.resolve("comments.csv"), 46, 86);

        ExportRendering.Read whole = read(Fixtures.path("reddit/reddit-2024"));
        ExportRendering.Read damaged = read(export);

        assertThat(damaged.bad()).singleElement().satisfies(b -> {
            assertThat(b.source().entry()).isEqualTo("comments.csv");
            assertThat(b.source().position()).isEqualTo("record 1, line 1");
        });
        assertSameMessages(damaged.messages(), whole.messages().stream().filter(m -> !m.nativeId().equals("kq1a2b3")).toList());
    }

    @Test
    void aCutFromTheFirstNameOfALinkedInHeaderReadsEveryMessage() throws IOException {
        Path export = copy("linkedin/complete-2024");
        // "CONVERSATION ID,CONVERSATION" cut to "CONVE": the file no longer names a CONVERSATION ID column
        cut(export.resolve("messages.csv"), 5, 28);

        ExportRendering.Read whole = read(Fixtures.path("linkedin/complete-2024"));
        ExportRendering.Read damaged = read(export);

        assertThat(damaged.export().parts()).contains("messages.csv");
        assertThat(damaged.bad()).hasSameSizeAs(whole.bad());
        assertSameMessages(damaged.messages(), whole.messages());
    }

    @Test
    void aCutFromTheNextToLastNameOfALinkedInHeaderIntoItsFirstRecordLosesThatRecordOnly() throws IOException {
        Path export = copy("linkedin/complete-2024");
        // "IS MESSAGE DRA|FT,IS CONVERSATION DRAFT\n2-Q2FzZXlG|aXh0…": two layouts of 13 columns fit as far as the cut
        byte[] bytes = Files.readAllBytes(export.resolve("messages.csv"));
        int from = new String(bytes, StandardCharsets.UTF_8).indexOf("DRAFT,IS CONVERSATION") - 2;
        cut(export.resolve("messages.csv"), from, from + 36);

        ExportRendering.Read whole = read(Fixtures.path("linkedin/complete-2024"));
        ExportRendering.Read damaged = read(export);

        assertThat(damaged.bad()).hasSize(whole.bad().size() + 1).first().satisfies(b -> {
            assertThat(b.source().position()).isEqualTo("record 1, line 1");
            assertThat(b.reason()).startsWith("the header line runs into this record");
        });
        assertSameMessages(damaged.messages(), whole.messages().stream()
                .filter(m -> !m.text().equals("Thank you, will do.")).toList());
    }

    @Test
    void aNameCutOutOfTheHeaderOfAnOldXTweetsCsvReadsEveryTweet() throws IOException {
        Path export = copy("twitter-legacy/csv-2015");
        // without "text" the file no longer says it holds tweets
        damage(export.resolve("tweets.csv"), "\"source\",\"text\",", "\"source\",");

        ExportRendering.Read whole = read(Fixtures.path("twitter-legacy/csv-2015"));
        ExportRendering.Read damaged = read(export);

        assertThat(damaged.export().layout()).isEqualTo("x-grailbird-csv");
        assertThat(damaged.export().notes()).contains(
                toldBack("tweets.csv", "X"));
        assertThat(damaged.bad()).hasSameSizeAs(whole.bad());
        assertSameMessages(damaged.messages(), whole.messages());
    }

    @Test
    void aFirstRecordCutShortUnderAWholeHeaderCostsThatRecordOnly() throws IOException {
        Path export = copy("linkedin/complete-2024");
        // the first message loses 4 of its 13 fields: 9, as many as the oldest layout has
        damage(export.resolve("messages.csv"), "2-Q2FzZXlGaXh0dXJlMQ==,,Casey Fixture,https://www.linkedin.com/in/casey-fixture,",
                "2-Q2FzZXlGaXh0dXJlMQ==,,");
        damage(export.resolve("messages.csv"), "\"Thank you, will do.\",INBOX,,No,No", "\"Thank you, will do.\",INBOX,No");

        ExportRendering.Read whole = read(Fixtures.path("linkedin/complete-2024"));
        ExportRendering.Read damaged = read(export);

        assertThat(damaged.bad()).hasSize(whole.bad().size() + 1).first().satisfies(b -> {
            assertThat(b.source().position()).isEqualTo("record 1, line 2");
            assertThat(b.reason()).startsWith("the record has 9 fields where the header has 13");
        });
        assertThat(damaged.export().notes()).noneMatch(n -> n.contains("header line is damaged"));
        assertSameMessages(damaged.messages(), whole.messages().stream()
                .filter(m -> !m.text().equals("Thank you, will do.")).toList());
    }

    @Test
    void aGarbledNameTheFileIsNotToldByIsReadAsTheColumnItNames() throws IOException {
        Path export = copy("reddit/reddit-2024");
        // the file is still told by its id, date, from, to and body; its thread column is not found by name
        damage(export.resolve("messages.csv"), "id,permalink,thread_id,date", "id,permalink,thread_ix,date");

        ExportRendering.Read whole = read(Fixtures.path("reddit/reddit-2024"));
        ExportRendering.Read damaged = read(export);

        assertThat(damaged.bad()).isEmpty();
        assertThat(damaged.export().notes()).contains(
                toldBack("messages.csv", "Reddit"));
        assertSameMessages(damaged.messages(), whole.messages());
    }

    @Test
    void aHeaderNoLayoutFitsStillListsTheFile() throws IOException {
        Path export = copy("reddit/reddit-2024");
        // neither its first name nor its last is Reddit's
        damage(export.resolve("posts.csv"), "id,permalink,date,ip,subreddit,gildings,title,url,body",
                "identifier,permalink,date,ip,subreddit,gildings,title,url,text");

        ExportRendering.Read damaged = read(export);

        assertThat(damaged.export().parts()).doesNotContain("posts.csv");
        assertThat(damaged.bad()).singleElement().satisfies(b -> {
            assertThat(b.source().entry()).isEqualTo("posts.csv");
            assertThat(b.reason()).contains("no header line with the columns Reddit writes in this file");
        });
    }

    /** The export's note on a file whose header was told back. */
    private static String toldBack(String file, String platform) {
        return file + ": its header line is damaged (or of a layout not known); its records are read by the columns " + platform
                + " writes in this file";
    }

    private static ExportRendering.Read read(Path export) throws IOException {
        try (ExportTree tree = ExportTree.open(export, ZipLimits.DEFAULT)) {
            return ExportRendering.read(tree);
        }
    }

    /** The same messages, field by field, but where they were read from. */
    private static void assertSameMessages(List<Message> actual, List<Message> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Message a = actual.get(i);
            Message e = expected.get(i);
            assertThat(a.nativeId()).isEqualTo(e.nativeId());
            assertThat(a.text()).isEqualTo(e.text());
            assertThat(a.at()).isEqualTo(e.at());
            assertThat(a.author()).isEqualTo(e.author());
            assertThat(a.recipients()).isEqualTo(e.recipients());
            assertThat(a.direction()).isEqualTo(e.direction());
            assertThat(a.visibility()).isEqualTo(e.visibility());
            assertThat(a.conversationId()).isEqualTo(e.conversationId());
        }
    }

    private Path copy(String fixture) throws IOException {
        Path from = Fixtures.path(fixture);
        Path to = tmp.resolve(from.getFileName().toString());
        ExportLocatorTest.copyFolder(from, to);
        return to;
    }

    private static void cut(Path file, int from, int to) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] cut = new byte[bytes.length - (to - from)];
        System.arraycopy(bytes, 0, cut, 0, from);
        System.arraycopy(bytes, to, cut, from, bytes.length - to);
        Files.write(file, cut);
    }

    private static void damage(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
                StandardCharsets.UTF_8);
    }
}
