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

    /** A header's names as {@link #key} makes them, from one comma-separated line. */
    static List<String> names(String line) {
        return java.util.Arrays.stream(line.split(",")).map(CsvFormats::key).toList();
    }

    /**
     * A header as {@link #header(ExportTree, String, CSVFormat, Predicate, List)} finds it.
     *
     * @param names its names, as {@link #key} makes them
     * @param toldBack whether the header line is damaged and the names are a layout's ({@link HeaderRepair})
     */
    record Header(List<String> names, boolean toldBack) {
    }

    /**
     * The header of a CSV file of a tree, as {@link #key} normalizes it, looked for in the file's
     * first records (64 KB at most): for recognizing a format by content.
     */
    static Optional<List<String>> header(ExportTree tree, String entry, CSVFormat format, Predicate<List<String>> rule)
            throws IOException {
        return header(tree, entry, format, rule, List.of()).map(Header::names);
    }

    /**
     * The same, where a damaged header line is told back from {@code layouts}, the names the
     * platform writes in this file, as {@link CsvCursor} reads it.
     */
    static Optional<Header> header(ExportTree tree, String entry, CSVFormat format, Predicate<List<String>> rule,
            List<List<String>> layouts) throws IOException {
        List<String> found = null;
        try (InputStream in = new ByteArrayInputStream(ExportFiles.head(tree, entry, 64 << 10));
                CSVParser p = CSVParser.builder().setReader(text(new CheckedUtf8Reader(in, 64 << 10), format)).setFormat(format)
                        .get()) {
            List<String> first = null;
            int n = 0;
            for (CSVRecord r : p) {
                List<String> cells = r.stream().map(CsvFormats::key).toList();
                if (found != null) {
                    // the record after the header: the header may be a damaged one of the layouts
                    Optional<Header> told = r.size() == found.size()
                            ? HeaderRepair.oneGarbled(found, layouts).map(f -> new Header(f.names(), true))
                            : toldBack(found, r.size(), layouts);
                    return Optional.of(told.orElse(new Header(found, false)));
                }
                if (rule.test(cells)) {
                    found = cells;
                    if (layouts.isEmpty()) {
                        break;
                    }
                    continue;
                }
                if (n == 0) {
                    first = cells;
                } else if (n == 1) {
                    Optional<Header> h = toldBack(first, r.size(), layouts);
                    if (h.isPresent()) {
                        return h;
                    }
                }
                if (++n >= HEADER_SEARCH) {
                    break;
                }
            }
        } catch (UncheckedIOException e) {
            // an unreadable head: not this format, unless its header was read before
        }
        return Optional.ofNullable(found).map(names -> new Header(names, false));
    }

    private static Optional<Header> toldBack(List<String> damaged, int width, List<List<String>> layouts) {
        return HeaderRepair.of(damaged, width, layouts).map(f -> new Header(f.names(), true));
    }
}
