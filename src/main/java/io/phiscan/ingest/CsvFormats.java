package io.phiscan.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV dialects exports use, and headers as readers compare them: a file is told by its
 * header's column names (trimmed, upper case, without quotes or a byte-order mark), looked for in
 * its first records so that a preamble is passed over. Stateless; thread-safe.
 */
final class CsvFormats {
    private static final int HEADER_SEARCH = 16;

    private CsvFormats() {
    }

    /** The format of an RFC 4180 file (quotes doubled), blank lines ignored. */
    static CSVFormat rfc4180() {
        return CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    }

    /**
     * The same, where a backslash escapes a quote ({@code \"}) or a backslash; read through
     * {@link #text}, a backslash before any other character is the text's.
     */
    static CSVFormat backslashEscaped() {
        return CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setEscape('\\').get();
    }

    /**
     * The text of a file in {@code format} as commons-csv is to read it: a carriage return alone
     * kept in its field ({@link CarriageReturnsInFields}), and {@link BackslashEscapes} for a
     * backslash escape.
     */
    static Reader text(CheckedUtf8Reader in, CSVFormat format) {
        Reader text = new CarriageReturnsInFields(in);
        Character escape = format.getEscapeCharacter();
        return escape != null && escape == '\\' ? new BackslashEscapes(text) : text;
    }

    /** A header cell as headers are compared: trimmed, upper case, no byte-order mark or quotes. */
    static String key(String cell) {
        String s = cell.replace("\uFEFF", "").strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s.toUpperCase(Locale.ROOT);
    }

    /**
     * The header of a CSV file of a tree, as {@link #key} normalizes it, looked for in the file's
     * first records (64 KB at most): for recognizing a format by content.
     */
    static Optional<List<String>> header(ExportTree tree, String entry, CSVFormat format, Predicate<List<String>> rule)
            throws IOException {
        try (InputStream in = new ByteArrayInputStream(ExportFiles.head(tree, entry, 64 << 10));
                CSVParser p = CSVParser.builder().setReader(text(new CheckedUtf8Reader(in, 64 << 10), format)).setFormat(format)
                        .get()) {
            int n = 0;
            for (CSVRecord r : p) {
                List<String> cells = r.stream().map(CsvFormats::key).toList();
                if (rule.test(cells)) {
                    return Optional.of(cells);
                }
                if (++n >= HEADER_SEARCH) {
                    break;
                }
            }
        } catch (UncheckedIOException e) {
            // an unreadable head: not this format
        }
        return Optional.empty();
    }
}
