package io.phiscan.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV output that spreadsheets cannot turn into formulas: a cell beginning with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with an apostrophe.
 */
public final class SafeCsv {
    private SafeCsv() {
    }

    /** Opens an owner-only CSV file with a header row, RFC 4180 quoting, UTF-8. */
    public static CSVPrinter open(Path file, String... header) throws IOException {
        Writer w = new OutputStreamWriter(OwnerOnlyFiles.create(file), StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    /** The cell as written: neutralized when a spreadsheet would read it as a formula. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
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
