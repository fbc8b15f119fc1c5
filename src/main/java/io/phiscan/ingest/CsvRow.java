package io.phiscan.ingest;

import io.phiscan.model.SourceRef;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * One data record of a CSV file, read by header name (names compared as {@link CsvFormats#key}
 * makes them), with where it is.
 */
record CsvRow(SourceRef source, Map<String, Integer> columns, CSVRecord values) {

    /** The value of a column, or {@code null} when the file has no such column or the cell is blank. */
    String get(String column) {
        Integer i = columns.get(CsvFormats.key(column));
        if (i == null || i >= values.size()) {
            return null;
        }
        String v = values.get(i);
        if (v != null && v.indexOf(CarriageReturnsInFields.STAND_IN) >= 0) {
            v = v.replace(CarriageReturnsInFields.STAND_IN, '\r');
        }
        return v == null || v.isBlank() ? null : v;
    }

    /** The first of several columns that has a value. */
    String get(String column, String fallback) {
        String v = get(column);
        return v != null ? v : get(fallback);
    }

    /** Whether the file has this column. */
    boolean has(String column) {
        return columns.containsKey(CsvFormats.key(column));
    }
}
