package io.phiscan.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A zip export, read with random access and never extracted. Entry names that would escape
 * the root ({@code ..}, absolute paths, drive letters) are left out and reported; the entry
 * count, each entry's expansion and the expansion of all entries together are bounded by
 * {@link ZipLimits}. Names are decoded as {@link ZipListing} says: UTF-8, or IBM437 for the
 * names of a zip written in Windows' code page; a name falsely marked as UTF-8 costs the zip
 * nothing (java.util.zip refuses the whole zip for it), its bad bytes read as U+FFFD.
 * A name listed twice is read once (its last entry), and reported ({@link #repeatedEntries()}); an entry
 * whose local header names it otherwise is read under one of its two names, and reported
 * ({@link #renamedEntries()}); one whose local header is not where the directory places it is read
 * from its header found nearby ({@link LocalHeaderCheck}), and reported ({@link #relocatedEntries()}).
 *
 * <p>The zip is listed while it is read, or until another zip needs the room its listing takes
 * of the heap ({@link ListingBudget}), and listed again when it is next read: a run finds many
 * exports and reads them one after another. Listed again, it must be the file it was: a zip
 * rewritten, replaced or removed since is not read, and what needs its listing says so. The file
 * is the one it was when its strict stamp ({@link FileStamp#of}) is unchanged; or when only its
 * metadata changed ({@code chmod}, {@code chown}, a hard link, an extended attribute: the change
 * time moves), its content stamp ({@link FileStamp#content}: size, modification time, inode) is
 * unchanged, and its central directory, listed again, says what it said
 * ({@link ZipDirectoryDigest}: every entry's name, CRC-32, sizes and place), which a rewrite in
 * place that sets the time back does not keep unless it wrote the same entries. Of a zip not
 * read, {@link #entries}, {@link #exists} and the lists of entries set apart throw an
 * {@link ArchiveFormatException} naming the zip and why, and opening a file of it does; its
 * files' size, time and stamp are then unknown (-1, empty). {@link #hold} keeps it listed. The
 * stamps of its files ({@link #stamp}) stay the strict stamp first taken with each entry's CRC-32:
 * an incremental plan, which does not list the directory again, needs the strict one.
 *
 * <p>{@link #open} may be called from several threads: the one step of commons-compress's
 * {@link ZipFile} that moves its channel (finding where an entry's data starts) is taken under
 * the zip's lock, and the entries' bytes are read with positional reads.
 */
final class ZipTree implements ExportTree {
    /** The code page of entry names not marked as UTF-8, as the zip format defines it (IBM437). */
    static final Charset LEGACY_NAMES = Charset.forName("IBM437");
    /**
     * The compression methods read: stored, unshrunk, imploded, deflated, deflate64, bzip2
     * (commons-compress's, less Zstandard and XZ, whose libraries phiscan does not ship: an entry
     * of theirs would fail the run with a missing class instead of being reported).
     */
    static final Set<Integer> READ_METHODS = Set.of(0, 1, 6, 8, 9, 12);
    private static final ListingBudget BUDGET = ListingBudget.PROCESS;
    /** A Windows drive letter beginning a name ({@code C:}): the name would leave the root. */
    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:.*");
    private final Path path;
    private final String name;
    private final ZipLimits limits;
    private final long maxHeap;
    private final String stamp;
    /** The zip's content stamp, taken with {@link #stamp}. */
    private final String contentStamp;
    /** The digest of the zip's directory as first listed ({@link ZipDirectoryDigest}); empty without a content stamp. */
    private String directory = "";
    /** What the entries' local headers say otherwise than the directory ({@link LocalHeaderCheck}), read when first listed. */
    private LocalHeaderCheck.Found local;
    /** The headers the zip's central directory counts: the room its listing takes of {@link ListingBudget}. */
    private final long counted;
    private final AtomicLong expanded = new AtomicLong();
    /** The zip as listed now, or null; with the fields below, guarded by {@link #BUDGET}. */
    private Listed listed;
    /** The files of the zip open now, and the holds on it ({@link #hold}). */
    private int readers;
    /** Whether a thread lists the zip now (outside the monitor). */
    private boolean listing;
    private boolean listedBefore;
    private boolean closed;
    /** How many times the zip was listed: once when opened, once more each time it is listed again. */
    private int listings;

    /**
     * The zip file open, with its entries.
     *
     * @param places where the local headers are of the entries not where the directory places them, found
     *     nearby ({@link LocalHeaderCheck.Found#places})
     * @param misplaced the entries found, when opened, to have a place that does not fit the zip, with why:
     *     commons-compress refuses such an entry once, then reads it from where it stopped
     */
    private record Listed(ZipFile zip, ZipListing listing, Map<LocalHeaderCheck.Key, Long> places,
            Map<ZipArchiveEntry, String> misplaced) {
        Listed(ZipFile zip, ZipListing listing, LocalHeaderCheck.Found local) {
            this(zip, listing, local.places(), java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>()));
            if (!local.taken().isEmpty()) {
                listing.byName().values().forEach(z -> {
                    byte[] other = local.taken().get(LocalHeaderCheck.Key.of(z));
                    if (other != null) {
                        misplaced.put(z, "the entry's place in the zip is damaged: the zip's directory places it where the"
                                + " local header of " + new String(other, StandardCharsets.UTF_8) + " is");
                    }
                });
            }
        }
    }

    private ZipTree(Path path, String name, ZipLimits limits, long maxHeap, String stamp, String contentStamp,
            long counted) {
        this.path = path;
        this.name = name;
        this.limits = limits;
        this.maxHeap = maxHeap;
        this.stamp = stamp;
        this.contentStamp = contentStamp;
        this.counted = counted;
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
        String contentStamp = FileStamp.content(path);
        ZipTree tree = new ZipTree(path, name, limits, maxHeap, stamp, contentStamp,
                Math.max(count(path, name, limits, maxHeap), 0));
        tree.use();
        tree.putDown(Thread.currentThread());
        return tree;
    }

    /** The zip's entries as its central directory counts them, or {@link ZipEntryCount#UNKNOWN}; refused past the bound. */
    private static long count(Path path, String name, ZipLimits limits, long maxHeap) throws IOException {
        long allowed = entriesAllowed(limits, maxHeap);
        long counted = ZipEntryCount.count(path, allowed);
        if (counted > allowed) {
            throw new ArchiveFormatException(name, "", "refused: the zip lists more than " + allowed + " entries, "
                    + (allowed < limits.maxEntries() ? "more than this process can hold with its heap of "
                            + (maxHeap >> 20) + " MB (about 1 KB per entry; a larger -Xmx reads it, up "
                            + "to the limit of " + limits.maxEntries() + ")" : "the limit"), null);
        }
        return counted;
    }

    /**
     * The zip listed, and read by this thread until {@link #putDown}: listed now if it is not,
     * once there is room for it ({@link ListingBudget#take}), which may mean waiting for it.
     */
    private Listed use() throws IOException {
        Thread reader = Thread.currentThread();
        synchronized (BUDGET) {
            Duration limit = BUDGET.waitLimit();
            long deadline = System.nanoTime() + limit.toNanos();
            while (listed == null) {
                if (closed) {
                    throw new ArchiveFormatException(name, "", "the zip is closed", null);
                }
                if (!listing && BUDGET.take(name, counted, maxHeap)) {
                    listing = true;
                    break;
                }
                if (!BUDGET.await(name, deadline)) {
                    throw new ArchiveFormatException(name, "", "waited " + inWords(limit) + " for memory to list the zip "
                            + name + " (its " + counted + " entries): the zips being read kept the room all that time (a file "
                            + "of one left open?); not read (-Dphiscan.zips.wait-minutes=N waits longer)", null);
                }
            }
            if (listed != null) {
                readers++;
                BUDGET.reading(this, reader);
                return listed;
            }
        }
        // listed outside the monitor: a zip of many entries takes seconds, while other zips are read
        Listed now = null;
        try {
            now = list();
        } finally {
            if (now == null) {
                synchronized (BUDGET) {
                    listing = false;
                    BUDGET.giveBack(counted);
                }
            }
        }
        synchronized (BUDGET) {
            listing = false;
            if (closed) {
                listed = now;
                BUDGET.closed(this);
                throw new ArchiveFormatException(name, "", "the zip is closed", null);
            }
            listed = now;
            listedBefore = true;
            listings++;
            readers++;
            BUDGET.reading(this, reader);
            BUDGET.changed();
            return now;
        }
    }

    private static String inWords(Duration wait) {
        long n = wait.toMinutes() > 0 ? wait.toMinutes() : wait.toSeconds();
        return n + (wait.toMinutes() > 0 ? " minute" : " second") + (n == 1 ? "" : "s");
    }

    /** How many times the zip was listed so far: once when opened, once more each time it was listed again. */
    int listings() {
        synchronized (BUDGET) {
            return listings;
        }
    }

    /** Ends a {@link #use} by {@code reader}. */
    private void putDown(Thread reader) {
        synchronized (BUDGET) {
            readers--;
            BUDGET.putDown(this, reader, readers == 0 && listed != null);
        }
    }

    /** Closes the listing (the budget's monitor held) and returns the entries it took. */
    long letGo() {
        try {
            listed.zip().close();
        } catch (IOException e) {
            // a zip only read: nothing is lost
        }
        listed = null;
        return counted;
    }

    /** Lists the zip; listed again, it must be the file it was when it was first listed. */
    private Listed list() throws IOException {
        // first listed: the directory to compare with; listed again with only its metadata changed: compared
        boolean digest = !listedBefore && !contentStamp.isEmpty();
        if (listedBefore) {
            String strictNow = FileStamp.of(path);
            String changed = changedSinceListed(strictNow);
            if (changed != null) {
                throw new ArchiveFormatException(name, "", changed, null);
            }
            digest = !stamp.equals(strictNow);
        }
        ZipFile zip;
        try {
            // names are decoded from their bytes by ZipListing; local headers are read when an entry is opened
            zip = ZipFile.builder().setPath(path).setUseUnicodeExtraFields(false).setIgnoreLocalFileHeader(true).get();
        } catch (FileSystemException e) {
            if (listedBefore) {
                throw new ArchiveFormatException(name, "", noLongerReadable(e.getClass().getSimpleName()), e);
            }
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
            long stated = listedBefore ? ZipEntryCount.UNKNOWN : ZipEntryCount.stated(path);
            if (!listedBefore && (count < counted || count < stated)) {
                // a directory damaged inside (bytes put into a header or taken out of it): the entries are read in
                // order, as a cut zip's
                String why = "not a readable zip file (its central directory " + (count < stated ? "should list " + stated
                        : "holds " + counted) + " entries, and only " + count + " of them can be listed: it is damaged)";
                throw new ArchiveFormatException(name, "", why, new ZipException(why));
            }
            if (digest) {
                String now = ZipDirectoryDigest.of(zip);
                if (listedBefore && !now.equals(directory)) {
                    throw new ArchiveFormatException(name, "", rewritten(), null);
                }
                directory = now;
            }
            if (local == null) {
                // once: listed again, the zip is the file it was
                local = LocalHeaderCheck.check(path, zip);
            }
            return new Listed(zip, ZipListing.of(zip, local.names()), local);
        } catch (IOException | RuntimeException ex) {
            zip.close();
            throw ex;
        }
    }

    /**
     * Why the zip, about to be listed again, is not the file this run first listed, or null when
     * it may be: its strict stamp is {@code strictNow}, and when that is not the one first taken,
     * its directory is still to be compared once it is listed.
     */
    private String changedSinceListed(String strictNow) {
        if (!Files.exists(path)) {
            return "the zip " + name + " was removed or moved after this run first read it: not read (the next audit that "
                    + "finds it reads it)";
        }
        if (!Files.isReadable(path)) {
            return noLongerReadable("not readable by this user now");
        }
        long now;
        try {
            boolean same = stamp.equals(strictNow) || !contentStamp.isEmpty() && contentStamp.equals(FileStamp.content(path));
            now = same ? Math.max(ZipEntryCount.count(path, counted), 0) : -1;
        } catch (IOException e) {
            return noLongerReadable(e.getClass().getSimpleName());
        }
        return now == counted ? null : rewritten();
    }

    private String rewritten() {
        return "the zip " + name + " was rewritten or replaced after this run first read it: not read again (the next "
                + "audit reads it)";
    }

    /** Says that the zip could be read when this run first listed it and no longer can, for {@code why}. */
    private String noLongerReadable(String why) {
        return "the zip " + name + " can no longer be read, though this run read it before (" + why + "): not read "
                + "again (the next audit reads it)";
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
    static long heapBound(long maxHeap) {
        return Math.max(10_000, (maxHeap - (128L << 20)) / 1024);
    }

    static boolean escapesRoot(String n) {
        if (n.startsWith("/") || DRIVE.matcher(n).matches()) {
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
        return look(ZipListing::refused);
    }

    /**
     * The names the zip lists more than once, with how many times: the last entry of each name is
     * read, the ones before it cannot be reached by name (a damaged zip, or one appended to).
     */
    Map<String, Integer> repeatedEntries() {
        return look(ZipListing::repeated);
    }

    /** Entries that are symbolic links (by their Unix mode): never read nor followed. */
    List<String> links() {
        return look(ZipListing::links);
    }

    /**
     * Entries whose names are marked as UTF-8 but are not, and that, their bad bytes read as
     * U+FFFD, have the name of another entry: they cannot be told apart from it, and are not read.
     */
    List<String> unplacedEntries() {
        return look(ZipListing::unplaced);
    }

    /**
     * Entries whose local header gives another name than the zip's directory (one of the two was
     * damaged), each with the name it is read under, sorted by the directory's name.
     */
    List<ZipListing.Renamed> renamedEntries() {
        return look(ZipListing::renamed);
    }

    /** The folders of the zip named like data files ({@code messages.json/}), where files are expected, sorted. */
    List<String> misnamedFolders() {
        return look(ZipListing::misnamed);
    }

    /**
     * What {@code find} finds in the listing.
     *
     * @throws ArchiveFormatException naming the zip and why, when it cannot be listed again (it was
     *     rewritten or removed since this run first listed it): never an empty answer for it
     */
    private <T> T look(Function<ZipListing, T> find) {
        return lookListed(l -> find.apply(l.listing()));
    }

    /** What {@code find} finds in the zip as listed; throws as {@link #look} does. */
    private <T> T lookListed(Function<Listed, T> find) {
        Listed now;
        try {
            now = use();
        } catch (IOException e) {
            throw new ArchiveFormatException(name, "", "the zip " + name + " cannot be listed again: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
        try {
            return find.apply(now);
        } finally {
            putDown(Thread.currentThread());
        }
    }

    /** The entry of a name, or null when there is none or the zip cannot be listed again: opening the entry then says why. */
    private ZipArchiveEntry lookIfListed(String entry) {
        try {
            return look(l -> l.byName().get(entry));
        } catch (ArchiveFormatException e) {
            return null;
        }
    }

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public List<String> entries() {
        return look(ZipListing::entries);
    }

    @Override
    public boolean exists(String entry) {
        return look(l -> l.byName().containsKey(entry));
    }

    @Override
    public InputStream open(String entry) throws IOException {
        Thread reader = Thread.currentThread();
        Listed now = use();
        try {
            ZipArchiveEntry z = now.listing().byName().get(entry);
            if (z == null) {
                throw new ArchiveFormatException(name, entry, "no such entry in the zip", null);
            }
            if (!READ_METHODS.contains(z.getMethod())) {
                throw new ArchiveFormatException(name, entry, "the entry is compressed with a method phiscan cannot read (method "
                        + z.getMethod() + "): not read", null);
            }
            InputStream in;
            String misplaced = now.misplaced().get(z);
            if (misplaced != null) {
                throw new DamagedZipEntryException(name, entry, misplaced, null, false);
            }
            Long found = now.places().get(LocalHeaderCheck.Key.of(z));
            try {
                if (found != null) {
                    in = openAt(found, entry);
                } else {
                    synchronized (now.zip()) {
                        in = now.zip().getInputStream(z);
                    }
                }
            } catch (FileSystemException | ClosedChannelException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                // offsets that do not fit the zip ("data … overlaps with central directory", a local header
                // that is not one): this entry is damaged, not the zip's other entries, nor the run
                String why = "the entry's place in the zip is damaged (" + e.getMessage() + ")";
                now.misplaced().put(z, why);
                throw new DamagedZipEntryException(name, entry, why, e, false);
            }
            return new BoundedEntryStream(in, z, entry, reader);
        } catch (IOException | RuntimeException e) {
            putDown(reader);
            throw e;
        }
    }

    /**
     * The data of the entry whose local header is at {@code at}, not where the directory places it:
     * read from that header on, as a zip is read in order ({@link LocalHeaders}).
     */
    private InputStream openAt(long at, String entry) throws IOException {
        SeekableByteChannel ch = Files.newByteChannel(path);
        try {
            ch.position(at);
            ZipArchiveInputStream in = new ZipArchiveInputStream(new BufferedInputStream(Channels.newInputStream(ch)),
                    StandardCharsets.UTF_8.name(), false, true);
            if (in.getNextEntry() == null) {
                in.close();
                throw new ZipException("no local header of " + entry + " at byte " + at);
            }
            return in;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /**
     * The entries (as read) whose local headers are not where the zip's directory places them and
     * were found nearby, with how many bytes off each is, sorted.
     */
    Map<String, Long> relocatedEntries() {
        return lookListed(l -> {
            Map<String, Long> out = new java.util.TreeMap<>();
            if (!l.places().isEmpty()) {
                l.listing().byName().forEach((n, z) -> {
                    Long found = l.places().get(LocalHeaderCheck.Key.of(z));
                    if (found != null) {
                        out.put(n, found - z.getLocalHeaderOffset());
                    }
                });
            }
            return out;
        });
    }

    /** Keeps the zip listed until the hold is closed, making room for it now (which may wait for zips being read). */
    @Override
    public Hold hold() throws IOException {
        Thread reader = Thread.currentThread();
        use();
        AtomicBoolean held = new AtomicBoolean(true);
        return () -> {
            if (held.getAndSet(false)) {
                putDown(reader);
            }
        };
    }

    @Override
    public long size(String entry) {
        ZipArchiveEntry z = lookIfListed(entry);
        return z == null ? -1 : z.getSize();
    }

    @Override
    public long modified(String entry) {
        ZipArchiveEntry z = lookIfListed(entry);
        return z == null ? -1 : z.getTime();
    }

    /** The zip file's stamp with the entry's CRC-32, or empty when the zip file's cannot be taken. */
    @Override
    public String stamp(String entry) {
        ZipArchiveEntry z = lookIfListed(entry);
        return z == null || stamp.isEmpty() ? "" : stamp + ":" + Long.toHexString(z.getCrc());
    }

    /** Closes the zip and gives back the room its listing took; a file of it still open can no longer be read. */
    @Override
    public void close() {
        synchronized (BUDGET) {
            if (!closed) {
                closed = true;
                if (listed != null) {
                    BUDGET.closed(this);
                }
                BUDGET.changed();
            }
        }
    }

    /**
     * Counts what an entry expands to and stops a bomb before it fills memory or disk; checks what
     * it expands to against the entry's CRC-32 once read to its end. Compressed data that does not
     * decompress, or fails that check, is thrown as a {@link DamagedZipEntryException}.
     */
    private final class BoundedEntryStream extends FilterInputStream {
        private final long compressed;
        private final String entry;
        private final int method;
        private final long crc;
        private final CRC32 check = new CRC32();
        private final Thread reader;
        private long read;
        private boolean ended;
        private boolean closedOnce;

        BoundedEntryStream(InputStream in, ZipArchiveEntry z, String entry, Thread reader) {
            super(in);
            this.compressed = Math.max(z.getCompressedSize(), 1);
            this.entry = entry;
            this.method = z.getMethod();
            this.crc = z.getCrc();
            this.reader = reader;
        }

        /** Closes the entry and puts the zip down: its listing may be let go once no one reads it. */
        @Override
        public void close() throws IOException {
            if (closedOnce) {
                return;
            }
            closedOnce = true;
            try {
                super.close();
            } finally {
                putDown(reader);
            }
        }

        @Override
        public int read() throws IOException {
            int b;
            try {
                b = super.read();
            } catch (IOException e) {
                if (isDamage(e)) {
                    throw damaged(e);
                }
                throw e;
            }
            if (b >= 0) {
                count(1);
                check.update(b);
            } else {
                end();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(b, off, len);
            } catch (IOException e) {
                if (isDamage(e)) {
                    throw damaged(e);
                }
                throw e;
            }
            if (n > 0) {
                count(n);
                check.update(b, off, n);
            } else if (n < 0) {
                end();
            }
            return n;
        }

        /** Skips by reading, so that what is skipped is counted and checked too. */
        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
            long skipped = 0;
            while (skipped < n) {
                int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        /** At the entry's end: what it expanded to must have the CRC-32 its zip gives it. */
        private void end() {
            if (ended) {
                return;
            }
            ended = true;
            if (crc >= 0 && check.getValue() != crc) {
                throw new DamagedZipEntryException(name, entry, "the entry " + entry + " of the zip " + name + " fails its"
                        + " CRC-32 check (the zip gives " + String.format("%08x", crc) + ", its " + read + " bytes give "
                        + String.format("%08x", check.getValue()) + "): its data is damaged (what was read of it is kept"
                        + " as read)", null, true);
            }
        }

        /**
         * Whether a failure to read the entry is damage to its data: the inflater's own failures
         * (a ZipException, or an EOFException when the data ends too soon) and, for the other
         * methods, their decompressors' IOExceptions; not the zip closed, nor a failing disk.
         */
        private boolean isDamage(IOException e) {
            return e instanceof ZipException || e instanceof EOFException
                    || method != 0 && method != 8 && !(e instanceof ClosedChannelException);
        }

        private DamagedZipEntryException damaged(IOException e) {
            return new DamagedZipEntryException(name, entry, "the entry " + entry + " of the zip " + name + " cannot be"
                    + " decompressed past byte " + read + " of its contents: its compressed data is damaged ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e, false);
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
