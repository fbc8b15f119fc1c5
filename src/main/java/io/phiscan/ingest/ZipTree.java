package io.phiscan.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A zip export, read with random access and never extracted. Entry names that would escape
 * the root ({@code ..}, absolute paths, drive letters) are left out and reported; the entry
 * count, each entry's expansion and the expansion of all entries together are bounded by
 * {@link ZipLimits}. Names are decoded as {@link ZipListing} says: UTF-8, or IBM437 for the
 * names of a zip written in Windows' code page; a name falsely marked as UTF-8 costs the zip
 * nothing (java.util.zip refuses the whole zip for it), its bad bytes read as U+FFFD.
 * A name listed twice is read once (its last entry), and reported ({@link #repeatedEntries()}).
 *
 * <p>{@link #open} may be called from several threads: the one step of commons-compress's
 * {@link ZipFile} that moves its channel (finding where an entry's data starts) is taken under
 * the zip's lock, and the entries' bytes are read with positional reads.
 */
final class ZipTree implements ExportTree {
    /** The code page of entry names not marked as UTF-8, as the zip format defines it (IBM437). */
    static final Charset LEGACY_NAMES = Charset.forName("IBM437");
    private final String name;
    private final ZipFile zip;
    private final ZipLimits limits;
    private final ZipListing listing;
    /** Entries held by the listings of the zips open in this process, as each zip's directory counted them. */
    private static final AtomicLong HELD = new AtomicLong();
    private final AtomicLong expanded = new AtomicLong();
    private final long reserved;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final String stamp;

    private ZipTree(String name, ZipFile zip, ZipLimits limits, ZipListing listing, String stamp, long reserved) {
        this.reserved = reserved;
        this.name = name;
        this.zip = zip;
        this.limits = limits;
        this.listing = listing;
        this.stamp = stamp;
    }

    static ZipTree open(Path path, ZipLimits limits) throws IOException {
        return open(path, limits, path.toString());
    }

    /** Opens a zip that the user knows by another name (a zip taken out of another zip). */
    static ZipTree open(Path path, ZipLimits limits, String name) throws IOException {
        return open(path, limits, name, Runtime.getRuntime().maxMemory());
    }

    /** Opens a zip as if the heap were {@code maxHeap} bytes (which bounds the entries listed). */
    static ZipTree open(Path path, ZipLimits limits, String name, long maxHeap) throws IOException {
        // taken before the zip is read: a zip rewritten after it changes the stamp
        String stamp = FileStamp.of(path);
        long allowed = entriesAllowed(limits, maxHeap);
        long counted = ZipEntryCount.count(path, allowed);
        if (counted > allowed) {
            throw new ArchiveFormatException(name, "", "refused: the zip lists more than " + allowed + " entries, "
                    + (allowed < limits.maxEntries() ? "more than this process can hold with its heap of "
                            + (maxHeap >> 20) + " MB (about 1 KB per entry; a larger -Xmx reads it, up "
                            + "to the limit of " + limits.maxEntries() + ")" : "the limit"), null);
        }
        long reserved = Math.max(counted, 0);
        reserve(name, reserved, maxHeap);
        try {
            return listed(path, limits, name, stamp, reserved);
        } catch (IOException | RuntimeException e) {
            HELD.addAndGet(-reserved);
            throw e;
        }
    }

    /**
     * Takes {@code entries} from what the listings of all open zips may hold together, or refuses
     * the zip: the exports of a run stay open while it reads them, and two zips each within the
     * heap's bound filled the heap together.
     */
    private static void reserve(String name, long entries, long maxHeap) throws ArchiveFormatException {
        long budget = heapBound(maxHeap);
        long held;
        do {
            held = HELD.get();
            if (held > 0 && held + entries > budget) {
                throw new ArchiveFormatException(name, "", "refused: its " + entries + " entries, with the " + held
                        + " entries of the zips this run already holds open, are more than this process can hold with its"
                        + " heap of " + (maxHeap >> 20) + " MB (about 1 KB per entry): a larger -Xmx reads it", null);
            }
        } while (!HELD.compareAndSet(held, held + entries));
    }

    private static ZipTree listed(Path path, ZipLimits limits, String name, String stamp, long reserved) throws IOException {
        ZipFile zip;
        try {
            // names are decoded from their bytes by ZipListing; local headers are read when an entry is opened
            zip = ZipFile.builder().setPath(path).setUseUnicodeExtraFields(false).setIgnoreLocalFileHeader(true).get();
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String why = "not a readable zip file (truncated or damaged; " + Files.size(path) + " bytes): "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            ZipException cause = e instanceof ZipException z ? z : new ZipException(why);
            if (cause != e) {
                cause.initCause(e);
            }
            throw new ArchiveFormatException(name, "", why, cause);
        }
        try {
            int count = 0;
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); e.nextElement()) {
                count++;
            }
            if (count > limits.maxEntries()) {
                throw new ArchiveFormatException(name, "", "refused: the zip lists " + count
                        + " entries, more than the limit of " + limits.maxEntries(), null);
            }
            return new ZipTree(name, zip, limits, ZipListing.of(zip), stamp, reserved);
        } catch (RuntimeException ex) {
            zip.close();
            throw ex;
        }
    }

    /**
     * The most entries a zip may list here: the limit, or fewer when the heap could not hold the
     * listing of so many (about 1 KB per entry, beyond 128 MB kept for the rest of the run), so
     * that a zip of millions of entries is refused with a reason instead of ending the run for
     * want of memory.
     */
    static long entriesAllowed(ZipLimits limits, long maxHeap) {
        return Math.min(limits.maxEntries(), heapBound(maxHeap));
    }

    /** The entries a heap of {@code maxHeap} bytes can list: about 1 KB each, beyond 128 MB; at least 10,000. */
    private static long heapBound(long maxHeap) {
        return Math.max(10_000, (maxHeap - (128L << 20)) / 1024);
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
        return listing.refused();
    }

    /**
     * The names the zip lists more than once, with how many times: the last entry of each name is
     * read, the ones before it cannot be reached by name (a damaged zip, or one appended to).
     */
    Map<String, Integer> repeatedEntries() {
        return listing.repeated();
    }

    /** Entries that are symbolic links (by their Unix mode): never read nor followed. */
    List<String> links() {
        return listing.links();
    }

    /**
     * Entries whose names are marked as UTF-8 but are not, and that, their bad bytes read as
     * U+FFFD, have the name of another entry: they cannot be told apart from it, and are not read.
     */
    List<String> unplacedEntries() {
        return listing.unplaced();
    }

    /** The folders of the zip named like data files ({@code messages.json/}), where files are expected, sorted. */
    List<String> misnamedFolders() {
        return listing.misnamed();
    }

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public List<String> entries() {
        return listing.entries();
    }

    @Override
    public boolean exists(String entry) {
        return listing.byName().containsKey(entry);
    }

    @Override
    public InputStream open(String entry) throws IOException {
        ZipArchiveEntry z = listing.byName().get(entry);
        if (z == null) {
            throw new ArchiveFormatException(name, entry, "no such entry in the zip", null);
        }
        InputStream in;
        try {
            synchronized (zip) {
                in = zip.getInputStream(z);
            }
        } catch (RuntimeException e) {
            // offsets that do not fit the zip: a damaged entry, as java.util.zip's own ZipException says
            throw (ZipException) new ZipException("the entry's place in the zip is damaged: " + e.getMessage()).initCause(e);
        }
        return new BoundedEntryStream(in, z.getCompressedSize(), entry);
    }

    @Override
    public long size(String entry) {
        ZipArchiveEntry z = listing.byName().get(entry);
        return z == null ? -1 : z.getSize();
    }

    @Override
    public long modified(String entry) {
        ZipArchiveEntry z = listing.byName().get(entry);
        return z == null ? -1 : z.getTime();
    }

    /** The zip file's stamp with the entry's CRC-32, or empty when the zip file's cannot be taken. */
    @Override
    public String stamp(String entry) {
        ZipArchiveEntry z = listing.byName().get(entry);
        return z == null || stamp.isEmpty() ? "" : stamp + ":" + Long.toHexString(z.getCrc());
    }

    @Override
    public void close() throws IOException {
        if (closed.compareAndSet(false, true)) {
            HELD.addAndGet(-reserved);
        }
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
