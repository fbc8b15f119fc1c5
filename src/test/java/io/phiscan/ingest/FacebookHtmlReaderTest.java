package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Visibility;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Facebook "Download Your Information" in HTML, every layout; fixtures in src/test/resources/facebook. */
class FacebookHtmlReaderTest {

    @Test
    void theOneFileOf2017IsReadThreadByThreadWithItsZones() throws IOException {
        ExportRun run = ExportRun.of("facebook/html-2017");
        assertThat(run.export().layout()).isEqualTo("facebook-html-2017");
        assertThat(run.export().account()).isEqualTo("Nora Vance");
        assertThat(run.messages()).hasSize(5);
        Message zoe = run.text("See you at the café tomorrow?");
        assertThat(zoe.at()).isEqualTo(Instant.parse("2013-10-05T05:05:00Z"));
        assertThat(zoe.localTime()).isFalse();
        assertThat(zoe.direction()).isEqualTo(Direction.INBOUND);
        assertThat(run.text("Happy new year!").at()).isEqualTo(Instant.parse("2017-01-03T12:25:00Z"));
        Message cake = run.text("Who is bringing the cake?");
        assertThat(cake.visibility()).isEqualTo(Visibility.GROUP);
        assertThat(cake.author().name()).isEqualTo("100004567890123@facebook.com");
        assertThat(run.messages().stream().map(Message::conversationId).distinct()).hasSize(3);
    }

