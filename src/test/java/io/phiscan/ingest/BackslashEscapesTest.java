package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A backslash escapes a quote or a backslash in LinkedIn's Comments.csv; any other is the text's. */
class BackslashEscapesTest {

    private static List<List<String>> parse(Reader text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
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
        assertThat(parse(new StringReader(file))).containsExactly(
                List.of("a", "say \"hi\" \\ then \\n, \\t, \\r, \\b, \\f, \\, and \\_"),
                List.of("C:\\temp\\", "b"),
                List.of("last\\"));
    }

    /** A field ending in a backslash before the line break ended no record: the next line was read into it. */
    @Test
    void anUnquotedFieldEndingInABackslashEndsItsRecord() throws IOException {
        assertThat(parse(new StringReader("x,C:\\\ny,z\n"))).containsExactly(List.of("x", "C:\\"), List.of("y", "z"));
    }

    /** The same text given one character at a time: a backslash and what follows it fall in two reads. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 8191, 8192, 8193})
    void theEscapesAreTheSameWhereverTheReadsEnd(int size) throws IOException {
        String line = "\"\\\\peds\\new \\\"x\\\" \\t\"\n";
        String file = "x".repeat(size) + "\n" + line.repeat(3000);
        Reader chunked = new Reader() {
            private final StringReader in = new StringReader(file);

            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                return in.read(buf, off, Math.min(len, 7));
            }

            @Override
            public void close() {
            }
        };
        List<List<String>> rows = parse(chunked);
        assertThat(rows).hasSize(3001);
        assertThat(rows.subList(1, 3001)).allMatch(r -> r.equals(List.of("\\peds\\new \"x\" \\t")));
    }
}
