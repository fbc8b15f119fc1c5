package io.phiscan.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Finds the exports in what the user named: an export zip, an export folder, or a folder
 * holding several of them at any depth. The platform is told from content by
 * {@link ArchiveReaders}. Not thread-safe; close it to release the zips it opened.
 */
public final class ExportLocator implements Closeable {

    /** Something that was looked at and is not an export phiscan can read, and what was seen. */
    public record Unrecognized(Path path, boolean named, String seen) {
    }

    private final ZipLimits limits;
    private final UnaryOperator<ExportTree> view;
    private final List<ExportTree> open = new ArrayList<>();
    private final List<Export> exports = new ArrayList<>();
    private final Map<Export, ExportTree> trees = new IdentityHashMap<>();
    private final List<Unrecognized> unrecognized = new ArrayList<>();

    public ExportLocator(ZipLimits limits) {
        this(limits, UnaryOperator.identity());
    }

    /**
     * A locator whose exports read their files through {@code view}, which wraps every tree
     * before it is recognized (e.g. to count the bytes read for a progress line). The view must
     * present the tree's files unchanged.
     */
    public ExportLocator(ZipLimits limits, UnaryOperator<ExportTree> view) {
        this.limits = limits;
        this.view = view;
    }

    /**
     * Looks at each input in turn. An input that is neither a file nor a folder, or a named
     * input in which no export is found, is listed in {@link #unrecognized()} as named.
     */
    public ExportLocator locate(List<Path> inputs) throws IOException {
        for (Path input : inputs) {
            int before = exports.size();
            if (!Files.exists(input)) {
                unrecognized.add(new Unrecognized(input, true, "no such file or folder"));
                continue;
            }
            visit(input.toAbsolutePath().normalize(), true);
            if (exports.size() == before && unrecognized.stream().noneMatch(u -> u.path().equals(input.toAbsolutePath().normalize()))) {
                unrecognized.add(new Unrecognized(input, true, seen(input)));
            }
        }
        return this;
    }

    private void visit(Path path, boolean named) throws IOException {
        if (Files.isSymbolicLink(path)) {
            return;
        }
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            ExportTree tree = new FolderTree(path);
            if (tryRecognize(tree)) {
                return;
            }
            try (Stream<Path> children = Files.list(path)) {
                for (Path child : children.sorted().toList()) {
                    visit(child, false);
                }
            }
        } else if (isZip(path)) {
            ExportTree tree;
            try {
                tree = ExportTree.open(path, limits);
            } catch (ArchiveFormatException e) {
                unrecognized.add(new Unrecognized(path, named, e.reason()));
                return;
            }
            if (tryRecognize(tree)) {
                return;
            }
            Optional<String> wrapper = singleTopFolder(tree);
            if (wrapper.isPresent() && tryRecognize(tree.below(wrapper.get()))) {
                return;
            }
            tree.close();
            unrecognized.add(new Unrecognized(path, named, "a zip that is not a known export (" + describe(tree) + ")"));
        } else if (named) {
            unrecognized.add(new Unrecognized(path, true, "a file that is neither a zip nor a folder"));
        }
    }

    private boolean tryRecognize(ExportTree tree) throws IOException {
        ExportTree seen = view.apply(tree);
        Optional<Export> export = ArchiveReaders.recognize(seen);
        if (export.isPresent()) {
            open.add(tree);
            exports.add(export.get());
            trees.put(export.get(), seen);
            return true;
        }
        return false;
    }

    private static Optional<String> singleTopFolder(ExportTree tree) {
        String top = null;
        for (String e : tree.entries()) {
            int slash = e.indexOf('/');
            if (slash < 0) {
                return Optional.empty();
            }
            String folder = e.substring(0, slash + 1);
            if (top == null) {
                top = folder;
            } else if (!top.equals(folder)) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(top);
    }

    private static String describe(ExportTree tree) {
        List<String> entries = tree.entries();
        List<String> tops = entries.stream().map(e -> e.contains("/") ? e.substring(0, e.indexOf('/') + 1) : e)
                .distinct().limit(6).toList();
        return entries.size() + " files; at the top: " + String.join(", ", tops);
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

    @Override
    public void close() throws IOException {
        for (ExportTree tree : open) {
            tree.close();
        }
        open.clear();
    }
}
