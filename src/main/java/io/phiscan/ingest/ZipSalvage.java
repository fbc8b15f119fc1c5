package io.phiscan.ingest;

import io.phiscan.model.SourceRef;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * What can be read of a zip whose end is missing (an interrupted download): its central
 * directory is gone, but the entries before the cut can still be read in order from their own
 * headers (commons-compress's {@link ZipArchiveInputStream}). The data files among them (JSON,
 * JavaScript, CSV, HTML, text; never media) are copied into an owner-only temporary folder (its
 * folders 0700 and its files 0600, whatever the umask), under the same limits as any zip (entry
 * count, each entry's size, the total) and refusing names that leave the root, and read from
 * there. Names are decoded from their bytes as a whole zip's are ({@link ZipListing}): UTF-8, or
 * the unmarked ones in IBM437 when one of them is not UTF-8 (the zip is then read again). A data
 * file's name marked as UTF-8 that is not (a broken zip writer) is reported by its entry's place in the zip
 * (its ordinal and the byte its header starts at) and read under the name with U+FFFD for its bad
 * bytes, unless that is the name of another entry, which is then the one read; the entries after
 * it are read as any. The cut is reported as a problem of the export found: where the zip ends,
 * and the entry it cuts. Not thread-safe; the folder is deleted when the tree is closed.
 */
final class ZipSalvage {
    private static final List<String> DATA = List.of(".json", ".js", ".csv", ".html", ".htm", ".txt", ".xml");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<StandardOpenOption> NEW_FILE = EnumSet.of(StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER_MODE = PosixFilePermissions.fromString("rwx------");

    /** The files salvaged, as a tree under the zip's own name, and the problems to report. */
    record Result(ExportTree tree, List<IngestRecord.Bad> problems, int files) {
    }

    private ZipSalvage() {
    }

    static Result salvage(Path zip, String name, ZipLimits limits) throws IOException {
        Result utf8 = salvage(zip, name, limits, false);
        // null: a name not marked as UTF-8 is not UTF-8 either; read again with those in the zip format's first code page
        return utf8 != null ? utf8 : salvage(zip, name, limits, true);
    }

    /** The salvage, or null when {@code legacy} is false and a name not marked as UTF-8 is not UTF-8. */
    private static Result salvage(Path zip, String name, ZipLimits limits, boolean legacy) throws IOException {
        Path dir = Files.createTempDirectory("phiscan-salvage-");
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the temporary folder's own protection applies
        }
        List<IngestRecord.Bad> problems = new ArrayList<>();
        FalselyMarked falselyMarked = new FalselyMarked(problems);
        long size = Files.size(zip);
        long total = 0;
        int entries = 0;
        int files = 0;
        String last = null;
        // the names' own bytes are decoded below (the stream's decoding is not used); no Info-ZIP Unicode name replaces them
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new BufferedInputStream(Files.newInputStream(zip)),
                StandardCharsets.UTF_8.name(), false)) {
            while (true) {
                ZipArchiveEntry e;
                try {
                    e = in.getNextEntry();
                } catch (IOException ex) {
                    problems.add(cut(name, last, size));
                    break;
                }
                if (e == null) {
                    break;
                }
                if (++entries > limits.maxEntries()) {
                    problems.add(new IngestRecord.Bad(new SourceRef(name, "", "entry " + entries),
                            "refused: more entries than the limit of " + limits.maxEntries()));
                    break;
                }
                String strict = ZipListing.strictName(e, legacy);
                if (strict == null && !e.getGeneralPurposeBit().usesUTF8ForNames()) {
                    deleteTree(dir);
                    return null;
                }
                String entry = (strict != null ? strict : new String(e.getRawName(), StandardCharsets.UTF_8)).replace('\\', '/');
                last = entry;
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
                SourceRef place = new SourceRef(name, "", "entry " + entries + ", byte " + e.getLocalHeaderOffset());
                if (strict == null && !falselyMarked.admit(place, entry, Files.exists(target))) {
                    continue;
                } else if (strict != null) {
                    falselyMarked.replacedBy(entry, place);
                }
                folders(dir, target.getParent());
                long copied;
                try {
                    copied = copy(in, target, limits, total);
                } catch (IOException ex) {
                    Files.deleteIfExists(target);
                    problems.add(new IngestRecord.Bad(new SourceRef(name, entry, "zip entry"),
                            "the zip ends inside this entry (truncated download?): not read; " + ex.getMessage()));
                    problems.add(cut(name, entry, size));
                    break;
                }
                total += copied;
                files++;
            }
        }
        return new Result(new Tree(new FolderTree(dir), name, dir), problems, files);
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

        /** A well-named entry read: it replaces an entry falsely marked that was read under its name, if any. */
        void replacedBy(String entry, SourceRef place) {
            Integer at = read.remove(entry);
            if (at != null) {
                problems.set(at, new IngestRecord.Bad(problems.get(at).source(), REASON + "with U+FFFD for its bad bytes it is"
                        + " the name of the entry at " + place.position() + ", which is read instead: not read"));
            }
        }
    }

    private static IngestRecord.Bad cut(String name, String last, long size) {
        return new IngestRecord.Bad(new SourceRef(name, "", "byte " + size), "the zip is cut at byte " + size
                + " (truncated download?): the entries read are the ones before " + (last == null ? "the cut" : "and with " + last)
                + "; whatever followed is lost");
    }

    private static long copy(InputStream in, Path target, ZipLimits limits, long before) throws IOException {
        byte[] buf = new byte[1 << 16];
        long n = 0;
        try (OutputStream out = ownerOnly(target)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                n += r;
                if (n > limits.maxEntryBytes() || before + n > limits.maxTotalBytes()) {
                    throw new IOException("refused: past the expansion limits");
                }
                out.write(buf, 0, r);
            }
        }
        return n;
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

    /**
     * Opens a file for writing (replacing one of the same name, as a zip can list a name twice),
     * created owner-only (0600) whatever the umask: {@code Files.newOutputStream} made it 0644,
     * 0666 under umask 000.
     */
    private static OutputStream ownerOnly(Path file) throws IOException {
        if (!POSIX) {
            return Files.newOutputStream(file);
        }
        return Channels.newOutputStream(Files.newByteChannel(file, NEW_FILE, PosixFilePermissions.asFileAttribute(FILE_MODE)));
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
