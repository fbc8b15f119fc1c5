package io.phiscan.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What is found in an export's folder that is not a file to read, and why it is passed over:
 * named pipes (never opened: opening one for reading waits for a writer, for ever), sockets,
 * devices, symbolic links (not followed, so nothing outside the folder is read), and folders
 * named like the data files the readers look for ({@code messages.json/}, {@code outbox.json/})
 * where a file is expected. Each is listed in {@code skipped.csv}, never passed over in silence.
 * Stateless and thread-safe.
 */
final class OddFiles {
    /** The names of the files the readers read: a folder so named is where such a file was expected. */
    private static final Pattern DATA_FILE = Pattern.compile(".+\\.(json|js|csv|html?)", Pattern.CASE_INSENSITIVE);
    private static final int TYPE = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private OddFiles() {
    }

    /**
     * Why the file, with the attributes its folder's listing gave (links not followed), is not
     * read, or null when it is a regular file or a folder to look into.
     */
    static String reason(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile()) {
            return null;
        }
        if (attrs.isDirectory()) {
            return folderNamedLikeAFile(file);
        }
        if (attrs.isSymbolicLink()) {
            return "a symbolic link: not followed, so that nothing outside the export's folder is read";
        }
        return kind(file) + ": not a regular file, not opened";
    }

    /** Why a folder is passed over as a file would be, when it is named like a data file, or null. */
    static String folderNamedLikeAFile(Path folder) {
        return folderNamedLikeAFile(folder.getFileName().toString());
    }

    /** {@link #folderNamedLikeAFile(Path)} by the folder's name. */
    static String folderNamedLikeAFile(String name) {
        return DATA_FILE.matcher(name).matches()
                ? "a folder where a file of this name (" + extension(name) + ") is expected: not read as one" : null;
    }

    /** Why the path is not opened as a file, or null when it is a regular file (links not followed). */
    static String notAFile(Path file) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isRegularFile()) {
                return null;
            }
            if (attrs.isDirectory()) {
                return "a folder, not a file";
            }
            return attrs.isSymbolicLink() ? "a symbolic link: not followed" : kind(file) + ": not a regular file, not opened";
        } catch (IOException e) {
            return null; // opening it says what is wrong
        }
    }

    /** A named pipe, a socket or a device, as the file's Unix mode says; or, without one, "a special file". */
    private static String kind(Path file) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            int type = mode instanceof Integer m ? m & TYPE : -1;
            return switch (type) {
                case FIFO -> "a named pipe (FIFO)";
                case SOCKET -> "a socket";
                case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file";
        }
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.')).toLowerCase(Locale.ROOT);
    }
}
