package io.phiscan.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV output that spreadsheets cannot turn into formulas: a cell beginning with {@code =},
 * {@code +}, {@code -}, {@code @}, or a tab or a carriage return followed by more, is prefixed
 * with an apostrophe (OWASP's advice on CSV injection). A lone {@code -} (the placeholder of
 * a record without a position, or of a value not known) or a plain signed number ({@code -12},
 * {@code +3.5}) is no formula and is left as it is: a spreadsheet reads it as text or a number,
 * and the apostrophe would only change the value people see.
 */
public final class SafeCsv {
    private static final Pattern HARMLESS_SIGNED = Pattern.compile("-|[+-]\\d+(\\.\\d+)?");

    private SafeCsv() {
    }

    /** Opens an owner-only CSV file of a run's folder with a header row, RFC 4180 quoting, UTF-8. */
    public static CSVPrinter open(OutputFolder folder, String file, String... header) throws IOException {
        Writer w = new OutputStreamWriter(folder.create(file), StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    /** The cell as written: neutralized when a spreadsheet would read it as a formula. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        return formula(s) ? "'" + s : s;
    }

    /** Whether a spreadsheet could read the text as a formula. */
    static boolean formula(String s) {
        if (s.isEmpty()) {
            return false;
        }
        return switch (s.charAt(0)) {
            case '=', '@' -> true;
            case '+', '-' -> !HARMLESS_SIGNED.matcher(s).matches();
            case '\t', '\r' -> !s.isBlank();
            default -> false;
        };
    }

    /** Prints a row of neutralized cells. */
    public static void row(CSVPrinter out, Object... cells) throws IOException {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cell(cells[i]);
        }
        out.printRecord(safe);
    }
}
