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
 * entry, its last. An entry whose local header gives it another name ({@link LocalHeaderCheck}: one of the
 * two was damaged) is read under the local header's name when that name fits the zip's other
 * entries better than the directory's does (it lies deeper in folders that hold other entries; or,
 * as deep, its file name is another entry's too) and is no other entry's name; else under the
 * directory's, as zip tools read it. Either way it is listed ({@code renamed}).
 *
 * @param entries the names read, sorted
 * @param byName the entry of each name read
 * @param refused names that would escape the export's root
 * @param links symbolic links
 * @param unplaced names marked as UTF-8 that are not, and once decoded are another entry's name
 * @param misnamed folders named like data files ({@code messages.json/}), sorted
 * @param repeated names listed more than once, with how many times
 * @param renamed entries whose local header gives another name than the directory, and the name each is read under
 */
record ZipListing(List<String> entries, Map<String, ZipArchiveEntry> byName, List<String> refused, List<String> links,
        List<String> unplaced, List<String> misnamed, Map<String, Integer> repeated, List<Renamed> renamed) {

    /**
     * An entry with two names: {@code directory}'s and {@code local}'s (its local header's), read as {@code readAs}.
     *
     * @param why why it is read under that name, in words
     */
    record Renamed(String directory, String local, String readAs, String why) {
    }

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
        renamed = List.copyOf(renamed);
    }

    /**
     * The zip's listing.
     *
     * @param localNames the local header's name of each entry whose directory name differs from it
     *     ({@link LocalHeaderCheck.Found#names})
     */
    static ZipListing of(ZipFile zip, Map<LocalHeaderCheck.Key, byte[]> localNames) {
        boolean legacy = unmarkedNamesAreNotUtf8(zip);
        List<String> entries = new ArrayList<>();
        Map<String, ZipArchiveEntry> byName = new HashMap<>();
        List<String> refused = new ArrayList<>();
        List<String> links = new ArrayList<>();
        Set<String> misnamed = new TreeSet<>();
        Map<String, Integer> repeated = new TreeMap<>();
        Map<String, ZipArchiveEntry> falselyMarked = new java.util.LinkedHashMap<>();
        List<String> unplaced = new ArrayList<>();
        // in the zip's order, so that of two entries wanting one name the same one has it every time
        List<Map.Entry<ZipArchiveEntry, String>> twoNames = new ArrayList<>();
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
            if (localNames.containsKey(LocalHeaderCheck.Key.of(entry))) {
                twoNames.add(Map.entry(entry, n));
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
        List<Renamed> renamed = twoNames.isEmpty() ? List.of()
                : placeTwoNames(twoNames, localNames, legacy, entries, byName);
        Collections.sort(entries);
        return new ZipListing(entries, byName, refused, links, unplaced, List.copyOf(misnamed), repeated, renamed);
    }

    /** Reads each entry of two names under the one that fits the zip's other entries best ({@link ZipListing}). */
    private static List<Renamed> placeTwoNames(List<Map.Entry<ZipArchiveEntry, String>> twoNames,
            Map<LocalHeaderCheck.Key, byte[]> localNames,
            boolean legacy, List<String> entries, Map<String, ZipArchiveEntry> byName) {
        Map<String, Integer> under = new HashMap<>();
        Map<String, Integer> fileNames = new HashMap<>();
        for (String n : entries) {
            for (int slash = n.indexOf('/'); slash >= 0; slash = n.indexOf('/', slash + 1)) {
                under.merge(n.substring(0, slash + 1), 1, Integer::sum);
            }
            fileNames.merge(fileName(n), 1, Integer::sum);
        }
        List<Renamed> renamed = new ArrayList<>();
        for (Map.Entry<ZipArchiveEntry, String> two : twoNames) {
            ZipArchiveEntry entry = two.getKey();
            String directory = two.getValue();
            byte[] raw = localNames.get(LocalHeaderCheck.Key.of(entry));
            String strict = entry.getGeneralPurposeBit().usesUTF8ForNames() || !legacy ? utf8(raw)
                    : new String(raw, ZipTree.LEGACY_NAMES);
            String local = strict == null ? new String(raw, StandardCharsets.UTF_8) : strict.replace('\\', '/');
            String why;
            if (byName.get(directory) != entry) {
                // not read under its directory name (another entry has it, or the name is set apart): said as such
                continue;
            } else if (strict == null) {
                why = "the local header's name is not " + (legacy ? "IBM437" : "UTF-8");
            } else if (local.endsWith("/") || ZipTree.escapesRoot(local)) {
                why = "the local header's name " + (local.endsWith("/") ? "is a folder's" : "leads outside the export");
            } else if (byName.containsKey(local)) {
                why = "the local header's name is another entry's";
            } else if (fit(local, directory, under, fileNames) > fit(directory, directory, under, fileNames)) {
                byName.remove(directory);
                byName.put(local, entry);
                entries.set(entries.indexOf(directory), local);
                renamed.add(new Renamed(directory, local, local, "the name that fits the zip's other entries: "
                        + (depth(local, directory, under) > depth(directory, directory, under)
                                ? "its folders hold them" : "their file names are the same")));
                continue;
            } else {
                why = "the local header's name fits the zip's other entries no better";
            }
            renamed.add(new Renamed(directory, local, directory, "the directory's name, as zip tools read it: " + why));
        }
        renamed.sort(java.util.Comparator.comparing(Renamed::directory));
        return renamed;
    }

    /**
     * How well a name fits the zip's other entries: how many folders deep it lies in folders that
     * hold another entry, then (times two, plus one) whether another entry has its file name.
     * {@code self} is the entry's name as counted in {@code under} and {@code fileNames}.
     */
    private static int fit(String name, String self, Map<String, Integer> under, Map<String, Integer> fileNames) {
        String file = fileName(name);
        boolean shared = fileNames.getOrDefault(file, 0) - (file.equals(fileName(self)) ? 1 : 0) > 0;
        return depth(name, self, under) * 2 + (shared ? 1 : 0);
    }

    /** How many folders deep the name lies in folders that hold an entry other than {@code self}. */
    private static int depth(String name, String self, Map<String, Integer> under) {
        int depth = 0;
        int level = 0;
        for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
            level++;
            String folder = name.substring(0, slash + 1);
            if (under.getOrDefault(folder, 0) - (self.startsWith(folder) ? 1 : 0) > 0) {
                depth = level;
            }
        }
        return depth;
    }

    private static String fileName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
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
