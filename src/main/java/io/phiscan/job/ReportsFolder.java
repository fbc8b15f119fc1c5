package io.phiscan.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder a command is told to write reports to ({@code --out}, a job spec's {@code out}),
 * checked before anything runs. Stateless.
 */
final class ReportsFolder {
    private ReportsFolder() {
    }

    /** Checks the folders a run is told to write to, before it starts; {@code null}s are skipped. */
    static void check(Path... folders) {
        for (Path f : folders) {
            if (f != null) {
                of(f);
            }
        }
    }

    /**
     * The folder to write to: its real path when it exists, so that a symbolic link to a folder
     * writes into that folder and its manifest lists what is there; otherwise the path as given.
     *
     * @throws UnreadableInputException when it, or a folder above it, is a file
     */
    static Path of(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        for (Path p = abs; p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) {
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
}
