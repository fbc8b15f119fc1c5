package io.phiscan.job;

/** A run named on the command line that the workspace does not have (or that has no reports yet). */
public class NoSuchRunException extends RuntimeException {
    public NoSuchRunException(String message) {
        super(message);
    }
}
