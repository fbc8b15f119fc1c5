package io.phiscan.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The files a zip's central directory lists, as an export's entries. Names are decoded from the
 * bytes the zip holds: a name marked as UTF-8 (general purpose bit 11) in UTF-8, with U+FFFD for
 * bytes that are not UTF-8 though it says they are; the unmarked names in UTF-8, or all of them in
 * the zip format's first code page, IBM437, when one of them is not UTF-8 (Windows' own zip writes
 * its code page without saying so). Set apart, and never read: names that would escape the root
 * ({@link ZipTree#escapesRoot}), symbolic links (Unix mode {@code S_IFLNK} in the upper half of the
 * external attributes: their content is the path they lead to, not a file of the export), and a
 * falsely marked name that, with U+FFFD, is the name of another entry. A name listed twice is one
 * entry, its last.
 *
 * @param entries the names read, sorted
 * @param byName the entry of each name read
 * @param refused names that would escape the export's root
 * @param links symbolic links
 * @param unplaced names marked as UTF-8 that are not, and once decoded are another entry's name
 * @param misnamed folders named like data files ({@code messages.json/}), sorted
 * @param repeated names listed more than once, with how many times
 */
record ZipListing(List<String> entries, Map<String, ZipArchiveEntry> byName, List<String> refused, List<String> links,
        List<String> unplaced, List<String> misnamed, Map<String, Integer> repeated) {

    /** {@code S_IFMT} and {@code S_IFLNK} of a Unix mode. */
    private static final int TYPE = 0170000;
    private static final int LINK = 0120000;

    ZipListing {
        entries = Collections.unmodifiableList(entries);
        byName = Collections.unmodifiableMap(byName);
        refused = List.copyOf(refused);
        links = List.copyOf(links);
        unplaced = List.copyOf(unplaced);
        misnamed = List.copyOf(misnamed);
        repeated = Map.copyOf(repeated);
    }

    static ZipListing of(ZipFile zip) {
        boolean legacy = unmarkedNamesAreNotUtf8(zip);
        List<String> entries = new ArrayList<>();
        Map<String, ZipArchiveEntry> byName = new HashMap<>();
        List<String> refused = new ArrayList<>();
        List<String> links = new ArrayList<>();
        Set<String> misnamed = new TreeSet<>();
        Map<String, Integer> repeated = new TreeMap<>();
        Map<String, ZipArchiveEntry> falselyMarked = new java.util.LinkedHashMap<>();
        List<String> unplaced = new ArrayList<>();
        for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements();) {
            ZipArchiveEntry entry = e.nextElement();
            byte[] raw = entry.getRawName();
            boolean folder = raw.length > 0 && raw[raw.length - 1] == '/';
            String strict = strictName(entry, legacy);
            String n = (strict != null ? strict : new String(raw, StandardCharsets.UTF_8)).replace('\\', '/');
            misnamedFolders(n, folder, misnamed);
            if (folder) {
                continue;
            }
            if (isLink(entry)) {
                links.add(n);
            } else if (ZipTree.escapesRoot(n)) {
                refused.add(n);
            } else if (strict == null) {
                // placed once every well-named entry is: a name with U+FFFD must not take one of theirs
                if (falselyMarked.putIfAbsent(n, entry) != null) {
                    unplaced.add(n);
                }
            } else if (byName.put(n, entry) == null) {
                entries.add(n);
            } else {
                // the last entry of a name is the one a zip tool extracts last: size, time and CRC are that entry's
                repeated.merge(n, 2, (a, b) -> a + 1);
            }
        }
        falselyMarked.forEach((n, entry) -> {
            if (byName.putIfAbsent(n, entry) == null) {
                entries.add(n);
            } else {
                unplaced.add(n);
            }
        });
        Collections.sort(entries);
        return new ZipListing(entries, byName, refused, links, unplaced, List.copyOf(misnamed), repeated);
    }

    /** Whether the entry is a symbolic link: its Unix mode, in the upper half of the external attributes, says so. */
    static boolean isLink(ZipArchiveEntry entry) {
        return (entry.getExternalAttributes() >>> 16 & TYPE) == LINK;
    }

    /**
     * The entry's name, or null when it is not UTF-8 and is to be: marked as UTF-8, or unmarked in
     * a zip whose unmarked names are all UTF-8 ({@code legacy} false).
     */
    static String strictName(ZipArchiveEntry entry, boolean legacy) {
        byte[] raw = entry.getRawName();
        if (!entry.getGeneralPurposeBit().usesUTF8ForNames() && legacy) {
            return new String(raw, ZipTree.LEGACY_NAMES);
        }
        return utf8(raw);
    }

    /** Whether a name not marked as UTF-8 is not UTF-8 either: then every unmarked name is read in IBM437. */
    private static boolean unmarkedNamesAreNotUtf8(ZipFile zip) {
        for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements();) {
            ZipArchiveEntry entry = e.nextElement();
            if (!entry.getGeneralPurposeBit().usesUTF8ForNames() && utf8(entry.getRawName()) == null) {
                return true;
            }
        }
        return false;
    }

    private static String utf8(byte[] raw) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Adds the folders of an entry's name (the entry itself too, when it is a folder) that are named like data files. */
    private static void misnamedFolders(String name, boolean folder, Set<String> out) {
        String[] parts = name.split("/");
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < parts.length - (folder ? 0 : 1); i++) {
            path.append(parts[i]).append('/');
            if (!parts[i].isEmpty() && OddFiles.folderNamedLikeAFile(parts[i]) != null) {
                out.add(path.toString());
            }
        }
    }
}
