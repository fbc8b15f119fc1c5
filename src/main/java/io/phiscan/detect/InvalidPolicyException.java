package io.phiscan.detect;

import java.nio.file.Path;

/** A policy file that cannot be used, and what is wrong with it. */
public class InvalidPolicyException extends RuntimeException {
    public InvalidPolicyException(Path file, String problem) {
        super("policy " + file + ": " + problem);
    }
}
