package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Message;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A tag in a Meta HTML file that would swallow the rest of it (a stray {@code <script>}, an
 * unclosed comment, a {@code <} before a word) costs nothing but its own {@code <}: read
 * through {@link UnclosedRawText}, every message is read.
 */
class UnclosedRawTextTest {
    private static final String HEAD = "<html><head><title>T</title><style>p{}</style></head><body>";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "<p>a <script>b</p>|<p>a \uFFFDscript>b</p>",
            "<p>a <SCRIPT src=x>b</p>|<p>a \uFFFDSCRIPT src=x>b</p>",
            "<p>a <script>b</script></p>|<p>a <script>b</script></p>",
            "<p>a <script>b</script> <script>c</p>|<p>a <script>b</script> �script>c</p>",
            "<p>a <!-- b</p>|<p>a \uFFFD!-- b</p>",
            "<p>a <!-- b --></p>|<p>a <!-- b --></p>",
            "<p>a <![CDATA[ b</p>|<p>a \uFFFD![CDATA[ b</p>",
            "<p>a <title>b</p>|<p>a \uFFFDtitle>b</p>",
            "<p>a <textarea>b</p>|<p>a \uFFFDtextarea>b</p>",
            "<p>a <select>b</p>|<p>a \uFFFDselect>b</p>",
            "<p>a <plaintext>b</plaintext></p>|<p>a \uFFFDplaintext>b</plaintext></p>",
            "<p>a <Message number 5</p>|<p>a \uFFFDMessage number 5</p>",
            "<p>a <div\u001eMessage 5</div></p>|<p>a \uFFFDdiv\u001eMessage 5</div></p>",
            "<div><div<! class=\"_a6-o\">Mar 12, 2023 1:38 pm</div></div>|<div><div<! class=\"_a6-o\">Mar 12, 2023 1:38 pm</div></div>",
            "<p>a <b>b</b> <br/> 1 < 2, <3</p>|<p>a <b>b</b> <br/> 1 < 2, <3</p>",
            "<p><svg viewBox='0 0 1 1'><g><path d='M0'/><feComponentTransfer/></g></svg><picture>x</picture> <zz</p>"
                    + "|<p><svg viewBox='0 0 1 1'><g><path d='M0'/><feComponentTransfer/></g></svg><picture>x</picture> \uFFFDzz</p>",
            "<p>a <averyveryverylongword b</p>|<p>a \uFFFDaveryveryverylongword b</p>",
            "<div class=\"_a72d>Oct 19</div></footer><section class=\"_a6-g\">x</section>"
                    + "|<div class=\uFFFD_a72d>Oct 19</div></footer><section class=\"_a6-g\">x</section>",
            "<div class='_a72d>Oct 19</div><div class='b'>|<div class=\uFFFD_a72d>Oct 19</div><div class='b'>",
            "<div id=x class = \"_a72d>Oct 19</div>|<div id=x class = \uFFFD_a72d>Oct 19</div>",
            "<img alt=\"a < b, 1 > 0\" src=\"x\"><p title='a \"b\" c'>t</p>|<img alt=\"a < b, 1 > 0\" src=\"x\"><p title='a \"b\" c'>t</p>",
            "<span class=\"metaage 35</p> <div class=\"message\">|<span class=\uFFFDmetaage 35</p> <div class=\"message\">",
            "<p class=\"a\" x\"y>t</p><p class=\"b\">|<p class=\"a\" x\"y>t</p><p class=\"b\">"})
    void aTagThatWouldSwallowTheRestLosesItsAngleBracketAlone(String body, String expected) throws IOException {
        assertThat(read(HEAD + body + "</body></html>", 7)).isEqualTo(HEAD + expected + "</body></html>");
    }

    /** A quote not closed until the end of the file would swallow it whole: it is neutralized too. */
    @ParameterizedTest
    @ValueSource(ints = {1, 4096, 100_000})
    void aQuoteNeverClosedIsNeutralized(int chunk) throws IOException {
        String filler = "<p>x</p>".repeat(UnclosedRawText.LOOKAHEAD / 4);
        String html = HEAD + filler + "<div class=\"_a72d>Oct 19</div>" + filler + "</body></html>";

        assertThat(read(html, chunk)).isEqualTo(html.replace("class=\"_a72d", "class=\uFFFD_a72d"));
    }

    /** Before the body, a title and a style are the head's own, closed or not. */
    @ParameterizedTest
    @ValueSource(strings = {"<html><head><title>T</head><body><p>x</p>", "<html><head><style>x</head><body><p>x</p>"})
    void theHeadIsLeftAlone(String html) throws IOException {
        assertThat(read(html, 3)).isEqualTo(html);
    }

    /** A closing farther than the lookahead does not count; one within it does, across the reader's buffers. */
    @ParameterizedTest
    @ValueSource(ints = {1, 4096, 100_000})
    void theLookaheadHoldsAcrossBuffers(int chunk) throws IOException {
        String filler = "x".repeat(UnclosedRawText.LOOKAHEAD);
        String near = "<p><script>" + "y".repeat(UnclosedRawText.LOOKAHEAD - 100) + "</script></p>";
        String far = "<p><script>" + "y".repeat(UnclosedRawText.LOOKAHEAD + 100) + "</script></p>";
        String html = HEAD + filler + near + filler + far + filler;

        String out = read(html, chunk);

        assertThat(out).hasSameSizeAs(html);
        assertThat(out).isEqualTo(html.substring(0, html.lastIndexOf("<script>")) + "\uFFFD"
                + html.substring(html.lastIndexOf("<script>") + 1));
    }

    /**
     * In a thread of each HTML generation that writes a message per block, a swallowing tag in one
     * message's text (as damage or tampering leaves it) costs no message: each is read, and the
     * damaged one shows the tag with U+FFFD for its {@code <}. Without the filter, the messages after
     * it were lost or became that message's text.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "facebook/html-2024, your_activity_across_facebook/messages/inbox/zoefixture_1029384756/message_1.html, Count me in, <script>",
            "facebook/html-2024, your_activity_across_facebook/messages/inbox/zoefixture_1029384756/message_1.html, Count me in, <!--",
            "facebook/html-2024, your_activity_across_facebook/messages/inbox/zoefixture_1029384756/message_1.html, Count me in, <title>",
            "facebook/html-2017, html/messages.htm, 'Yes, 9am works', <textarea>",
            "facebook/html-2017, html/messages.htm, 'Yes, 9am works', <Yes"})
    void aSwallowingTagInAMessageCostsNoMessage(String fixture, String file, String text, String tag, @TempDir Path tmp)
            throws IOException {
        ExportRun undamaged = ExportRun.of(fixture);
        List<Message> whole = undamaged.messages();
        Path export = damaged(fixture, file, ">" + text + "<", ">" + text.substring(0, 3) + tag + text.substring(3) + "<", tmp);

        ExportRun run = ExportRun.of(export);

        assertThat(run.bad()).extracting(IngestRecord.Bad::reason)
                .containsExactlyElementsOf(undamaged.bad().stream().map(IngestRecord.Bad::reason).toList());
        assertThat(run.messages()).hasSameSizeAs(whole);
        assertThat(run.messages()).extracting(Message::text).contains(text.substring(0, 3) + "\uFFFD" + tag.substring(1) + text.substring(3));
    }

    /**
     * An attribute whose closing quote was lost (the class of a message's date) took the rest of
     * that message and the start of the next one for its value, and one of the two was lost with
     * no record. Now the next one is read, and the damaged one is read too (the 2024 footer still
     * holds its date) or is a skipped record at its place (the 2017, 2018 and 2022–23 dates lost
     * their class).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "facebook/html-2024|your_activity_across_facebook/messages/inbox/zoefixture_1029384756/message_1.html"
                    + "|<div class=\"_a72d\">Oct 19, 2025 1:47:55 pm|<div class=\"_a72d>Oct 19, 2025 1:47:55 pm||",
            "facebook/html-2018|messages/inbox/zoefixture_1029384756/message_1.html|<div class=\"_3-94 _2lem\">"
                    + "|<div class=\"_3-94 _2lem>|Perfect, see you then"
                    + "|block 1, line 3: the date of this 2018-layout block is missing; the block was not read",
            "instagram/html-2023|messages/inbox/zoe.fixture_17845678901234567/message_1.html"
                    + "|<div class=\"_3-94 _a6-o\">Mar 12, 2023 6:10 pm|<div class=\"_3-94 _a6-o>Mar 12, 2023 6:10 pm"
                    + "|See you at the gallery|block 1, line 3: the date of this 2022-layout block is missing; the block was not read",
            "facebook/html-2017|html/messages.htm|<span class=\"meta\">Friday, October 4, 2013 at 10:07pm PDT"
                    + "|<span class=\"meta>Friday, October 4, 2013 at 10:07pm PDT|Yes, 9am works"
                    + "|block 1, line 5: the date of this 2017-layout block is missing; the block was not read"})
    void aValueWhoseClosingQuoteIsLostCostsNoOtherMessage(String fixture, String file, String healthy, String damaged,
            String lost, String listed, @TempDir Path tmp) throws IOException {
        ExportRun whole = ExportRun.of(fixture);
        Path export = damaged(fixture, file, healthy, damaged, tmp);

        ExportRun run = ExportRun.of(export);

        List<IngestRecord.Bad> added = run.bad().stream()
                .filter(b -> whole.bad().stream().noneMatch(w -> w.reason().equals(b.reason())
                        && w.source().position().equals(b.source().position())))
                .toList();
        assertThat(added).extracting(b -> b.source().position() + ": " + b.reason())
                .containsExactlyElementsOf(listed == null ? List.of() : List.of(listed));
        assertThat(run.messages()).extracting(m -> m.at() + " " + m.text())
                .containsExactlyInAnyOrderElementsOf(whole.messages().stream().filter(m -> lost == null || !m.text().startsWith(lost))
                        .map(m -> m.at() + " " + m.text()).toList());
    }

    /**
     * A message block's class inside a message's text (damage or tampering: Meta nests no blocks)
     * was taken for a header, and the words after it were lost with no record. They are read as
     * the message's text now; every message is read, and nothing more is skipped.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "facebook/html-2024|your_activity_across_facebook/messages/inbox/zoefixture_1029384756/message_1.html"
                    + "|<div>Count me in</div>|<div>Count <section class=\"_a6-g\">me in</div>|Count",
            "instagram/html-2023|messages/inbox/zoe.fixture_17845678901234567/message_1.html"
                    + "|<div>See you at the gallery</div>|<div>See you <div class=\"pam _a6-g\">at the gallery</div></div>|See you"})
    void aBlocksClassInsideAMessagesTextKeepsItsWords(String fixture, String file, String healthy, String damaged, String start,
            @TempDir Path tmp) throws IOException {
        ExportRun whole = ExportRun.of(fixture);
        Path export = damaged(fixture, file, healthy, damaged, tmp);

        ExportRun run = ExportRun.of(export);

        assertThat(run.bad()).extracting(IngestRecord.Bad::reason)
                .containsExactlyElementsOf(whole.bad().stream().map(IngestRecord.Bad::reason).toList());
        assertThat(run.messages()).hasSameSizeAs(whole.messages());
        String said = healthy.substring(5, healthy.length() - 6);
        assertThat(run.messages()).filteredOn(m -> m.text().startsWith(start)).singleElement()
                .satisfies(m -> assertThat(m.text().replace('\n', ' ')).isEqualTo(said));
    }

    /** A copy of the fixture in which the first {@code healthy} of the file is {@code damaged}. */
    private static Path damaged(String fixture, String file, String healthy, String damaged, Path tmp) throws IOException {
        Path export = tmp.resolve("export");
        ExportLocatorTest.copyFolder(ExportRun.resource(fixture), export);
        Path thread = export.resolve(file);
        String html = Files.readString(thread);
        assertThat(html).contains(healthy);
        int at = html.indexOf(healthy);
        Files.writeString(thread, html.substring(0, at) + damaged + html.substring(at + healthy.length()));
        return export;
    }

    private static String read(String html, int chunk) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Reader r = new UnclosedRawText(new StringReader(html))) {
            char[] buf = new char[chunk];
            for (int n; (n = r.read(buf, 0, buf.length)) >= 0; ) {
                out.append(buf, 0, n);
            }
        }
        return out.toString();
    }
}
