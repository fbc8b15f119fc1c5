package io.phiscan.ingest;

import io.phiscan.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipException;

/**
 * Finds the exports in one zip: the zip itself, else its folders (a zip holding several
 * unzipped exports, three folders deep at most), else the zips inside it. A zip that cannot be
 * opened (its end is missing), or whose directory lists fewer entries than it holds, is salvaged:
 * its entries are read in order from their own headers ({@link ZipSalvage}), and when that loses
 * nothing the damage is still listed once.
 * A zip inside a zip is
 * copied to an owner-only temporary file (its bytes count against the outer zip's limits) and
 * opened with the same limits; a zip inside that one is not opened, and is reported. Entries
 * whose names would escape the zip are reported as skipped records of the first export found in
 * it. Not thread-safe; used by {@link ExportLocator}.
 */
final class ZipSearch {
    private static final int MAX_FOLDER_DEPTH = 3;
    private static final int MAX_FOLDERS = 200;

    /** Where what is found goes. */
    interface Sink {
        /** Tries the tree with every reader; true when it is an export (read or refused). */
        default boolean recognize(ExportTree tree, boolean named, List<IngestRecord.Bad> extra) throws IOException {
            return recognize(tree, named, extra, null);
        }

        /**
         * Tries the tree with every reader; true when it is an export (read or refused).
         *
         * @param damage what is wrong with the zip the tree was salvaged from, said first when the
         *     export is refused ({@code null}: a whole zip)
         */
        boolean recognize(ExportTree tree, boolean named, List<IngestRecord.Bad> extra, String damage) throws IOException;

        void unrecognized(String name, boolean named, String seen);

        void keepOpen(ExportTree zip, Path tempFile);
    }

    private final ZipLimits limits;
    /** The heap the zips' listings are bounded by ({@link ZipTree#heapBound}). */
    private final long maxHeap;
    private final Sink sink;
    private int folders;

    ZipSearch(ZipLimits limits, long maxHeap, Sink sink) {
        this.limits = limits;
        this.maxHeap = maxHeap;
        this.sink = sink;
    }

    /** Looks for exports in the zip file {@code file}, which the user knows as {@code name}; true when one was found. */
    boolean search(Path file, String name, boolean named, int nesting, Path tempFile) throws IOException {
        ZipTree zip;
        try {
            zip = ZipTree.open(file, limits, name, maxHeap);
        } catch (ArchiveFormatException e) {
            boolean damaged = e.getCause() instanceof ZipException;
            boolean found = damaged && salvage(file, name, named, e.reason(), tempFile);
            if (!damaged) {
                // refused whole (a safety limit): said, not passed over as a file that is no export
                sink.unrecognized(name, named, e.reason());
            }
            if (!found) {
                deleteQuietly(tempFile);
            }
            return found;
        }
        List<IngestRecord.Bad> refused;
        try {
            refused = setApart(zip, name);
        } catch (ArchiveFormatException e) {
            // let go for another zip's listing, and no longer the zip first listed: said, not passed over as empty
            zip.close();
            deleteQuietly(tempFile);
            sink.unrecognized(name, named, e.reason());
            return false;
        }
        folders = 0;
        boolean found = search(zip, "", named, nesting, refused);
        if (found) {
            sink.keepOpen(zip, tempFile);
            return true;
        }
        String seen;
        try {
            seen = "a zip that is not a known export (" + describe(zip) + ")";
        } catch (ArchiveFormatException e) {
            seen = e.reason();
        }
        zip.close();
        deleteQuietly(tempFile);
        sink.unrecognized(name, named, seen);
        return false;
    }

