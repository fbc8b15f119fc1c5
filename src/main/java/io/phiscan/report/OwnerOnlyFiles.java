package io.phiscan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Creates folders (0700) and files (0600) readable by their owner only: reports carry PHI.
 * On file systems without POSIX permissions the platform's defaults apply.
 */
public final class OwnerOnlyFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

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

    /** Opens a file for writing (replacing it), owner-only from the moment it exists. */
    public static OutputStream create(Path file) throws IOException {
        folder(file.getParent());
        if (POSIX) {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
    }
}
