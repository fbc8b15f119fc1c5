package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Looking at an export's files before reading them: their first bytes, and names as exports vary them. Stateless. */
final class ExportFiles {
    private static final Pattern PART = Pattern.compile("^(.*?)(?:_(\\d+))?\\.csv$");

    private ExportFiles() {
    }

    /** What an account longer than the workspace keeps is cut to: far more than any platform allows a name. */
    private static final int ACCOUNT_KEPT = 150;

    /**
     * The account as the workspace keeps it: itself, or, when longer than
     * {@link ArchiveReaders#LONGEST_ACCOUNT} characters (no platform allows such a name: the file
     * that names the owner is damaged), its first {@value #ACCOUNT_KEPT} characters (never cut
     * inside a character), "…" and a hash of the whole, so that two such accounts stay apart.
     */
    static String fittedAccount(String account) {
        if (account == null || account.length() <= ArchiveReaders.LONGEST_ACCOUNT) {
            return account;
        }
        int kept = Character.isHighSurrogate(account.charAt(ACCOUNT_KEPT - 1)) ? ACCOUNT_KEPT - 1 : ACCOUNT_KEPT;
        return account.substring(0, kept) + "…" + io.phiscan.model.Message.hash(account, 8);
    }

    /**
     * The owner of an export that names its owner nowhere phiscan can read: "unknown owner of"
     * the export's file or folder name. Its posts are still the owner's, and every message is
     * read as inbound (no one is known to be the owner).
     */
    static Author unknownOwner(String exportName) {
        String file = exportName.substring(Math.max(exportName.lastIndexOf('/'), exportName.lastIndexOf('\\')) + 1);
        // an account is at most ArchiveReaders.LONGEST_ACCOUNT chars: a long name is cut (never inside a character), so that
        // it is never the reason the export is not read
        if (file.length() > 150) {
            int cut = Character.isHighSurrogate(file.charAt(148)) ? 148 : 149;
            file = file.substring(0, cut) + "…";
        }
        return new Author(null, null, "unknown owner of " + file);
    }

    /**
     * Parts as {@link Export#partGroups()} gives them: each run of parts in a row with the same
     * key ({@code messages.csv}, {@code messages_archive.csv}, then {@code comments_1.csv},
     * {@code comments_2.csv} by their kind) is a group.
     */
    static <K> List<List<String>> groups(List<String> parts, Function<String, K> key) {
        List<List<String>> groups = new ArrayList<>();
        K last = null;
        for (String part : parts) {
            K k = key.apply(part);
            if (groups.isEmpty() || !k.equals(last)) {
                groups.add(new ArrayList<>());
                last = k;
            }
            groups.get(groups.size() - 1).add(part);
        }
        return groups.stream().map(List::copyOf).toList();
    }

    /**
     * The first {@code max} bytes of a file. A zip entry whose bytes all came but fail its CRC-32
     * check at their end gives them: a look at a file's head does not refuse it for that (reading it
     * whole then lists it, its records kept); one whose data does not decompress still throws.
     */
    static byte[] head(ExportTree tree, String entry, int max) throws IOException {
        try (InputStream in = tree.open(entry)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(Math.min(max, 8192));
            byte[] buffer = new byte[Math.min(max, 8192)];
            while (out.size() < max) {
                int n;
                try {
                    n = in.read(buffer, 0, Math.min(buffer.length, max - out.size()));
                } catch (DamagedZipEntryException e) {
                    if (!e.readWhole()) {
                        throw e;
                    }
                    n = -1; // every byte came: only the check at their end failed
                }
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** The first {@code max} bytes of a file as text. */
    static String headText(ExportTree tree, String entry, int max) throws IOException {
        return new String(head(tree, entry, max), StandardCharsets.UTF_8);
    }

    /**
     * A file of an export, known by its name, that is not read because its first lines are not
     * what such a file begins with: a skipped record saying so, and, where it can be told, why.
     */
    static IngestRecord.Bad notRead(ExportTree tree, String entry, String expected) throws IOException {
        String why = unlike(head(tree, entry, 512));
        return new IngestRecord.Bad(new SourceRef(tree.displayName(), entry, ""),
                "not read: " + expected + (why == null ? "" : ": " + why));
    }

    /**
     * Why the first bytes of a file are not text as the platforms write it (UTF-8), when that can
     * be told: empty, or in UTF-16 (a byte-order mark, or the zero bytes of ASCII in UTF-16);
     * otherwise {@code null}.
     */
    static String unlike(byte[] head) {
        if (head.length == 0) {
            return "it is empty";
        }
        boolean utf16 = head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE);
        for (int i = 0; !utf16 && i < head.length; i++) {
            utf16 = head[i] == 0;
        }
        return utf16 ? "it is in UTF-16, not in UTF-8 as the platform writes it" : null;
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
