package io.phiscan.job;

import io.phiscan.review.RunStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit's accounting, per export: every record the ingest step read is a message indexed, a
 * record skipped (listed in {@code skipped.csv}) or an encrypted message counted apart. The
 * reader's own count of what it read is set against what was written and skipped; any
 * difference means a record was lost between reading and the index, and fails the run. Stateless.
 */
final class Reconciliation {
    /** The step-context key under which the ingest reader keeps its per-export counts. */
    static final String READ_KEY = "ingest.read";

    private Reconciliation() {
    }

    /** A run whose records do not add up. The message names the exports and the numbers, never content. */
    static final class MismatchException extends RuntimeException {
        MismatchException(String message) {
            super(message);
        }
    }

    /**
     * The counts as one string: a line per export, {@code count TAB path}, a line break in the
     * path written as {@code \n} and a backslash as {@code \\} (an export's folder may be named
     * with a line break: split over two lines, its count was lost and the run did not reconcile).
     */
    static String format(Map<String, Long> read) {
        StringBuilder s = new StringBuilder();
        read.forEach((path, n) -> s.append(n).append('\t').append(path.replace("\\", "\\\\").replace("\n", "\\n")).append('\n'));
        return s.toString();
    }

    static Map<String, Long> parse(String text) {
        Map<String, Long> read = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    read.put(unescape(line.substring(tab + 1)), Long.parseLong(line.substring(0, tab)));
                }
            }
        }
        return read;
    }

    private static String unescape(String path) {
        StringBuilder s = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' && i + 1 < path.length() && (path.charAt(i + 1) == '\\' || path.charAt(i + 1) == 'n')) {
                s.append(path.charAt(++i) == 'n' ? '\n' : '\\');
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    /**
     * Checks that, for every export, records read = messages + skipped + encrypted.
     *
     * @throws MismatchException naming every export that does not balance
     */
    static void check(Map<String, Long> read, List<RunStore.RunInput> inputs) {
        List<String> wrong = new ArrayList<>();
        Map<String, RunStore.RunInput> byPath = new LinkedHashMap<>();
        inputs.forEach(in -> byPath.put(in.path(), in));
        for (var e : read.entrySet()) {
            RunStore.RunInput in = byPath.get(e.getKey());
            long accounted = in == null ? 0 : in.messages() + in.skipped() + in.encrypted();
            if (in == null || accounted != e.getValue()) {
                wrong.add(e.getKey() + ": " + e.getValue() + " records read, but " + (in == null ? "the export is not "
                        + "recorded in the run" : in.messages() + " messages indexed + " + in.skipped() + " skipped + "
                        + in.encrypted() + " encrypted = " + accounted));
            }
        }
        for (String path : byPath.keySet()) {
            if (!read.containsKey(path)) {
                wrong.add(path + ": recorded in the run but not read");
            }
        }
        if (!wrong.isEmpty()) {
            throw new MismatchException("the run does not reconcile (records read = messages indexed + records skipped"
                    + " + encrypted): " + String.join("; ", wrong));
        }
    }
}
