package io.phiscan.ingest;

import io.phiscan.model.SourceRef;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Finds the exports in what the user named: an export zip, an export folder, or a folder
 * holding several of them at any depth. The platform is told from content by
 * {@link ArchiveReaders}. A zip that is not an export is searched too ({@link ZipSearch}: its
 * folders, and the zips inside it, one level deep). What is looked at and cannot be read (a
 * damaged zip, an export whose owner file names an account longer than any, a zip of something else) is listed with
 * what was seen. Not thread-safe; close it to release the zips it opened and the temporary
 * copies of zips taken out of zips.
 */
public final class ExportLocator implements Closeable {

    /** Something that was looked at and is not an export phiscan can read, and what was seen. */
    public record Unrecognized(Path path, boolean named, String seen) {
    }

    private final ZipLimits limits;
    private final UnaryOperator<ExportTree> view;
    private final List<ExportTree> open = new ArrayList<>();
    private final List<Path> temporary = new ArrayList<>();
    private final List<Export> exports = new ArrayList<>();
    private final Map<Export, ExportTree> trees = new IdentityHashMap<>();
    private final List<Unrecognized> unrecognized = new ArrayList<>();
    private final ZipSearch zips;
    /** Whether a folder's children are passed over once the current input has given an export. */
    private boolean firstOnly;
    /** How many exports were found before the current input. */
    private int inputStart;
    /** The paths of the exports found. */
    private final Set<String> foundPaths = new HashSet<>();
    /** The exports found again at a path already found (an input named twice, or inside another). */
    private int foundAgain;

    public ExportLocator(ZipLimits limits) {
        this(limits, UnaryOperator.identity());
    }

    /**
     * A locator whose exports read their files through {@code view}, which wraps every tree
     * before it is recognized (e.g. to count the bytes read for a progress line). The view must
     * present the tree's files unchanged.
     */
    public ExportLocator(ZipLimits limits, UnaryOperator<ExportTree> view) {
        this(limits, view, Runtime.getRuntime().maxMemory());
    }

    /** A locator that lists zips as if the heap were {@code maxHeap} bytes ({@link ZipTree#heapBound}). */
    ExportLocator(ZipLimits limits, UnaryOperator<ExportTree> view, long maxHeap) {
        this.limits = limits;
        this.view = view;
        this.zips = new ZipSearch(limits, maxHeap, new ZipSearch.Sink() {
            @Override
            public boolean recognize(ExportTree tree, boolean named, List<IngestRecord.Bad> extra, String damage)
                    throws IOException {
                return tryRecognize(tree, named, extra, damage);
            }

            @Override
            public void unrecognized(String name, boolean named, String seen) {
                unrecognized.add(new Unrecognized(Path.of(name), named, seen));
            }

            @Override
            public void keepOpen(ExportTree zip, Path tempFile) {
                open.add(zip);
                if (tempFile != null) {
                    temporary.add(tempFile);
                }
            }
        });
    }

    /**
     * Looks at each input in turn. An input that is neither a file nor a folder, or a named
     * input in which no export is found, is listed in {@link #unrecognized()} as named. An input
     * that is a symbolic link is looked at where it leads, and its exports carry that real path;
     * the links found inside an input are listed, never followed.
     */
    public ExportLocator locate(List<Path> inputs) throws IOException {
        for (Path input : inputs) {
            int before = exports.size();
            int foundAgainBefore = foundAgain;
            inputStart = before;
            int problems = unrecognized.size();
            if (!Files.exists(input)) {
                unrecognized.add(new Unrecognized(input, true, MissingInput.why(input)));
                continue;
            }
            // a link the user named is followed, once, here: its export is known by the path it leads to (so that the
            // ledger sees the same export through the link or without it); links inside an export are never followed
            Path normal = Files.isSymbolicLink(input) ? input.toRealPath() : input.toAbsolutePath().normalize();
            visit(normal, true, null);
            if (exports.size() == before && foundAgain == foundAgainBefore
                    && unrecognized.stream().noneMatch(u -> u.named() && u.path().equals(normal))) {
                String inside = unrecognized.size() > problems
                        ? "; inside it, " + unrecognized.get(problems).path().getFileName() + ": " + unrecognized.get(problems).seen()
                        : "";
                unrecognized.add(new Unrecognized(input, true, seen(input) + inside));
            }
        }
        return this;
    }

    /**
     * Looks at each input as {@link #locate} does, but only until an export is found in it: enough
     * to tell which inputs hold no export at all (named in {@link #unrecognized()}, as
     * {@link #locate} names them) without recognizing every export of a large folder.
     * {@link #exports()} then holds the first export found in each input.
     */
    public ExportLocator locateFirst(List<Path> inputs) throws IOException {
        firstOnly = true;
        try {
            return locate(inputs);
        } finally {
            firstOnly = false;
        }
    }

