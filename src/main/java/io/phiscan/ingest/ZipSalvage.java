package io.phiscan.ingest;

import io.phiscan.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.UnsupportedZipFeatureException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * What can be read of a zip whose end is missing (an interrupted download): its central
 * directory is gone, but the entries before the cut can still be read in order from their own
 * headers (commons-compress's {@link ZipArchiveInputStream},
 * through {@link LocalHeaders}). The data files among them (JSON,
 * JavaScript, CSV, HTML, text; never media) are copied into an owner-only temporary folder (its
 * folders 0700 and its files 0600, whatever the umask), under the same limits as any zip (entry
 * count, each entry's size, the total) and refusing names that leave the root, and read from
 * there. Names are decoded from their bytes as a whole zip's are ({@link ZipListing}): UTF-8, or
 * the unmarked ones in IBM437 when one of them is not UTF-8 (the zip is then read again). A data
 * file's name marked as UTF-8 that is not (a broken zip writer) is reported by its entry's place in the zip
 * (its ordinal and the byte its header starts at) and read under the name with U+FFFD for its bad
 * bytes, unless that is the name of another entry, which is then the one read; the entries after
 * it are read as any. Each entry refused is reported by its name and place and not read, and the
 * entries after it are: a data file encrypted, or compressed with a method not read; one that
 * expands past a limit ({@link ZipLimits}: its size, or its ratio to its compressed size, given by
 * its local header or counted as its data is read); one whose name runs through a file read before
 * it, or is a folder of files read before it. A name listed twice is read from its later entry, as
 * in a whole zip, the earlier one being reported; when the later one is not read (refused, damaged,
 * or cut), the earlier copy is kept and read, and the later one is reported with the place of the
 * one read instead. An entry stored with its size after its data, in a data descriptor, is read
 * to the descriptor that agrees with its bytes ({@link StoredEntries}), and the entries after it
 * from there ({@link LocalHeaders}). When the next entry is not where an entry ends (its data is
 * damaged, its size follows data that cannot be read, bytes were put in or taken out), the next
 * header is found by searching on ({@link #nextHeader}), reported, and read from. When the total
 * limit is reached, or a stored entry's descriptor is not found, that is reported and nothing
 * after it is read. The cut is reported as a problem of
 * the export found: where the zip ends, and the entry it cuts; a cut after the last entry
 * ({@link CentralDirectoryCut}) says that no entry is cut and how many were recovered (in the
 * central directory), or what may be lost (right where an entry ends); a failure to read that is
 * not at the zip's end is not reported as the cut. Not thread-safe; the folder is deleted when the tree
 * is closed, or when the salvage fails.
 */
final class ZipSalvage {
    private static final List<String> DATA = List.of(".json", ".js", ".csv", ".html", ".htm", ".txt", ".xml");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FOLDER_MODE = PosixFilePermissions.fromString("rwx------");

    /** The files salvaged, as a tree under the zip's own name, and the problems to report. */
    record Result(ExportTree tree, List<IngestRecord.Bad> problems, int files) {
    }

    private ZipSalvage() {
    }

    static Result salvage(Path zip, String name, ZipLimits limits) throws IOException {
        return salvage(zip, name, limits, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** The salvage, its temporary folder made in {@code temp}. */
    static Result salvage(Path zip, String name, ZipLimits limits, Path temp) throws IOException {
        Result utf8 = salvage(zip, name, limits, false, temp);
        // null: a name not marked as UTF-8 is not UTF-8 either; read again with those in the zip format's first code page
        return utf8 != null ? utf8 : salvage(zip, name, limits, true, temp);
    }

    /** The salvage, or null when {@code legacy} is false and a name not marked as UTF-8 is not UTF-8. */
    private static Result salvage(Path zip, String name, ZipLimits limits, boolean legacy, Path temp) throws IOException {
        Path dir = Files.createTempDirectory(temp, "phiscan-salvage-");
        try {
            try {
                Files.setPosixFilePermissions(dir, FOLDER_MODE);
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the temporary folder's own protection applies
            }
            Result result = read(zip, name, limits, legacy, dir);
            if (result == null) {
                deleteTree(dir);
            }
            return result;
        } catch (IOException | RuntimeException | Error e) {
            // the copies are the export's files: none is left behind when the salvage fails
            try {
                deleteTree(dir);
            } catch (IOException | RuntimeException d) {
                e.addSuppressed(d);
            }
            throw e;
        }
    }

    private static Result read(Path zip, String name, ZipLimits limits, boolean legacy, Path dir) throws IOException {
        List<IngestRecord.Bad> problems = new ArrayList<>();
        FalselyMarked falselyMarked = new FalselyMarked(problems);
        // each name copied, and the place of the entry copied under it
        Map<String, String> readAt = new HashMap<>();
        long size = Files.size(zip);
        long total = 0;
        int entries = 0;
        int files = 0;
        String last = null;
        SourceRef lastPlace = null;
        CentralDirectoryCut.Local first = null;
        CentralDirectoryCut.Local lastLocal = null;
        // where to go on from, past a stored entry whose data descriptor was found (-1: no need)
        long resume = -1;
        // the last entry's header sought past damage (-1: none): sought again from past it
        long sought = -1;
        // the names' own bytes are decoded below (the stream's decoding is not used); no Info-ZIP Unicode name replaces them
        try (LocalHeaders headers = new LocalHeaders(zip)) {
            while (true) {
                if (resume >= 0) {
                    headers.resumeAt(resume);
                    resume = -1;
                }
                ZipArchiveEntry e;
                try {
                    e = headers.next();
                } catch (IOException ex) {
                    // an entry found past it: the zip goes on (the stream may have read ahead to its end all the same)
                    long next = nextHeader(zip, Math.max(searchFrom(zip, lastLocal), sought + 4));
                    sought = Math.max(sought, next);
                    if (next >= 0) {
                        // the stream lost its place (damaged data, a size it cannot find, bytes put in or taken out):
                        // the next entry's own header is found past it
                        problems.add(resumed(name, lastPlace, ex.getMessage(), next));
                        resume = next;
                        continue;
                    }
                    IngestRecord.Bad end = headers.reached() ? CentralDirectoryCut.reported(zip, name, last, size, first, lastLocal, entries) : null;
                    problems.add(end != null ? end : stuck(name, lastPlace, ex));
                    break;
                } catch (NoClassDefFoundError ex) {
                    // an entry of Zstandard or XZ, whose size is in its header: its reader is made with the
                    // header, from a library phiscan does not ship, and the stream cannot go on past it
                    problems.add(new IngestRecord.Bad(lastPlace != null ? lastPlace : new SourceRef(name, "", "byte 0"),
                            (lastPlace != null ? "the entry after this one" : "the zip's first entry") + " is compressed with"
                            + " a method phiscan cannot read (Zstandard or XZ): it and the entries after it are not read"));
                    break;
                }
                if (e == null) {
                    // the stream takes whatever is not a local header for the directory: a damaged header is not one
                    long next = nextHeader(zip, Math.max(searchFrom(zip, lastLocal), sought + 4));
                    sought = Math.max(sought, next);
                    if (next >= 0) {
                        problems.add(resumed(name, lastPlace, "no local header there", next));
                        resume = next;
                        continue;
                    }
                    IngestRecord.Bad end = headers.reached() ? CentralDirectoryCut.reported(zip, name, last, size, first, lastLocal, entries) : null;
                    if (end != null) {
                        problems.add(end);
                    }
                    break;
                }
                if (++entries > limits.maxEntries()) {
                    problems.add(new IngestRecord.Bad(new SourceRef(name, "", "entry " + entries),
                            "refused: more entries than the limit of " + limits.maxEntries()));
                    break;
                }
                lastLocal = CentralDirectoryCut.Local.of(e, headers.base());
                first = first != null ? first : lastLocal;
                String strict = ZipListing.strictName(e, legacy);
                if (strict == null && !e.getGeneralPurposeBit().usesUTF8ForNames()) {
                    return null;
                }
                String entry = (strict != null ? strict : new String(e.getRawName(), StandardCharsets.UTF_8)).replace('\\', '/');
                last = entry;
                SourceRef at = new SourceRef(name, entry, "entry " + entries + ", byte " + lastLocal.header());
                lastPlace = at;
                DataDescriptorSearch.Found stored = null;
                if (StoredEntries.endUnknown(e)) {
                    // the stream cannot find where its data ends: the data descriptor after it can
                    stored = DataDescriptorSearch.find(zip, lastLocal.data(), true);
                    if (stored == null) {
                        problems.add(new IngestRecord.Bad(at, StoredEntries.NO_DESCRIPTOR + size + ": the zip is cut inside it"
                                + " (truncated download?), or it is damaged; it and whatever followed are not read"));
                        break;
                    }
                    resume = stored.next();
                }
                if (e.isDirectory() || !isData(entry)) {
                    continue;
                }
                if (ZipTree.escapesRoot(entry)) {
                    problems.add(new IngestRecord.Bad(new SourceRef(name, entry, "zip entry"),
                            "refused: the entry's name leads outside the export (zip-slip); not read"));
                    continue;
                }
                Path target = dir.resolve(entry).normalize();
                if (!target.startsWith(dir)) {
                    continue;
                }
                String unreadable = stored == null ? unreadable(headers.in(), e) : stored.crcAgrees() ? null : StoredEntries.DAMAGED;
                String skip = unreadable != null ? unreadable + instead(readAt.get(entry)) : clash(dir, target);
                if (skip != null) {
                    problems.add(new IngestRecord.Bad(at, skip));
                    continue;
                }
                SourceRef place = new SourceRef(name, "", at.position());
                if (strict == null && !falselyMarked.admit(place, entry, Files.exists(target))) {
                    continue;
                }
                folders(dir, target.getParent());
                String earlier = readAt.get(entry);
                try {
                    total += stored == null ? SalvageCopy.copy(headers.in(), e, target, limits, total)
                            : SalvageCopy.copyStored(zip, lastLocal.data(), stored.end() - lastLocal.data(), target, limits, total);
                } catch (SalvageCopy.Refused ex) {
                    problems.add(new IngestRecord.Bad(at, ex.getMessage() + instead(earlier)));
                    if (ex.all) {
                        break;
                    }
                    continue;
                } catch (SalvageCopy.Unread ex) {
                    if (headers.reached()) {
                        problems.add(new IngestRecord.Bad(new SourceRef(name, entry, "zip entry"), "the zip ends inside this"
                                + " entry (truncated download?): not read; " + ex.getCause().getMessage() + instead(earlier)));
                        problems.add(cut(name, entry, size));
                        break;
                    }
                    // the next entry is looked for past it; if it cannot be found, that is reported
                    problems.add(new IngestRecord.Bad(at, "the entry's data is damaged: not read; " + ex.getCause().getMessage()
                            + instead(earlier)));
                    continue;
                }
                readAt.put(entry, at.position());
                files += earlier == null ? 1 : 0;
                if (strict != null && !falselyMarked.replacedBy(entry, place) && earlier != null) {
                    // the later entry of a name is read, as in a whole zip (ZipListing), and the one before it listed
                    problems.add(new IngestRecord.Bad(new SourceRef(name, entry, earlier), "the zip lists this name again, at "
                            + at.position() + ", and that later entry is read: this one is not (a damaged zip, or one written"
                            + " to twice)"));
                }
            }
        }
        return new Result(new Tree(new FolderTree(dir), name, dir), problems, files);
    }

    /**
     * Why an entry's data cannot be read (encrypted, or compressed in a way the stream does not
     * read), or null when it can: such an entry is skipped without being read.
     */
    private static String unreadable(ZipArchiveInputStream in, ZipArchiveEntry e) {
        if (e.getGeneralPurposeBit().usesEncryption() || e.getGeneralPurposeBit().usesStrongEncryption()) {
            return "the entry is encrypted: not read";
        }
        if (!ZipTree.READ_METHODS.contains(e.getMethod())) {
            return "the entry is compressed with a method phiscan cannot read (method " + e.getMethod() + "): not read";
        }
        return in.canReadEntryData(e) ? null : "the entry's size is written after its data (a data descriptor), which cannot"
                + " be read for its compression method (method " + e.getMethod() + "): not read";
    }

    /** What is read instead of an entry not read whose name was copied before, from {@code earlier}; empty when none was. */
    private static String instead(String earlier) {
        return earlier == null ? "" : "; the entry of this name at " + earlier + " is read instead";
    }

    /** Why an entry's name clashes with the files read before it, or null when it does not. */
    private static String clash(Path dir, Path target) {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return "its name is that of a folder holding entries read before it: not read";
        }
        for (Path p = target.getParent(); p != null && p.startsWith(dir) && !p.equals(dir); p = p.getParent()) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                return "its name runs through " + dir.relativize(p).toString().replace('\\', '/') + ", a file read before it: not read";
            }
        }
        return null;
    }

    /** The row of an entry after which the next one was found by searching, at byte {@code next}. */
    private static IngestRecord.Bad resumed(String name, SourceRef lastPlace, String why, long next) {
        return new IngestRecord.Bad(lastPlace != null ? lastPlace : new SourceRef(name, "", "byte 0"),
                (lastPlace != null ? "the next entry is not found where this one ends" : "the zip's first entry cannot be read")
                        + " (" + why + "): the next entry's header was found by searching, at byte " + next
                        + ", and the entries from there on are read");
    }

    /**
     * Where to search for the header of the entry after {@code last} (null: none read): just past
     * its header; or, when it is a zip stored in the zip (its data begins with a local header) with
     * its size known, past the data that size gives it, whose headers are the inner zip's, not the
     * export's (bytes taken out of that data lose the entry after it too, listed with it).
     */
    private static long searchFrom(Path zip, CentralDirectoryCut.Local last) throws IOException {
        if (last == null) {
            return 0;
        }
        if (last.stored() && !last.descriptor() && last.compressed() > 0) {
            try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
                ByteBuffer first = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
                if (ZipEntryCount.read(ch, first, last.data()) == 4 && first.getInt(0) == 0x04034b50) {
                    return last.data() + last.compressed();
                }
            }
        }
        return last.header() + 4;
    }

    /**
     * Where the first local header from byte {@code from} on is that looks like one (a version and
     * method a zip writer writes, a name of printable bytes), or -1 when there is none before the
     * central directory or the zip's end: a header's signature inside compressed data seldom passes.
     */
    static long nextHeader(Path zip, long from) throws IOException {
        try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer window = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
            for (long start = from; start + 30 <= size; start += window.capacity() - 30) {
                int length = ZipEntryCount.read(ch, window.clear(), start);
                for (int i = 0; i + 4 <= length; i++) {
                    int signature = window.getInt(i);
                    if (signature == 0x02014b50 || signature == 0x06054b50) {
                        // the central directory, or the zip's end: no entry after this
                        return -1;
                    }
                    if (signature == 0x04034b50 && looksLikeAHeader(ch, start + i, size)) {
                        return start + i;
                    }
                }
                if (length < window.capacity()) {
                    break;
                }
            }
        }
        return -1;
    }

    private static boolean looksLikeAHeader(FileChannel ch, long at, long size) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        if (at + 30 > size || ZipEntryCount.read(ch, header, at) < 30) {
            return false;
        }
        int version = Short.toUnsignedInt(header.getShort(4)) & 0xff;
        int method = Short.toUnsignedInt(header.getShort(8));
        int length = Short.toUnsignedInt(header.getShort(26));
        if (version > 63 || method > 99 || length == 0 || length > 4096 || at + 30 + length > size) {
            return false;
        }
        ByteBuffer name = ByteBuffer.allocate(length);
        if (ZipEntryCount.read(ch, name, at + 30) < length) {
            return false;
        }
        for (byte b : name.array()) {
            if ((b & 0xff) < 0x20 || b == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** The next entry cannot be found, though the zip goes on: what stops the salvage at the entry before it. */
    private static IngestRecord.Bad stuck(String name, SourceRef after, IOException ex) {
        if (after == null) {
            return new IngestRecord.Bad(new SourceRef(name, "", "byte 0"), "the zip's first entry cannot be read ("
                    + ex.getMessage() + "): nothing in it is read");
        }
        if (ex instanceof UnsupportedZipFeatureException) {
            return new IngestRecord.Bad(after, "its size is written after its data, which cannot be read, so where the next"
                    + " entry begins cannot be found: the entries after it are not read");
        }
        return new IngestRecord.Bad(after, "the salvage cannot go past this entry (" + ex.getMessage()
                + "): the entries after it are not read");
    }

    /** The entries whose names are marked as UTF-8 but are not: each one's problem, and whether it is read. */
    private static final class FalselyMarked {
        private static final String REASON = "the entry's name is marked as UTF-8 but is not; ";
        private final List<IngestRecord.Bad> problems;
        /** Each name read with U+FFFD for the bytes falsely marked as UTF-8, and the index of its problem. */
        private final Map<String, Integer> read = new HashMap<>();

        FalselyMarked(List<IngestRecord.Bad> problems) {
            this.problems = problems;
        }

        /** Reports an entry whose name is falsely marked, read as {@code entry}; true when it is read. */
        boolean admit(SourceRef place, String entry, boolean taken) {
            if (taken) {
                problems.add(new IngestRecord.Bad(place, REASON + "with U+FFFD for its bad bytes it is the name of an entry"
                        + " read before it, so it cannot be told apart: not read"));
                return false;
            }
            read.put(entry, problems.size());
            problems.add(new IngestRecord.Bad(place, REASON + "read as " + entry + ", U+FFFD standing for its bad bytes"));
            return true;
        }

        /** A well-named entry read: it replaces an entry falsely marked that was read under its name, if any (then true). */
        boolean replacedBy(String entry, SourceRef place) {
            Integer at = read.remove(entry);
            if (at != null) {
                problems.set(at, new IngestRecord.Bad(problems.get(at).source(), REASON + "with U+FFFD for its bad bytes it is"
                        + " the name of the entry at " + place.position() + ", which is read instead: not read"));
            }
            return at != null;
        }
    }

    /** The zip cut at byte {@code size}, in or after the entry named {@code last}: the entries after it are lost. */
    static IngestRecord.Bad cut(String name, String last, long size) {
        return new IngestRecord.Bad(new SourceRef(name, "", "byte " + size), "the zip is cut at byte " + size
                + " (truncated download?): the entries read are the ones before " + (last == null ? "the cut" : "and with " + last)
                + "; whatever followed is lost");
    }

    /**
     * Creates the folders from {@code dir} down to {@code folder}, each owner-only whatever the
     * umask (inside the owner-only temporary folder, as every salvaged file).
     */
    private static void folders(Path dir, Path folder) throws IOException {
        Path p = dir;
        for (Path name : dir.relativize(folder)) {
            p = p.resolve(name.toString());
            if (!Files.isDirectory(p)) {
                if (POSIX) {
                    Files.createDirectory(p, PosixFilePermissions.asFileAttribute(FOLDER_MODE));
                } else {
                    Files.createDirectory(p);
                }
            }
        }
    }

    private static boolean isData(String entry) {
        String lower = entry.toLowerCase(Locale.ROOT);
        return DATA.stream().anyMatch(lower::endsWith);
    }

    /** The salvaged folder, known by the zip's name, deleted on close. */
    private static final class Tree implements ExportTree {
        private final FolderTree folder;
        private final String name;
        private final Path dir;

        Tree(FolderTree folder, String name, Path dir) {
            this.folder = folder;
            this.name = name;
            this.dir = dir;
        }

        @Override
        public String displayName() {
            return name;
        }

        @Override
        public List<String> entries() {
            return folder.entries();
        }

        @Override
        public InputStream open(String entry) throws IOException {
            return folder.open(entry);
        }

        @Override
        public long size(String entry) {
            return folder.size(entry);
        }

        @Override
        public boolean exists(String entry) {
            return folder.exists(entry);
        }

        @Override
        public List<String> entriesUnder(String prefix) {
            return folder.entriesUnder(prefix);
        }

        @Override
        public void close() throws IOException {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
