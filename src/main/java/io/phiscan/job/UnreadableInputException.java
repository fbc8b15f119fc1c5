package io.phiscan.job;

/** An input that is missing or holds no export of a known platform. */
public class UnreadableInputException extends RuntimeException {
    public UnreadableInputException(String message) {
        super(message);
    }
}
