package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Character-set declarations of Meta HTML read as browsers read them, in copies of the 2017
 * {@code messages.htm} changed here: a declaration in ASCII bytes of a set that does not write
 * ASCII so (UTF-32, UTF-16, EBCDIC) was honoured and the page decoded to nothing readable; a
 * declaration after the first 8 KB was not seen, and the reason said the file declares none.
 */
class MetaHtmlCharsetTest {
    private static final String PAGE = "html/messages.htm";

    @ParameterizedTest
    @ValueSource(strings = {"<meta charset=\"utf-32\" />", "<meta charset=utf_16le>", "<meta charset='cp037'>",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-32BE\" />"})
    void aDeclaredSetThatDoesNotWriteAsciiAsAsciiIsReadAsUtf8(String declaration, @TempDir Path tmp) throws IOException {
        String page = Files.readString(ExportRun.resource("facebook/html-2017/" + PAGE), StandardCharsets.UTF_8)
                .replace("<meta charset=\"UTF-8\" />", declaration);
        ExportRun run = ExportRun.of(write(tmp, page.getBytes(StandardCharsets.UTF_8)));

        assertThat(run.messages()).hasSize(5);
        assertThat(run.text("See you at the café tomorrow?").author().name()).isEqualTo("Zoë Fixture");
        assertThat(run.bad()).isEmpty();
    }

    @Test
    void theWordsSayWhySuchADeclarationWasNotHonoured(@TempDir Path tmp) throws IOException {
        byte[] page = Files.readAllBytes(ExportRun.resource("facebook/html-2017-undeclared/" + PAGE));
        String latin = new String(page, StandardCharsets.ISO_8859_1).replace("<head>", "<head><meta charset=\"utf-32\">");
        ExportRun run = ExportRun.of(write(tmp, latin.getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(run.bad()).extracting(IngestRecord.Bad::reason).last().isEqualTo("bytes that are not valid UTF-8 at"
                + " line 6 (the file declares the character set utf-32 in ASCII bytes, which utf-32 does not write"
                + " ASCII as; read as UTF-8, as browsers do): the block was not read");
    }

    /** A long {@code <style>} before the declaration (past 8 KB) hid it: the page was read as UTF-8. */
    @Test
    void aDeclarationAfterALongStyleIsSeen(@TempDir Path tmp) throws IOException {
        byte[] page = Files.readAllBytes(ExportRun.resource("facebook/html-2017-cp1252/" + PAGE));
        String latin = new String(page, StandardCharsets.ISO_8859_1)
                .replace("<head>", "<head><style>" + ".a{color:red}".repeat(1000) + "</style>");
        ExportRun run = ExportRun.of(write(tmp, latin.getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(run.messages()).hasSize(6).noneMatch(m -> m.text().contains("\uFFFD"));
        assertThat(run.text("See you at the café tomorrow?").author().name()).isEqualTo("Zoë Fixture");
        assertThat(run.bad()).isEmpty();
    }

    /** Past the bytes looked at, the words say where no declaration was found, not that there is none. */
    @Test
    void noDeclarationInTheBytesLookedAtIsSaidSo(@TempDir Path tmp) throws IOException {
        byte[] page = Files.readAllBytes(ExportRun.resource("facebook/html-2017-cp1252/" + PAGE));
        String latin = new String(page, StandardCharsets.ISO_8859_1).replace("<head>",
                "<head><style>" + ".a{color:red}".repeat(MetaHtmlCharset.SNIFF_BYTES / 13 + 1) + "</style>");
        ExportRun run = ExportRun.of(write(tmp, latin.getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(run.messages()).extracting(Message::text).doesNotContain("See you at the café tomorrow?");
        assertThat(run.bad()).extracting(IngestRecord.Bad::reason).isNotEmpty().allSatisfy(reason -> assertThat(reason)
                .contains("(the file declares no character set in its first 64 KB; saved in another one, such as"
                        + " Windows-1252?)"));
    }

    /** Browsers pass over a declaration in a comment or a script: an old one left in a comment decoded the page wrongly. */
    @ParameterizedTest
    @ValueSource(strings = {"<!-- old: <meta charset=\"utf-8\"> -->", "<script>var x = '<meta charset=\"shift_jis\">';</script>"})
    void aDeclarationInACommentOrAScriptDeclaresNothing(String before, @TempDir Path tmp) throws IOException {
        byte[] page = Files.readAllBytes(ExportRun.resource("facebook/html-2017-cp1252/" + PAGE));
        String latin = new String(page, StandardCharsets.ISO_8859_1).replace("<head>", "<head>" + before);
        ExportRun run = ExportRun.of(write(tmp, latin.getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(run.messages()).hasSize(6).noneMatch(m -> m.text().contains("\uFFFD"));
        assertThat(run.text("See you at the café tomorrow?").author().name()).isEqualTo("Zoë Fixture");
        assertThat(run.bad()).isEmpty();
    }

    /** The encoding standard's labels of Windows-1252 that Java takes for ISO-8859-1 (0x93 as a control character). */
    @ParameterizedTest
    @ValueSource(strings = {"iso-ir-100", "ISO_8859-1:1987", "csisolatin1", "iso88591"})
    void everyLabelOfWindows1252DecodesAsIt(String label, @TempDir Path tmp) throws IOException {
        byte[] page = Files.readAllBytes(ExportRun.resource("facebook/html-2017/" + PAGE));
        String text = new String(page, StandardCharsets.UTF_8).replace("<meta charset=\"UTF-8\" />",
                "<meta charset=\"" + label + "\" />").replace("Yes, 9am works", "Yes, \u201c9am\u201d works \u20ac");
        ExportRun run = ExportRun.of(write(tmp, text.getBytes(java.nio.charset.Charset.forName("windows-1252"))));

        assertThat(run.messages()).extracting(Message::text).contains("Yes, \u201c9am\u201d works \u20ac");
    }

    private static Path write(Path tmp, byte[] page) throws IOException {
        Path root = tmp.resolve("facebook");
        Files.createDirectories(root.resolve("html"));
        Files.write(root.resolve(PAGE), page);
        return root;
    }
}
