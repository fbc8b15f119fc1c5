package io.phiscan.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The files of one export, whether it arrived as a zip or was unzipped into a folder.
 * Entry names are relative, with {@code /} separators, and never escape the export's root.
 *
 * <p>Not thread-safe for opening entries concurrently unless the implementation says so.
 */
public interface ExportTree extends Closeable {

    /** The export as the user named it (a path), used in messages and {@code skipped.csv}. */
    String displayName();

    /**
     * Every file of the export, sorted.
     *
     * @throws ArchiveFormatException naming the export and why, when its files can no longer be
     *     listed (a zip rewritten or removed since this run first listed it): never an empty list for it
     */
    List<String> entries();

    /** Opens a file of the export for reading. The stream is bounded against expansion attacks. */
    InputStream open(String entry) throws IOException;

    /** The file's size in bytes as stored (uncompressed size for zip entries), or -1. */
    long size(String entry);

    /** When the file was last modified, in milliseconds since the epoch (a zip entry's own time), or -1. */
    default long modified(String entry) {
        return -1;
    }

    /**
     * A fingerprint of the file taken without reading it (its strict stamp, {@link FileStamp#of};
     * for a zip entry, the zip file's strict stamp and the entry's CRC-32): equal stamps mean the
     * bytes were not rewritten. A change of the file's permissions, owner or links alone changes
     * it too (then only the bytes tell). Empty when none can be taken, and then only the bytes tell.
     */
    default String stamp(String entry) {
        return "";
    }

    /** Whether the export has this file; cheap, for recognizing a format by its marker files. Throws as {@link #entries} does. */
    default boolean exists(String entry) {
        return entries().contains(entry);
    }

    /** The files below a folder of the export ({@code prefix} ends with {@code /}), sorted. */
    default List<String> entriesUnder(String prefix) {
        return entries().stream().filter(e -> e.startsWith(prefix)).toList();
    }

    /** The part of this tree below {@code prefix} (which ends with {@code /}), as its own tree. */
    default ExportTree below(String prefix) {
        return prefix.isEmpty() ? this : new SubTree(this, prefix);
    }

    /**
     * Keeps at hand what opening the tree's files needs (a zip's listing) until the hold is
     * closed: a reader of several files holds its tree so that they are opened without waiting,
     * one by one, for room that other zips being read take of the heap. Waits for that room
     * itself when it must. Nothing to keep for a folder.
     */
    default Hold hold() throws IOException {
        return () -> { };
    }

    /** What {@link #hold} keeps; closing it lets it go. */
    interface Hold extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Opens a zip file or a folder as a tree.
     *
     * @throws ArchiveFormatException when a zip cannot be read at all or breaks the safety limits
     */
    static ExportTree open(Path path, ZipLimits limits) throws IOException {
        if (Files.isDirectory(path)) {
            return new FolderTree(path);
        }
        return ZipTree.open(path, limits);
    }
}
