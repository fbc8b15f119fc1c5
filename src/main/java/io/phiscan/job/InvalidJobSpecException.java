package io.phiscan.job;

import java.nio.file.Path;

/** A job spec (or a duration) that cannot be used, naming the file and what is wrong. */
public class InvalidJobSpecException extends RuntimeException {
    public InvalidJobSpecException(Path file, String problem) {
        super((file == null ? "" : file + ": ") + problem);
    }
}
