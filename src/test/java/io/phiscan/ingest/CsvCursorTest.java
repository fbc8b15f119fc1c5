package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.Visibility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV reading all CSV exports share: header by name, preamble, BOM, and bad input around good records. */
class CsvCursorTest {

    private static List<IngestRecord> read(byte[] file, boolean backslash) throws IOException {
        List<IngestRecord> out = new ArrayList<>();
        try (CsvCursor c = new CsvCursor("export.zip", "f.csv", () -> new ByteArrayInputStream(file),
                backslash ? CsvFormats.backslashEscaped() : CsvFormats.rfc4180(),
                cells -> cells.contains("ID") && cells.contains("TEXT"),
                row -> List.of(new IngestRecord.Read(new Message(row.get("id"), Platform.REDDIT, "owner", row.get("id"),
                        "c", null, Instant.EPOCH, false, new Author(null, "owner", null), List.of(), Direction.OUTBOUND,
                        Visibility.PUBLIC, row.get("TEXT"), List.of(), row.source()))))) {
            IngestRecord r;
            while ((r = c.next()) != null) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<String> texts(List<IngestRecord> records) {
        return records.stream().map(r -> r instanceof IngestRecord.Read m ? m.message().id() + "=" + m.message().text()
                : "BAD " + r.source().position() + ": " + ((IngestRecord.Bad) r).reason()).toList();
    }

    @Test
    void headerByNameAfterPreambleAndBom() throws IOException {
        String csv = "\uFEFFNotes:\n\"A sentence, with a comma.\"\n\nText,Id\r\n\"multi\nline\",1\r\nplain,2\r\n";
        assertThat(texts(read(csv.getBytes(StandardCharsets.UTF_8), false)))
                .containsExactly("1=multi\nline", "2=plain");
    }

    @Test
    void brokenQuoteIsOneBadRecordAndTheNextLinesAreStillRead() throws IOException {
        String csv = "id,text\n1,\"ok\"\n2,\"bro\"ken\n3,\"fine\"\n4,\"unclosed\n5,after\n";
        assertThat(texts(read(csv.getBytes(StandardCharsets.UTF_8), false))).containsExactly(
                "1=ok",
                "BAD record 2, line 3: a broken quote: text follows the quote that closes a field; reading resumes at line 4",
                "3=fine",
                "BAD record 4, line 5: a broken quote: a quoted field is not closed before the end of the file"
                        + "; reading resumes at line 6",
                "5=after");
    }

    @Test
    void invalidUtf8FailsOnlyItsRecord() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("id,text\n1,caf\u00e9\n2,\"two\nlines ".getBytes(StandardCharsets.UTF_8));
        b.write(0xC3);
        b.write(0x28);
        b.writeBytes("\"\n3,fine\n".getBytes(StandardCharsets.UTF_8));
        assertThat(texts(read(b.toByteArray(), false))).containsExactly(
                "1=café",
                "BAD record 2, line 3: bytes that are not UTF-8 at line 4 (the record is not read; the file's other records are)",
                "3=fine");
    }

    @Test
    void backslashEscapedQuotesAndDoubledQuotes() throws IOException {
        // commons-csv decodes \\ to a backslash and \t, \n, \r to control characters; other pairs stay as written
        String csv = "id,text\n1,\"He said \\\"call me\\\" and \"\"bye\"\"\"\n2,C:\\\\temp \\d\n";
        assertThat(texts(read(csv.getBytes(StandardCharsets.UTF_8), true)))
                .containsExactly("1=He said \"call me\" and \"bye\"", "2=C:\\temp \\d");
    }

    @Test
    void wrongFieldCountIsReported() throws IOException {
        String csv = "id,text\n1,a,extra\n2,b\n";
        assertThat(texts(read(csv.getBytes(StandardCharsets.UTF_8), false))).containsExactly(
                "BAD record 1, line 2: the record has 3 fields where the header has 2 (a quoting problem?)", "2=b");
    }

    @Test
    void theHeaderRepeatedIsASkippedRecordNotData() throws IOException {
        String csv = "id,text\n1,a\n\"ID\",Text\n2,b\n";
        assertThat(texts(read(csv.getBytes(StandardCharsets.UTF_8), false))).containsExactly(
                "1=a", "BAD record 2, line 3: the header line again, not a record", "2=b");
    }

    @Test
    void aFileWithoutTheHeaderSaysSo() throws IOException {
        assertThat(texts(read("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), false)))
                .containsExactly("BAD line 1: no header line with the expected column names");
    }

    /**
     * A carriage return alone in an unquoted field ended its record: the first part was read as if
     * whole, the rest was a record of one field. In a file whose lines end with LF or CRLF it is
     * the field's, and no line: the positions after it, a broken quote's resumption and a bad byte's
     * line count the file's lines.
     */
    @Test
    void aCarriageReturnAloneInAFileOfLfOrCrlfLinesIsText() throws IOException {
        for (String eol : List.of("\n", "\r\n")) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.writeBytes(("id,text" + eol + "1,fever\rworried" + eol + "2,\"quoted\rtoo\"" + eol + "3,\"bro\"ken\r" + eol
                    + "4,\rafter" + eol + "5,caf").getBytes(StandardCharsets.UTF_8));
            b.write(0xC3);
            b.write(0x28);
            b.writeBytes(("\r" + eol + "6,last\r").getBytes(StandardCharsets.UTF_8));
            assertThat(texts(read(b.toByteArray(), false))).as(eol.length() == 1 ? "LF" : "CRLF").containsExactly(
                    "1=fever\rworried", "2=quoted\rtoo",
                    "BAD record 3, line 4: a broken quote: text follows the quote that closes a field; reading resumes at line 5",
                    "4=\rafter",
                    "BAD record 5, line 6: bytes that are not UTF-8 at line 6 (the record is not read; the file's other records are)",
                    "6=last\r");
        }
    }

    /** A file whose lines end with a carriage return alone (as old Macs wrote) keeps it as its line break. */
    @Test
    void aFileOfCarriageReturnLinesIsReadLineByLine() throws IOException {
        String csv = "id,text\r1,one\r2,\"two\nlines\"\r3,\"bro\"ken\r4,four\r";
        assertThat(texts(read(csv.getBytes(StandardCharsets.UTF_8), false))).containsExactly("1=one", "2=two\nlines",
                "BAD record 3, line 5: a broken quote: text follows the quote that closes a field; reading resumes at line 6",
                "4=four");
    }
}
