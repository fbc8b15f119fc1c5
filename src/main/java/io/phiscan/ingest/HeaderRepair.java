package io.phiscan.ingest;

import java.util.List;
import java.util.Optional;

/**
 * The header of a CSV file told back from the layouts a platform writes, when damage to the
 * header line would otherwise lose the whole file: the header no longer names the columns a
 * reader needs, or its field count differs from its first record's. The names are compared as
 * {@link CsvFormats#key} makes them, and only against a layout with the first record's field
 * count. Three kinds of damage are told back:
 * <ul>
 * <li>names cut out of the line, or one name garbled: every other name in its place, counted from
 * the start of the line and from its end, the last one (and the first, or the two last) among
 * them; or, when no name is missing, the first or the last name with at most two bytes inserted,
 * replaced or cut;
 * <li>the names after the second or a later one cut out, up to the line break: the line is a
 * start of the layout's;
 * <li>the header line run into the first record (its line break cut out, with or without the
 * names before it and the record's start): the names up to where it runs on in their place, two
 * at least, and no name of the layouts after them. That record is lost.
 * </ul>
 * A header the platform writes, whole, is never told back: the record after it is the damaged one.
 * Two layouts that fit equally well tell nothing, unless they differ in one name only, whose
 * column is then left unnamed. Stateless; thread-safe.
 */
final class HeaderRepair {
    /** How many bytes of the first or the last name may be garbled (inserted, replaced, cut). */
    private static final int GARBLED = 2;

    /**
     * A header told back.
     *
     * @param names the layout's column names
     * @param recordLost whether the header line holds the first record, which is then not read
     */
    record Found(List<String> names, boolean recordLost) {
    }

    private HeaderRepair() {
    }

    /**
     * The layout a damaged header stands for.
     *
     * @param damaged the header line's names, as {@link CsvFormats#key} makes them
     * @param width the field count of the first record after it
     * @param layouts the layouts the platform writes in this file, as {@link CsvFormats#key} makes their names
     */
    static Optional<Found> of(List<String> damaged, int width, List<List<String>> layouts) {
        if (layouts.contains(damaged)) {
            // a header the platform writes, whole: the record after it is the damaged one
            return Optional.empty();
        }
        Found best = null;
        int bestFit = -1;
        boolean tie = false;
        for (List<String> layout : layouts) {
            if (layout.size() != width) {
                continue;
            }
            int start = fromStart(damaged, layout);
            int end = fromEnd(damaged, layout, start);
            int fit;
            boolean lost;
            if (damaged.size() <= layout.size() && start + end >= damaged.size() - 1
                    && (end >= 1 && (start >= 1 || end >= 2) || garbled(damaged, layout, start, end))) {
                // names cut out of the line, or one garbled: the line still ends with a name
                fit = 2 * (start + end);
                lost = false;
            } else if (start == damaged.size() && start >= 2) {
                // the names after these cut, up to the line break
                fit = 2 * start;
                lost = false;
            } else if (start >= 2 && start < layout.size() && start < damaged.size() && end == 0
                    && noneNamed(damaged.subList(start, damaged.size()), layouts)) {
                // from its first name out of place, the line runs on into the first record (no name of any
                // layout after it: those would be a whole header the layouts do not know, over a damaged
                // record): a name whole before the record's first field (the line break alone lost) fits
                // better than a name cut
                fit = 2 * start + (damaged.get(start).startsWith(layout.get(start)) ? 1 : 0);
                lost = true;
            } else {
                continue;
            }
            if (fit > bestFit) {
                best = new Found(layout, lost);
                bestFit = fit;
                tie = false;
            } else if (fit == bestFit) {
                Found both = tie ? null : alike(best, new Found(layout, lost));
                tie = both == null;
                best = both == null ? best : both;
            }
        }
        return best == null || tie ? Optional.empty() : Optional.of(best);
    }

    /**
     * The layout a header of the same field count stands for when one of its names, any, is the
     * layout's with at most two bytes garbled (a header that still tells its file by the others);
     * none when the header is one the platform writes, or differs more (a layout not known, whose
     * names are its own).
     */
    static Optional<Found> oneGarbled(List<String> header, List<List<String>> layouts) {
        if (layouts.contains(header)) {
            return Optional.empty();
        }
        List<String> found = null;
        for (List<String> layout : layouts) {
            if (layout.size() != header.size()) {
                continue;
            }
            int at = -1;
            for (int i = 0; i < header.size(); i++) {
                if (!header.get(i).equals(layout.get(i))) {
                    at = at < 0 ? i : Integer.MAX_VALUE;
                }
            }
            if (at >= 0 && at != Integer.MAX_VALUE && distance(header.get(at), layout.get(at)) <= GARBLED) {
                if (found != null) {
                    return Optional.empty();
                }
                found = layout;
            }
        }
        return Optional.ofNullable(found).map(names -> new Found(names, false));
    }

    /**
     * Two layouts that fit alike, as one: when they differ in one name alone (LinkedIn's last
     * column, {@code IS CONVERSATION DRAFT} or {@code IS CONVERSATION ARCHIVED}), that column is
     * left unnamed; {@code null} when they differ more.
     */
    private static Found alike(Found a, Found b) {
        if (a.recordLost() != b.recordLost()) {
            return null;
        }
        List<String> names = new java.util.ArrayList<>(a.names());
        int differ = 0;
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).equals(b.names().get(i))) {
                differ++;
                names.set(i, "");
            }
        }
        return differ > 1 ? null : new Found(List.copyOf(names), a.recordLost());
    }

    /**
     * Whether the one name out of place, the first or the last, is the layout's with a few bytes
     * garbled: the last name then ends the line, which no record has run into.
     */
    private static boolean garbled(List<String> damaged, List<String> layout, int start, int end) {
        if (damaged.size() != layout.size() || start + end != damaged.size() - 1) {
            return false;
        }
        String name = damaged.get(start);
        String was = layout.get(start);
        return name.length() <= was.length() + GARBLED && distance(name, was) <= GARBLED;
    }

    /** The Levenshtein distance of two short strings. */
    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    /** Whether none of {@code cells} is a name of one of the layouts. */
    private static boolean noneNamed(List<String> cells, List<List<String>> layouts) {
        for (List<String> layout : layouts) {
            for (String cell : cells) {
                if (layout.contains(cell)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** How many names are in their place counted from the start. */
    private static int fromStart(List<String> damaged, List<String> layout) {
        int n = Math.min(damaged.size(), layout.size());
        int i = 0;
        while (i < n && damaged.get(i).equals(layout.get(i))) {
            i++;
        }
        return i;
    }

    /** How many names are in their place counted from the end, among those not already counted from the start. */
    private static int fromEnd(List<String> damaged, List<String> layout, int fromStart) {
        int n = Math.min(damaged.size(), layout.size()) - fromStart;
        int i = 0;
        while (i < n && damaged.get(damaged.size() - 1 - i).equals(layout.get(layout.size() - 1 - i))) {
            i++;
        }
        return i;
    }
}