    /** Looks at a file or folder; {@code parent} is the tree of the folder holding it, when that was looked at. */
    private void visit(Path path, boolean named, FolderTree parent) throws IOException {
        if (Files.isSymbolicLink(path)) {
            if (!named) {
                unrecognized.add(new Unrecognized(path, false, OddFiles.notAFile(path)));
            }
            return;
        }
        String special = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? null : OddFiles.notAFile(path);
        if (special != null) {
            // a named pipe is never opened: reading it would wait for a writer
            unrecognized.add(new Unrecognized(path, named, special));
        } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            FolderTree tree = parent == null ? new FolderTree(path) : parent.child(path);
            if (tryRecognize(tree, named, List.of(), null)) {
                return;
            }
            String misnamed = OddFiles.folderNamedLikeAFile(path);
            if (misnamed != null && !named) {
                unrecognized.add(new Unrecognized(path, false, misnamed));
            }
            try (Stream<Path> children = Files.list(path)) {
                for (Path child : children.sorted().toList()) {
                    if (firstOnly && exports.size() > inputStart) {
                        return;
                    }
                    visit(child, false, tree);
                }
            }
        } else if (isZip(path)) {
            zips.search(path, path.toString(), named, 0, null);
        } else if (isTarGz(path)) {
            // Mastodon wrote its archives so until 2023
            unrecognized.add(new Unrecognized(path, named, "a .tar.gz archive, which phiscan does not open: unpack it"
                    + " (tar -xzf) and audit the folder"));
        } else if (named) {
            unrecognized.add(new Unrecognized(path, true, "a file that is neither a zip nor a folder"));
        } else if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            // an export that did not download whole, among others: listed, where other files are passed over
            unrecognized.add(new Unrecognized(path, false, "a file named .zip that is not a zip ("
                    + Files.size(path) + " bytes; a download that did not finish?)"));
        }
    }

    /**
     * True when the tree is an export: read (added) or of a known platform but unreadable (listed,
     * after {@code damage}, what is wrong with the zip it was salvaged from, if any).
     */
    private boolean tryRecognize(ExportTree tree, boolean named, List<IngestRecord.Bad> extra, String damage)
            throws IOException {
        ExportTree seen = view.apply(tree);
        Optional<Export> export;
        try {
            export = ArchiveReaders.recognize(seen);
        } catch (ArchiveFormatException e) {
            unrecognized.add(new Unrecognized(Path.of(tree.displayName()), named,
                    damage == null ? e.reason() : damage + "; what it holds before the damage: " + e.reason()));
            return true;
        }
        if (export.isEmpty()) {
            return false;
        }
        List<IngestRecord.Bad> problems = extra;
        if (tree instanceof FolderTree folder) {
            open.add(tree);
            problems = new ArrayList<>(extra);
            for (Map.Entry<String, String> odd : folder.passedOver().entrySet()) {
                problems.add(new IngestRecord.Bad(new SourceRef(export.get().path(), odd.getKey(), ""), odd.getValue()));
            }
        }
        if (!foundPaths.add(export.get().path())) {
            // named twice, or inside another input named too: read once
            foundAgain++;
            return true;
        }
        Export found = problems.isEmpty() ? export.get() : new ReportedExport(export.get(), problems);
        exports.add(found);
        trees.put(found, seen);
        return true;
    }

    private static String seen(Path input) {
        if (Files.isDirectory(input)) {
            try (Stream<Path> children = Files.list(input)) {
                List<String> names = children.map(p -> p.getFileName() + (Files.isDirectory(p) ? "/" : ""))
                        .sorted().limit(8).toList();
                return names.isEmpty() ? "an empty folder" : "a folder holding " + String.join(", ", names)
                        + " and no export of a known platform";
            } catch (IOException e) {
                return "a folder that cannot be listed";
            }
        }
        return "a file that is not an export";
    }

    private static boolean isTarGz(Path path) throws IOException {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".tar.gz") || name.endsWith(".tgz")) || !Files.isRegularFile(path)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
        }
    }

    private static boolean isZip(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && (magic[2] == 3 || magic[2] == 5);
        }
    }

    /** The exports found, in the order found (inputs in order, folders sorted). */
    public List<Export> exports() {
        return List.copyOf(exports);
    }

    /** The tree an export was recognized in: its parts are entries of this tree. */
    public ExportTree tree(Export export) {
        ExportTree tree = trees.get(export);
        if (tree == null) {
            throw new IllegalArgumentException("not an export this locator found: " + export.path());
        }
        return tree;
    }

    /** What was looked at and not read. */
    public List<Unrecognized> unrecognized() {
        return List.copyOf(unrecognized);
    }

    /** The limits zips are opened with. */
    public ZipLimits limits() {
        return limits;
    }

    @Override
    public void close() throws IOException {
        for (ExportTree tree : open) {
            tree.close();
        }
        open.clear();
        for (Path temp : temporary) {
            ZipSearch.deleteQuietly(temp);
        }
        temporary.clear();
    }
}
