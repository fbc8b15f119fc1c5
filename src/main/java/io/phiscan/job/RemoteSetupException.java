package io.phiscan.job;

/** A remote-partitioned audit or a worker asked for without what it needs (a shared database, a broker), worded for the user. */
public final class RemoteSetupException extends RuntimeException {
    RemoteSetupException(String message) {
        super(message);
    }

    RemoteSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
