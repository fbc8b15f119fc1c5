package io.phiscan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * An unzipped export. Symbolic links are not followed, so nothing outside the folder is read.
 */
final class FolderTree implements ExportTree {
    private final Path root;
    private List<String> entries;

    FolderTree(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String displayName() {
        return root.toString();
    }

    @Override
    public synchronized List<String> entries() {
        if (entries == null) {
            try (Stream<Path> walk = Files.walk(root)) {
                entries = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                        .map(p -> root.relativize(p).toString().replace('\\', '/'))
                        .sorted().toList();
            } catch (IOException e) {
                throw new ArchiveFormatException(root.toString(), "", "the folder cannot be listed: " + e.getMessage(), e);
            }
        }
        return entries;
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
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
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
        return Files.newInputStream(file);
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
