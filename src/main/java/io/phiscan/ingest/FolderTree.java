package io.phiscan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An unzipped export. Symbolic links are not followed, so nothing outside the folder is read;
 * named pipes and other special files are never opened. What the listing passes over is kept,
 * with why ({@link #passedOver()}, {@link OddFiles}).
 */
final class FolderTree implements ExportTree {
    static final String NOT_UTF8 = "its name, or the name of a folder it is in, is not valid UTF-8"
            + " (the bad bytes were read as U+FFFD), so it cannot be opened by that name";
    private final Path root;
    private List<String> entries;
    /** What the listing found and passed over (special files, links, folders named like files), with why. */
    private Map<String, String> passedOver;

    FolderTree(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    private FolderTree(Path root, List<String> entries, Map<String, String> passedOver) {
        this.root = root;
        this.entries = entries;
        this.passedOver = passedOver;
    }

    /**
     * The tree of a folder directly in this one. When this tree was listed already, the child's
     * files are taken from that listing rather than walked again: a folder of many exports is
     * listed once, though its own recognition and each export's look at every file.
     */
    synchronized FolderTree child(Path folder) {
        Path child = folder.toAbsolutePath().normalize();
        if (entries == null || !root.equals(child.getParent())) {
            return new FolderTree(child);
        }
        String prefix = child.getFileName().toString() + "/";
        List<String> under = new ArrayList<>();
        for (String e : entries) {
            if (e.startsWith(prefix)) {
                under.add(e.substring(prefix.length()));
            }
        }
        Map<String, String> odd = new TreeMap<>();
        passedOver.forEach((e, why) -> {
            if (e.startsWith(prefix)) {
                odd.put(e.substring(prefix.length()), why);
            }
        });
        return new FolderTree(child, List.copyOf(under), Map.copyOf(odd));
    }

    @Override
    public String displayName() {
        return root.toString();
    }

    @Override
    public synchronized List<String> entries() {
        if (entries == null) {
            try {
                Map<String, String> odd = new TreeMap<>();
                entries = files(root, odd);
                passedOver = odd;
            } catch (IOException e) {
                throw new ArchiveFormatException(root.toString(), "", "the folder cannot be listed: " + e.getMessage(), e);
            }
        }
        return entries;
    }

    /**
     * What the listing of the whole folder found and did not list as a file, by path relative to
     * the root, sorted, with why: named pipes, sockets and devices, symbolic links, and folders
     * named like data files ({@code messages.json/}).
     */
    synchronized Map<String, String> passedOver() {
        entries();
        return passedOver;
    }

    /**
     * The regular files under {@code dir}, relative to the root, sorted; each file's type is taken
     * from what listing its folder gave, not asked of the file system again.
     */
    private List<String> files(Path dir, Map<String, String> odd) throws IOException {
        List<String> out = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
                String why = folder.equals(root) ? null : OddFiles.reason(folder, attrs);
                if (why != null) {
                    odd.put(name(folder) + "/", why);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    out.add(name(file));
                } else if (!attrs.isDirectory()) {
                    odd.put(name(file), OddFiles.reason(file, attrs));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(null);
        return List.copyOf(out);
    }

    /**
     * The file's name relative to the root, folders separated by {@code /}. Only where the file
     * system separates folders with {@code \} (Windows) is it turned into {@code /}: elsewhere a
     * backslash is a character of the name ({@code casey\x_1/}), and turning it into a separator
     * named a file that does not exist, passed over in silence.
     */
    private String name(Path file) {
        String name = root.relativize(file).toString();
        String separator = root.getFileSystem().getSeparator();
        return separator.equals("/") ? name : name.replace(separator, "/");
    }

    @Override
    public boolean exists(String entry) {
        Path file = root.resolve(entry).normalize();
        return file.startsWith(root) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public List<String> entriesUnder(String prefix) {
        if (entries != null) {
            return ExportTree.super.entriesUnder(prefix);
        }
        Path dir = root.resolve(prefix).normalize();
        if (!dir.startsWith(root) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try {
            return files(dir, new TreeMap<>());
        } catch (IOException e) {
            throw new ArchiveFormatException(root.toString(), prefix, "the folder cannot be listed: " + e.getMessage(), e);
        }
    }

    /** The files directly in the folder (not below it), sorted; without walking the tree. */
    List<String> rootFiles() {
        if (entries != null) {
            return entries.stream().filter(e -> e.indexOf('/') < 0).toList();
        }
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new ArchiveFormatException(root.toString(), "", "the folder cannot be listed: " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String entry) throws IOException {
        Path file = root.resolve(entry).normalize();
        if (!file.startsWith(root) || Files.isSymbolicLink(file)) {
            throw new ArchiveFormatException(displayName(), entry, "refused: the path leaves the export's folder", null);
        }
        String notAFile = OddFiles.notAFile(file); // a named pipe opened for reading would wait for a writer
        if (notAFile != null) {
            throw new ArchiveFormatException(displayName(), entry, notAFile, null);
        }
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            if (entry.indexOf('\uFFFD') >= 0) {
                // the listing read bytes that are not UTF-8 as U+FFFD: that name is no longer the file's
                throw new ArchiveFormatException(displayName(), entry, NOT_UTF8, e);
            }
            throw e;
        }
    }

    @Override
    public long size(String entry) {
        try {
            return Files.size(root.resolve(entry));
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public String stamp(String entry) {
        return FileStamp.of(root.resolve(entry));
    }

    @Override
    public long modified(String entry) {
        try {
            return Files.getLastModifiedTime(root.resolve(entry), LinkOption.NOFOLLOW_LINKS).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        // nothing held open
    }
}
