package io.phiscan.review;

/** The workspace database failed or holds something it should not. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message + (cause == null ? "" : ": " + cause.getMessage()), cause);
    }
}
