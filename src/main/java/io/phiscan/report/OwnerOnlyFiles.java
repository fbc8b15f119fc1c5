package io.phiscan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

/**
 * Creates folders (0700) and files (0600) readable by their owner only: reports carry PHI, and
 * so do the workspace's database and index, whose files other libraries create.
 * On file systems without POSIX permissions the platform's defaults apply.
 */
public final class OwnerOnlyFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<StandardOpenOption> NEW = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    private static final FileAttribute<?>[] OWNER_READ_WRITE = {PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rw-------"))};
    private static final FileAttribute<?>[] NO_ATTRIBUTES = {};
    private static final Set<PosixFilePermission> OWNER_READ_WRITE_SET = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    /**
     * Creates the folder and any missing parents, each folder it creates owner-only; the folder
     * itself is made owner-only even when it existed.
     */
    public static Path folder(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = absolute; p != null && !Files.exists(p); p = p.getParent()) {
            missing.push(p);
        }
        Files.createDirectories(absolute);
        if (POSIX) {
            missing.add(absolute);
            for (Path created : missing) {
                Files.setPosixFilePermissions(created, PosixFilePermissions.fromString("rwx------"));
            }
        }
        return dir;
    }

    /**
     * Makes a file that another program created (the database's, the index's, the log) owner-only,
     * when it is not already.
     */
    public static void restrict(Path file) throws IOException {
        if (POSIX && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            Set<PosixFilePermission> now = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
            if (!OWNER_ONLY.containsAll(now)) {
                Files.setPosixFilePermissions(file, OWNER_READ_WRITE_SET);
            }
        }
    }

    /** {@link #restrict Restricts} every file directly in a folder (not those of its subfolders). */
    public static void restrictFilesIn(Path dir) throws IOException {
        if (!POSIX || !Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                restrict(f);
            }
        }
    }

    /** Opens a file for writing (replacing it), owner-only from the moment it exists. */
    public static OutputStream create(Path file) throws IOException {
        folder(file.getParent());
        return createIn(file.getParent(), file.getFileName().toString());
    }

    /**
     * Opens a file for writing (replacing it) in a folder that {@link #folder} has made
     * owner-only, without checking the folder again: for the many files of one folder. The file
     * is created owner-only in the same call that opens it.
     */
    public static OutputStream createIn(Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        Files.deleteIfExists(file);
        return Channels.newOutputStream(Files.newByteChannel(file, NEW, POSIX ? OWNER_READ_WRITE : NO_ATTRIBUTES));
    }
}
