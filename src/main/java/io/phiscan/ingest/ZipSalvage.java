package io.phiscan.ingest;

import io.phiscan.model.SourceRef;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What can be read of a zip whose end is missing (an interrupted download): its central
 * directory is gone, but the entries before the cut can still be read in order from their own
 * headers. The data files among them (JSON, JavaScript, CSV, HTML, text; never media) are copied
 * into an owner-only temporary folder (its folders 0700 and its files 0600, whatever the umask),
 * under the same limits as any zip (entry count, each entry's size, the total) and refusing names
 * that leave the root, and read from there. The cut
 * is reported as a problem of the export found: where the zip ends, and the entry it cuts.
 * Not thread-safe; the folder is deleted when the tree is closed.
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
        try {
            return salvage(zip, name, limits, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // an entry name that is not UTF-8: read again with names in the zip format's first code page
            return salvage(zip, name, limits, ZipTree.LEGACY_NAMES);
        }
    }

    private static Result salvage(Path zip, String name, ZipLimits limits, java.nio.charset.Charset names) throws IOException {
        Path dir = Files.createTempDirectory("phiscan-salvage-");
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the temporary folder's own protection applies
        }
        List<IngestRecord.Bad> problems = new ArrayList<>();
        long size = Files.size(zip);
        long total = 0;
        int entries = 0;
        int files = 0;
        String last = null;
        try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(Files.newInputStream(zip)), names)) {
            while (true) {
                ZipEntry e;
                try {
                    e = in.getNextEntry();
                } catch (IOException ex) {
                    problems.add(cut(name, last, size));
                    break;
                } catch (IllegalArgumentException ex) {
                    if (names != ZipTree.LEGACY_NAMES) {
                        deleteTree(dir);
                        throw ex;
                    }
                    // a name marked as UTF-8 that is not: nothing after it can be told apart
                    problems.add(new IngestRecord.Bad(new SourceRef(name, "", "entry " + (entries + 1)),
                            "an entry whose name is marked as UTF-8 but is not: it and the entries after it are not read"));
                    break;
                }
                if (e == null) {
                    break;
                }
                String entry = e.getName().replace('\\', '/');
                if (++entries > limits.maxEntries()) {
                    problems.add(new IngestRecord.Bad(new SourceRef(name, "", "entry " + entries),
                            "refused: more entries than the limit of " + limits.maxEntries()));
                    break;
                }
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
