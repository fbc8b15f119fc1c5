package io.phiscan.job;

import io.phiscan.report.OwnerOnlyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder a command is told to write reports to ({@code --out}, a job spec's {@code out}),
 * checked before anything runs. Stateless.
 */
final class ReportsFolder {
    private ReportsFolder() {
    }

    /** Checks the folders a run is told to write to, before it starts: its own, and the one its folder is made in. */
    static void check(Path out, Path reportsRoot) {
        if (out != null) {
            ofRun(out);
        }
        if (reportsRoot != null) {
            of(reportsRoot);
        }
    }

    /**
     * The folder to write to: its real path when it exists, so that a symbolic link to a folder
     * writes into that folder and its manifest lists what is there; otherwise the path as given.
     *
     * @throws UnreadableInputException when it, or a folder above it, is a file, or this user may
     *     not write in it (or in the folder it would be created in), or it is another user's folder
     *     whose permissions they cannot make owner-only
     */
    static Path of(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        for (Path p = abs; p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) {
                if (!Files.isWritable(p)) {
                    // the folder, or the one it would be created in, belongs to another user
                    throw new UnreadableInputException("cannot write the reports to " + abs + ": " + p
                            + " is not writable by this user");
                }
                break;
            }
            if (Files.exists(p) || Files.isSymbolicLink(p)) {
                throw new UnreadableInputException("cannot write the reports to " + abs + ": " + p
                        + (Files.exists(p) ? " is a file, not a folder" : " is a symbolic link to nothing"));
            }
        }
        try {
            return Files.isDirectory(abs) ? abs.toRealPath() : abs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the folder " + abs, e);
        }
    }

    /**
     * A run's own folder ({@code --out}), as {@link #of}: when it exists it is made owner-only
     * now, as the report step makes it, so that a folder of another user is refused before the run.
     */
    static Path ofRun(Path out) {
        Path folder = of(out);
        if (Files.isDirectory(folder)) {
            try {
                OwnerOnlyFiles.folder(folder);
            } catch (FileSystemException e) {
                throw new UnreadableInputException("cannot write the reports to " + folder + ": it cannot be made owner-only ("
                        + e.getReason() + "); it belongs to another user");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the folder " + folder, e);
            }
        }
        return folder;
    }
}
