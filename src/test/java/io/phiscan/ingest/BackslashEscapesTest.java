package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A backslash escapes a quote or a backslash in LinkedIn's Comments.csv; any other is the text's. */
class BackslashEscapesTest {

    private static List<List<String>> parse(String file) throws IOException {
        return parse(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<List<String>> parse(InputStream file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        CheckedUtf8Reader text = new CheckedUtf8Reader(file, Long.MAX_VALUE);
        try (CSVParser p = CSVParser.builder().setReader(CsvFormats.text(text, CsvFormats.backslashEscaped()))
                .setFormat(CsvFormats.backslashEscaped()).get()) {
            for (CSVRecord r : p) {
                rows.add(r.toList());
            }
        }
        return rows;
    }

    @Test
    void onlyAQuoteAndABackslashAreEscaped() throws IOException {
        String file = "a,\"say \\\"hi\\\" \\\\ then \\n, \\t, \\r, \\b, \\f, \\, and \\_\"\nC:\\temp\\,b\nlast\\";
        assertThat(parse(file)).containsExactly(
                List.of("a", "say \"hi\" \\ then \\n, \\t, \\r, \\b, \\f, \\, and \\_"),
                List.of("C:\\temp\\", "b"),
                List.of("last\\"));
    }

    /** A field ending in a backslash before the line break ended no record: the next line was read into it. */
    @Test
    void anUnquotedFieldEndingInABackslashEndsItsRecord() throws IOException {
        assertThat(parse("x,C:\\\ny,z\n")).containsExactly(List.of("x", "C:\\"), List.of("y", "z"));
    }

    /** The same text given seven bytes at a time: a backslash and what follows it fall in two reads. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 8191, 8192, 8193})
    void theEscapesAreTheSameWhereverTheReadsEnd(int size) throws IOException {
        String line = "\"\\\\peds\\new \\\"x\\\" \\t\"\n";
        String file = "x".repeat(size) + "\n" + line.repeat(3000);
        InputStream chunked = new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] buf, int off, int len) {
                return super.read(buf, off, Math.min(len, 7));
            }
        };
        List<List<String>> rows = parse(chunked);
        assertThat(rows).hasSize(3001);
        assertThat(rows.subList(1, 3001)).allMatch(r -> r.equals(List.of("\\peds\\new \"x\" \\t")));
    }
}