    @Test
    void theIndexPageOf2017IsNotAThreadAndItsThreadFilesAre() throws IOException {
        ExportRun run = ExportRun.of("facebook/html-2017-threads");
        assertThat(run.export().parts()).containsExactly("messages/1.html", "messages/2.html");
        assertThat(run.messages()).extracting(Message::conversationId).containsExactly("messages/1", "messages/1", "messages/2");
        assertThat(run.text("No problem").direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(run.text("Running late, 10 minutes").at()).isEqualTo(Instant.parse("2018-03-10T17:15:00Z"));
    }

    @Test
    void datesWithoutAZoneAreKeptAsLocalTime() throws IOException {
        for (String fixture : List.of("facebook/html-2018", "facebook/html-2022", "facebook/html-2024")) {
            ExportRun run = ExportRun.of(fixture);
            assertThat(run.messages()).as(fixture).isNotEmpty().allMatch(Message::localTime);
            assertThat(run.export().notes()).anyMatch(n -> n.contains("no time zone"));
        }
        ExportRun run = ExportRun.of("facebook/html-2024");
        assertThat(run.text("Count me in").at()).isEqualTo(Instant.parse("2025-10-19T13:47:55Z"));
        assertThat(run.text("¿Nos vemos mañana?").at()).isEqualTo(Instant.parse("2024-06-07T05:44:00Z"));
    }

    @Test
    void eachLayoutIsToldByItsBlocks() throws IOException {
        assertThat(ExportRun.of("facebook/html-2018").export().layout()).isEqualTo("facebook-html-2018");
        assertThat(ExportRun.of("facebook/html-2022").export().layout()).isEqualTo("facebook-html-2022");
        assertThat(ExportRun.of("facebook/html-2024").export().layout()).isEqualTo("facebook-html-2024");
    }

    @Test
    void the2018LayoutKeepsLinesDropsReactionsAndTellsGroups() throws IOException {
        ExportRun run = ExportRun.of("facebook/html-2018");
        assertThat(run.messages()).hasSize(5);
        assertThat(run.text("Perfect, see you then\nBring the map").direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(run.text("Hike on Saturday? 🥾").visibility()).isEqualTo(Visibility.DIRECT);
        assertThat(run.messages(m -> m.attachments().equals(List.of("photo")))).hasSize(1)
                .allMatch(m -> m.text().isEmpty() && m.visibility() == Visibility.GROUP);
        assertThat(run.messages(m -> m.text().contains("Nora Vance"))).isEmpty();
    }

    @Test
    void aBlockWithAnUnreadableDateIsOneBadRecordAndItsNeighboursAreRead() throws IOException {
        ExportRun run = ExportRun.of("facebook/html-2018");
        assertThat(run.bad()).hasSize(1);
        IngestRecord.Bad bad = run.bad().get(0);
        assertThat(bad.source().entry()).isEqualTo("messages/inbox/zoefixture_1029384756/message_1.html");
        assertThat(bad.source().position()).isEqualTo("block 3, line 5");
        assertThat(bad.reason()).contains("date").doesNotContain("broken date");
        assertThat(run.messages(m -> m.conversationId().equals("inbox/zoefixture_1029384756"))).hasSize(3);
    }

    @Test
    void aFileOfAnUnknownLayoutIsOneBadRecordNamingItAndTheOtherFilesAreRead() throws IOException {
        ExportRun run = ExportRun.of("facebook/html-2024");
        assertThat(run.bad()).hasSize(1);
        IngestRecord.Bad bad = run.bad().get(0);
        assertThat(bad.source().file()).endsWith("html-2024!your_activity_across_facebook/messages/inbox/caseyfixture_5647382910/message_1.html");
        assertThat(bad.reason()).contains("no message block of a known layout").doesNotContain("Are you there");
        assertThat(run.messages()).hasSize(6);
    }

    @Test
    void htmlPostsAndCommentsArePublicOutbound() throws IOException {
        ExportRun run = ExportRun.of("facebook/html-2024");
        assertThat(run.messages(m -> m.visibility() == Visibility.PUBLIC)).extracting(Message::text)
                .containsExactly("Autumn reading list is up", "https://example.org/club", "See you on Friday, Casey");
        assertThat(run.text("See you on Friday, Casey").recipients()).extracting(a -> a.name()).containsExactly("Casey Fixture");
    }

    /**
     * A sender left unclosed in a damaged file (it swallows the message and its date) is still
     * only the sender's name: no message text goes into a counterpart's name.
     */
    @Test
    void anUnclosedSenderIsTheNameAloneNotTheMessageItSwallows(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws IOException {
        java.nio.file.Path export = tmp.resolve("facebook");
        ExportLocatorTest.copyFolder(ExportRun.resource("facebook/html-2018"), export);
        java.nio.file.Path thread = export.resolve("messages/inbox/zoefixture_1029384756/message_1.html");
        String html = java.nio.file.Files.readString(thread);
        String closed = "_2lel\">Zoë Fixture</div><div class=\"_3-96 _2let\"><div><div></div><div>Hike on Saturday?";
        org.assertj.core.api.Assertions.assertThat(html).contains(closed);
        java.nio.file.Files.writeString(thread, html.replace(closed, closed.replace("Zoë Fixture</div>", "Zoë Fixture")));

        List<Message> messages = ExportRun.of(export).messages();
        assertThat(messages).filteredOn(m -> m.text().startsWith("Hike on Saturday?")).singleElement()
                .satisfies(m -> assertThat(m.author().name()).isEqualTo("Zoë Fixture"));
        assertThat(messages).allSatisfy(m -> assertThat(m.author().name()).doesNotContain("Hike").doesNotContain("2018"));
    }

    /**
     * A message whose block lost the markup it is known by (its block's class, a 2017 message's
     * {@code div}, its text element's class) is a skipped record at its place, never left out in
     * silence: its date, left in no block, says where it was.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "facebook/html-2024|your_activity_across_facebook/messages/inbox/zoefixture_1029384756/message_1.html"
                    + "|<section class=\"_a6-g\" aria-labelledby=\"u_0_1_x\"><h2 class=\"_2ph_ _a6-h _a6-i\">Zoë Fixture"
                    + "|<section clas=\"_a6-g\" aria-labelledby=\"u_0_1_x\"><h2 class=\"_2ph_ _a6-h _a6-i\">Zoë Fixture"
                    + "|line 3|a message's date with no message block around it that could be read (the block's markup is damaged);"
                    + " the message was not read",
            "facebook/html-2024|your_activity_across_facebook/messages/inbox/zoefixture_1029384756/message_1.html"
                    + "|Zoë Fixture</h2><div class=\"_2ph_ _a6-p\">|Zoë Fixture</h2><div class=\"_2ph_ _=a6-p\">"
                    + "|block 2, line 3|a 2024-layout message block without its text element (damaged markup?); the block was not read",
            "facebook/html-2017|html/messages.htm"
                    + "|<div class=\"message\"><div class=\"message_header\"><span class=\"user\">Zoë Fixture"
                    + "|<div class=&message\"><div class=\"message_header\"><span class=\"user\">Zoë Fixture"
                    + "|line 6|a message's date with no message block around it that could be read (the block's markup is damaged);"
                    + " the message was not read"})
    void aMessageWhoseBlockMarkupIsDamagedIsListedAtItsPlace(String fixture, String file, String healthy, String damaged,
            String position, String reason, @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws IOException {
        ExportRun whole = ExportRun.of(fixture);
        java.nio.file.Path export = tmp.resolve("facebook");
        ExportLocatorTest.copyFolder(ExportRun.resource(fixture), export);
        java.nio.file.Path thread = export.resolve(file);
        String html = java.nio.file.Files.readString(thread);
        assertThat(html).contains(healthy);
        java.nio.file.Files.writeString(thread, html.replace(healthy, damaged));

        ExportRun run = ExportRun.of(export);

        assertThat(run.messages()).hasSize(whole.messages().size() - 1);
        assertThat(run.bad()).hasSize(whole.bad().size() + 1);
        assertThat(run.bad()).filteredOn(b -> b.source().entry().equals(file)).singleElement()
                .satisfies(b -> assertThat(b.source().position() + ": " + b.reason()).isEqualTo(position + ": " + reason));
    }

    /**
     * A 2017 message that lost its sender, or its text, is a skipped record at its place: neither
     * left out in silence nor given the text of the message after it.
     */
    @Test
    void a2017MessageWithoutItsSenderOrItsTextIsSkippedAtItsPlace() throws IOException {
        ExportRun run = ExportRun.of("facebook/html-2017-damaged");
        assertThat(run.messages()).extracting(Message::text).containsExactly("Thanks, see you then", "Yes, 9am works");
        assertThat(run.text("Yes, 9am works").direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(run.bad()).extracting(b -> b.source().position()).containsExactly("block 2, line 6", "block 3, line 7");
        assertThat(run.bad().get(0).reason()).contains("without its text");
        assertThat(run.bad().get(1).reason()).contains("without a sender");
        assertThat(run.bad()).allSatisfy(b -> assertThat(b.reason()).doesNotContain("fever"));
    }

    /**
     * A 2017 file cut inside the text of a message (an interrupted download): the text before the
     * cut is read, and the message is listed as cut at its block, so that it is not taken for whole.
     */
    @Test
    void a2017FileCutInsideAMessageListsThatMessageAsCut() throws IOException {
        ExportRun run = ExportRun.of("facebook/html-2017-cut");
        assertThat(run.messages()).extracting(Message::text)
                .containsExactly("Yes, 9am works", "See you at the café tomorrow?", "Happy new year to you too", "Happy new ye");
        assertThat(run.bad()).singleElement().satisfies(b -> {
            assertThat(b.source().position()).isEqualTo("block 4, line 10");
            assertThat(b.reason()).isEqualTo("the file ends inside this message (truncated?): the text before the cut is"
                    + " read, as an incomplete message; the rest of the file cannot be read");
        });
        assertThat(run.text("Happy new ye").source().position()).isEqualTo("block 4, line 10");
    }

    /** Cut in a message's header, or between two messages: a skipped record says where the file ends. */
    @Test
    void a2017FileCutInAHeaderOrBetweenMessagesSaysSo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws IOException {
        String whole = java.nio.file.Files.readString(ExportRun.resource("facebook/html-2017/html/messages.htm"));
        String header = whole.substring(0, whole.indexOf("Tuesday, 3 January 2017 at 13:25") + 10);
        String between = whole.substring(0, whole.indexOf("<p>Happy new year!</p>") + "<p>Happy new year!</p>\n".length());

        ExportRun inHeader = ExportRun.of(writeExport(tmp.resolve("header"), header));
        assertThat(inHeader.messages()).hasSize(3);
        assertThat(inHeader.bad()).singleElement().satisfies(b -> {
            assertThat(b.source().position()).isEqualTo("block 4, line 10");
            assertThat(b.reason()).startsWith("the file ends inside this message (truncated?): it was not read");
        });

        ExportRun atEnd = ExportRun.of(writeExport(tmp.resolve("between"), between));
        assertThat(atEnd.messages()).hasSize(4).noneMatch(m -> m.text().equals("Who is bringing the cake?"));
        assertThat(atEnd.bad()).singleElement().satisfies(b -> {
            assertThat(b.source().position()).isEqualTo("line 11");
            assertThat(b.reason()).startsWith("the file ends before its closing </html> (truncated?)");
        });
    }

    private static java.nio.file.Path writeExport(java.nio.file.Path root, String messagesHtm) throws IOException {
        java.nio.file.Files.createDirectories(root.resolve("html"));
        java.nio.file.Files.writeString(root.resolve("html/messages.htm"), messagesHtm);
        return root;
    }

    /**
     * A page that declares Windows-1252 is read in it: names and text come out whole, not as
     * U+FFFD. A byte the code page leaves undefined (0x81) is U+0081, as browsers read it; it
     * skipped its block as "not valid windows-1252".
     */
    @Test
    void aPageInTheCharacterSetItDeclaresIsReadInIt() throws IOException {
        ExportRun run = ExportRun.of("facebook/html-2017-cp1252");
        assertThat(run.messages()).hasSize(6).noneMatch(m -> m.text().contains("\uFFFD")
                || m.author().name().contains("\uFFFD") || m.conversationId().contains("\uFFFD"));
        assertThat(run.text("See you at the café tomorrow?").author().name()).isEqualTo("Zoë Fixture");
        assertThat(run.text("I will, with candles \u0081").author().name()).isEqualTo("Casey Fixture");
        assertThat(run.bad()).isEmpty();
    }

    /**
     * A page saved in Windows-1252 that declares no character set is read as UTF-8, as Meta writes
     * it: a message whose bytes are not UTF-8 is skipped saying so, a name outside the messages is
     * listed too, and nothing becomes U+FFFD in silence.
     */
    @Test
    void bytesThatAreNotUtf8InAnUndeclaredPageAreListedWhereTheyAre() throws IOException {
        ExportRun run = ExportRun.of("facebook/html-2017-undeclared");
        assertThat(run.messages()).hasSize(4).noneMatch(m -> m.text().contains("\uFFFD"));
        assertThat(run.bad()).extracting(b -> b.source().position() + ": " + b.reason()).containsExactly(
                "line 4: bytes that are not valid UTF-8 at line 4 (the file declares no character set; saved in another"
                        + " one, such as Windows-1252?), outside the messages (a name or a title?): read with U+FFFD in"
                        + " their place",
                "block 2, line 6: bytes that are not valid UTF-8 at line 6 (the file declares no character set; saved in"
                        + " another one, such as Windows-1252?): the block was not read");
    }

    /**
     * Meta writes a whole thread on one line: a byte that is not UTF-8 skips the one block it is
     * in, not every block of its line.
     */
    @Test
    void aByteThatIsNotUtf8SkipsItsBlockAloneOnALineOfBlocks(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws IOException {
        java.nio.file.Path export = tmp.resolve("facebook");
        ExportLocatorTest.copyFolder(ExportRun.resource("facebook/html-2018"), export);
        java.nio.file.Path thread = export.resolve("messages/inbox/zoefixture_1029384756/message_1.html");
        String html = java.nio.file.Files.readString(thread).replace("\n", "");
        int at = html.indexOf("Bring the map") + "Bring the m".length();
        byte[] before = html.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] after = html.substring(at + 1).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(before, before.length + 1 + after.length);
        bytes[before.length] = (byte) 0xE0;
        System.arraycopy(after, 0, bytes, before.length + 1, after.length);
        java.nio.file.Files.write(thread, bytes);

        ExportRun run = ExportRun.of(export);
        assertThat(run.messages(m -> m.conversationId().equals("inbox/zoefixture_1029384756"))).hasSize(2)
                .noneMatch(m -> m.text().contains("Bring"));
        assertThat(run.bad()).extracting(b -> b.source().position()).containsExactly("block 1, line 1", "block 3, line 1");
        assertThat(run.bad().get(0).reason()).startsWith("bytes that are not valid UTF-8 at line 1");
    }

    /** A cut that falls in a block whose bytes are not valid says both. */
    @Test
    void aCutBlockWithBytesThatAreNotValidSaysBoth(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws IOException {
        byte[] whole = java.nio.file.Files.readAllBytes(ExportRun.resource("facebook/html-2017-undeclared/html/messages.htm"));
        String latin = new String(whole, java.nio.charset.StandardCharsets.ISO_8859_1);
        int cut = latin.indexOf("See you at the caf") + "See you at the caf".length() + 4;
        java.nio.file.Path root = tmp.resolve("cut");
        java.nio.file.Files.createDirectories(root.resolve("html"));
        java.nio.file.Files.write(root.resolve("html/messages.htm"), java.util.Arrays.copyOf(whole, cut));

        ExportRun run = ExportRun.of(root);
        assertThat(run.messages()).extracting(Message::text).containsExactly("Yes, 9am works");
        assertThat(run.bad()).extracting(b -> b.source().position()).containsExactly("line 4", "block 2, line 6");
        assertThat(run.bad().get(1).reason()).startsWith("the file ends inside this message (truncated?): it was not read")
                .contains("bytes that are not valid UTF-8 at line 6");
    }
}
