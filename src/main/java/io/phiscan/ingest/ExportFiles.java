package io.phiscan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Looking at an export's files before reading them: their first bytes, and names as exports vary them. Stateless. */
final class ExportFiles {
    private static final Pattern PART = Pattern.compile("^(.*?)(?:_(\\d+))?\\.csv$");

    private ExportFiles() {
    }

    /** The first {@code max} bytes of a file. */
    static byte[] head(ExportTree tree, String entry, int max) throws IOException {
        try (InputStream in = tree.open(entry)) {
            return in.readNBytes(max);
        }
    }

    /** The first {@code max} bytes of a file as text. */
    static String headText(ExportTree tree, String entry, int max) throws IOException {
        return new String(head(tree, entry, max), StandardCharsets.UTF_8);
    }

    /** The files at the root of the tree (not in a folder), sorted. */
    static List<String> rootFiles(ExportTree tree) {
        if (tree instanceof FolderTree folder) {
            return folder.rootFiles();
        }
        return tree.entries().stream().filter(e -> e.indexOf('/') < 0).toList();
    }

    /**
     * A CSV file's name as platforms vary it, reduced to compare: lower case, spaces and
     * underscores dropped, and without a part number ({@code Comments_2.csv}, {@code comments_1.csv}
     * and {@code Comments.csv} all give {@code comments}).
     */
    static String csvBase(String entry) {
        String name = entry.substring(entry.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        Matcher m = PART.matcher(name);
        if (!m.matches()) {
            return "";
        }
        return m.group(1).replace(" ", "").replace("_", "");
    }

    /** The part number of a split CSV file ({@code name_2.csv} → 2), or 0 when it is not split. */
    static int csvPart(String entry) {
        Matcher m = PART.matcher(entry.substring(entry.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT));
        return m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : 0;
    }
}
