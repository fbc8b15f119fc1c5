package io.phiscan.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip export, read with random access and never extracted. Entry names that would escape
 * the root ({@code ..}, absolute paths, drive letters) are left out and reported; the entry
 * count, each entry's expansion and the expansion of all entries together are bounded by
 * {@link ZipLimits}. Entry names are read as UTF-8, or, when some are not (Windows' own zip
 * writes them in its code page without saying so), in the zip format's first code page, IBM437.
 * A name listed twice is read once (its last entry), and reported ({@link #repeatedEntries()}).
 *
 * <p>{@link #open} may be called from several threads: {@link ZipFile} is thread-safe.
 */
final class ZipTree implements ExportTree {
    /** The code page of entry names not marked as UTF-8, as the zip format defines it (IBM437). */
    static final Charset LEGACY_NAMES = Charset.forName("IBM437");
    private final String name;
    private final ZipFile zip;
    private final ZipLimits limits;
    private final List<String> entries;
    private final List<String> refused;
    private final List<String> misnamed;
    private final Map<String, ZipEntry> byName;
    private final AtomicLong expanded = new AtomicLong();
    private final String stamp;
    private final Map<String, Integer> repeated;

    private ZipTree(String name, ZipFile zip, ZipLimits limits, List<String> entries, List<String> refused,
            List<String> misnamed, Map<String, ZipEntry> byName, String stamp, Map<String, Integer> repeated) {
        this.name = name;
        this.repeated = repeated;
        this.stamp = stamp;
        this.zip = zip;
        this.limits = limits;
        this.entries = entries;
        this.refused = refused;
        this.misnamed = misnamed;
        this.byName = byName;
    }

    static ZipTree open(Path path, ZipLimits limits) throws IOException {
        return open(path, limits, path.toString());
    }

    /** Opens a zip that the user knows by another name (a zip taken out of another zip). */
    static ZipTree open(Path path, ZipLimits limits, String name) throws IOException {
        // taken before the zip is read: a zip rewritten after it changes the stamp
        String stamp = FileStamp.of(path);
        try {
            return listed(name, new ZipFile(path.toFile()), limits, stamp);
        } catch (ZipException | IllegalArgumentException e) {
            // entry names that are not UTF-8 (Windows' own zip writes them in the zip format's first code page)
            ZipTree legacy = inLegacyNames(path, limits, name, stamp);
            if (legacy != null) {
                return legacy;
            }
            String why = e instanceof IllegalArgumentException
                    ? "entry names that can be read neither in UTF-8 nor in " + LEGACY_NAMES.name()
                    : "not a readable zip file (truncated or damaged; " + java.nio.file.Files.size(path) + " bytes): "
                            + e.getMessage();
            ZipException cause = e instanceof ZipException z ? z : new ZipException(why);
            throw new ArchiveFormatException(name, "", why, cause);
        }
    }

    /**
     * The zip with the names of entries not marked as UTF-8 read in {@link #LEGACY_NAMES}, or null
     * when that fails too. Every byte has a character there, and the ASCII names of the exports'
     * own files read the same.
     */
    private static ZipTree inLegacyNames(Path path, ZipLimits limits, String name, String stamp) throws IOException {
        try {
            return listed(name, new ZipFile(path.toFile(), LEGACY_NAMES), limits, stamp);
        } catch (ZipException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Lists an open zip's entries; closes it when that fails. */
    private static ZipTree listed(String name, ZipFile zip, ZipLimits limits, String stamp) throws IOException {
        try {
            if (zip.size() > limits.maxEntries()) {
                throw new ArchiveFormatException(name, "", "refused: the zip lists " + zip.size()
                        + " entries, more than the limit of " + limits.maxEntries(), null);
            }
            List<String> entries = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            Set<String> misnamed = new TreeSet<>();
            Map<String, ZipEntry> byName = new HashMap<>();
            Map<String, Integer> repeated = new TreeMap<>();
            var e = zip.entries();
            while (e.hasMoreElements()) {
                ZipEntry entry = e.nextElement();
                String n = entry.getName().replace('\\', '/');
                misnamedFolders(n, entry.isDirectory(), misnamed);
                if (entry.isDirectory()) {
                    continue;
                }
                if (escapesRoot(n)) {
                    refused.add(n);
                } else if (byName.put(n, entry) == null) {
                    entries.add(n);
                } else {
                    // the last entry of a name is the one ZipFile opens by it: size, time and CRC are that entry's
                    repeated.merge(n, 2, (a, b) -> a + 1);
                }
            }
            Collections.sort(entries);
            return new ZipTree(name, zip, limits, List.copyOf(entries), List.copyOf(refused), List.copyOf(misnamed), byName,
                    stamp, Map.copyOf(repeated));
        } catch (RuntimeException ex) {
            zip.close();
            throw ex;
        }
    }

    static boolean escapesRoot(String n) {
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** Entry names that were left out because they would escape the export's root. */
    List<String> refusedEntries() {
        return refused;
    }

    /**
     * The names the zip lists more than once, with how many times: the last entry of each name is
     * read, the ones before it cannot be reached by name (a damaged zip, or one appended to).
     */
    Map<String, Integer> repeatedEntries() {
        return repeated;
    }

    /** The folders of the zip named like data files ({@code messages.json/}), where files are expected, sorted. */
    List<String> misnamedFolders() {
        return misnamed;
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

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public List<String> entries() {
        return entries;
    }

    @Override
    public boolean exists(String entry) {
        return byName.containsKey(entry);
    }

    @Override
    public InputStream open(String entry) throws IOException {
        ZipEntry z = byName.get(entry);
        if (z == null) {
            throw new ArchiveFormatException(name, entry, "no such entry in the zip", null);
        }
        return new BoundedEntryStream(zip.getInputStream(z), z.getCompressedSize(), entry);
    }

    @Override
    public long size(String entry) {
        ZipEntry z = byName.get(entry);
        return z == null ? -1 : z.getSize();
    }

    @Override
    public long modified(String entry) {
        ZipEntry z = byName.get(entry);
        return z == null ? -1 : z.getTime();
    }

    /** The zip file's stamp with the entry's CRC-32, or empty when the zip file's cannot be taken. */
    @Override
    public String stamp(String entry) {
        ZipEntry z = byName.get(entry);
        return z == null || stamp.isEmpty() ? "" : stamp + ":" + Long.toHexString(z.getCrc());
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Counts what an entry expands to and stops a bomb before it fills memory or disk. */
    private final class BoundedEntryStream extends FilterInputStream {
        private final long compressed;
        private final String entry;
        private long read;

        BoundedEntryStream(InputStream in, long compressed, String entry) {
            super(in);
            this.compressed = Math.max(compressed, 1);
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limits.maxEntryBytes()) {
                throw new ArchiveFormatException(name, entry, "refused: the entry expands past "
                        + limits.maxEntryBytes() + " bytes", null);
            }
            if (read > limits.ratioFloorBytes() && read / compressed > limits.maxRatio()) {
                throw new ArchiveFormatException(name, entry, "refused: the entry expands more than "
                        + limits.maxRatio() + " times its compressed size (a zip bomb?)", null);
            }
            if (expanded.addAndGet(n) > limits.maxTotalBytes()) {
                throw new ArchiveFormatException(name, entry, "refused: the zip's entries expand past "
                        + limits.maxTotalBytes() + " bytes in all (a zip bomb?)", null);
            }
        }
    }
}