    /** The entries of the zip that are set apart and not read, as skipped records, each with why. */
    private static List<IngestRecord.Bad> setApart(ZipTree zip, String name) {
        List<IngestRecord.Bad> refused = new ArrayList<>();
        for (String entry : zip.refusedEntries()) {
            refused.add(new IngestRecord.Bad(new SourceRef(name, entry, "zip entry"),
                    "refused: the entry's name leads outside the export (zip-slip); not read"));
        }
        for (String entry : zip.links()) {
            refused.add(new IngestRecord.Bad(new SourceRef(name, entry, "zip entry"),
                    "a symbolic link in the zip (to another path), not followed: not read"));
        }
        for (String entry : zip.unplacedEntries()) {
            refused.add(new IngestRecord.Bad(new SourceRef(name, entry, "zip entry"), "the entry's name is marked as UTF-8 but"
                    + " is not; with U+FFFD for its bad bytes it is the name of another entry, so it cannot be told apart: not read"));
        }
        zip.repeatedEntries().forEach((entry, times) -> refused.add(new IngestRecord.Bad(new SourceRef(name, entry, "zip entry"),
                "the zip lists this name " + times + " times: the last entry of the name is read, the "
                        + (times > 2 ? (times - 1) + " before it are" : "one before it is") + " not (a damaged zip, or one written to twice)")));
        for (ZipListing.Renamed r : zip.renamedEntries()) {
            refused.add(new IngestRecord.Bad(new SourceRef(name, r.directory(), "zip entry"), "the zip's directory names this"
                    + " entry " + r.directory() + ", its local header " + r.local() + ": one of the two names was damaged."
                    + " Read as " + r.readAs() + ", " + r.why()));
        }
        Map<String, Long> relocated = zip.relocatedEntries();
        if (!relocated.isEmpty()) {
            long least = relocated.values().stream().mapToLong(Long::longValue).min().orElseThrow();
            long most = relocated.values().stream().mapToLong(Long::longValue).max().orElseThrow();
            refused.add(new IngestRecord.Bad(new SourceRef(name, relocated.keySet().iterator().next(), "zip entry"),
                    "the zip's directory places " + (relocated.size() == 1 ? "this entry where its header is"
                            : relocated.size() + " entries (this one first) where their headers are") + " not: bytes were"
                    + " put into the zip or taken out of it, or a place was damaged. "
                    + (relocated.size() == 1 ? "It was found by its own header, " : "Each was found by its own header, ")
                    + offBy(least, most) + ", and is read (its contents checked against its CRC-32, as every entry's are)"));
        }
        for (String folder : zip.misnamedFolders()) {
            refused.add(new IngestRecord.Bad(new SourceRef(name, folder, "zip entry"),
                    OddFiles.folderNamedLikeAFile(folder.substring(folder.lastIndexOf('/', folder.length() - 2) + 1,
                            folder.length() - 1))));
        }
        return refused;
    }

    /** How far off the found headers are, in words: "3 bytes on", "2 to 40 bytes back". */
    private static String offBy(long least, long most) {
        if (least < 0 && most > 0) {
            return "from " + -least + " bytes back to " + most + " bytes on";
        }
        long near = Math.min(Math.abs(least), Math.abs(most));
        long far = Math.max(Math.abs(least), Math.abs(most));
        return (near == far ? far : near + " to " + far) + " byte" + (far == 1 ? "" : "s") + (most > 0 ? " on" : " back");
    }

    /** Reads what comes before the cut of a damaged zip ({@link ZipSalvage}); true when it is an export. */
    private boolean salvage(Path file, String name, boolean named, String reason, Path tempFile) throws IOException {
        ZipSalvage.Result salvaged = ZipSalvage.salvage(file, name, limits);
        ExportTree tree = salvaged.tree();
        List<IngestRecord.Bad> problems = new ArrayList<>(salvaged.problems());
        if (problems.isEmpty()) {
            // nothing lost that the salvage saw (a directory damaged inside, its entries whole): the damage is said still
            problems.add(new IngestRecord.Bad(new SourceRef(name, "", "zip"), reason + "; its entries were read in order from"
                    + " their own headers (" + salvaged.files() + " data file" + (salvaged.files() == 1 ? "" : "s") + ")"));
        }
        boolean found;
        try {
            List<String> folders = childFolders(tree);
            found = salvaged.files() > 0 && (sink.recognize(tree, named, new ArrayList<>(problems), reason)
                    || folders.size() == 1 && sink.recognize(tree.below(folders.get(0)), named,
                            new ArrayList<>(problems), reason));
        } catch (IOException | RuntimeException | Error e) {
            // the salvaged copies are the export's files: none is left behind when reading them fails
            try {
                tree.close();
            } catch (IOException | RuntimeException c) {
                e.addSuppressed(c);
            }
            throw e;
        }
        if (found) {
            sink.keepOpen(tree, tempFile);
            return true;
        }
        tree.close();
        sink.unrecognized(name, named, reason + (salvaged.files() == 0 ? "; nothing readable before the damage"
                : "; the files readable before the damage are not a known export"));
        return false;
    }

    private boolean search(ZipTree zip, String prefix, boolean named, int nesting, List<IngestRecord.Bad> refused)
            throws IOException {
        ExportTree tree = zip.below(prefix);
        if (sink.recognize(tree, named, refused)) {
            refused.clear();
            return true;
        }
        List<String> inside;
        List<String> zipsInside;
        try {
            inside = prefix.chars().filter(c -> c == '/').count() < MAX_FOLDER_DEPTH ? childFolders(tree) : List.of();
            zipsInside = ExportFiles.rootFiles(tree).stream().filter(e -> e.toLowerCase(Locale.ROOT).endsWith(".zip")).toList();
        } catch (ArchiveFormatException e) {
            // let go for another zip's listing, and no longer the zip first listed: said, not passed over as empty
            sink.unrecognized(tree.displayName(), named, e.reason());
            return true;
        }
        boolean found = false;
        for (String folder : inside) {
            if (++folders > MAX_FOLDERS) {
                break;
            }
            found |= search(zip, prefix + folder, false, nesting, refused);
        }
        for (String entry : zipsInside) {
            found |= nested(zip, prefix + entry, nesting);
        }
        return found;
    }

    private boolean nested(ZipTree zip, String entry, int nesting) throws IOException {
        String name = zip.displayName() + "!" + entry;
        if (nesting >= 1) {
            sink.unrecognized(name, false, "refused: a zip inside a zip inside a zip is not opened");
            return false;
        }
        Path temp = Files.createTempFile("phiscan-nested-", ".zip");
        try {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the temporary folder's own protection applies
        }
        // written into the owner-only file made above: replacing it (Files.copy with REPLACE_EXISTING) makes a new
        // file with the umask's permissions (0644, 0666 under umask 000), a copy of an export others can read
        try (InputStream in = zip.open(entry); OutputStream out = Files.newOutputStream(temp)) {
            in.transferTo(out);
        } catch (DamagedZipEntryException e) {
            if (!e.readWhole()) {
                deleteQuietly(temp);
                sink.unrecognized(name, false, e.reason());
                return false;
            }
            // copied whole, only its CRC-32 failing: opened as before that was checked; its own entries say what is damaged
        } catch (ArchiveFormatException e) {
            deleteQuietly(temp);
            sink.unrecognized(name, false, e.reason());
            return false;
        }
        int before = folders;
        boolean found = search(temp, name, false, nesting + 1, temp);
        folders = before;
        return found;
    }

    private static List<String> childFolders(ExportTree tree) {
        Set<String> out = new LinkedHashSet<>();
        for (String e : tree.entries()) {
            int slash = e.indexOf('/');
            if (slash > 0) {
                out.add(e.substring(0, slash + 1));
            }
        }
        return List.copyOf(out);
    }

    static String describe(ExportTree tree) {
        List<String> entries = tree.entries();
        List<String> tops = entries.stream().map(e -> e.contains("/") ? e.substring(0, e.indexOf('/') + 1) : e)
                .distinct().limit(6).toList();
        String refused = tree instanceof ZipTree z && !z.refusedEntries().isEmpty()
                ? "; " + z.refusedEntries().size() + " entries refused (zip-slip)" : "";
        return entries.size() + " files; at the top: " + String.join(", ", tops) + refused;
    }

    static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind is removed with the temporary folder
            }
        }
    }
}
