package io.phiscan.index;

/** A query that is not valid Lucene query syntax, or that asks what it cannot be asked where it is used. */
public class InvalidQueryException extends RuntimeException {
    public InvalidQueryException(String query, Throwable cause) {
        super("not a valid query: " + firstLine(cause.getMessage()), cause);
    }

    /** A query valid in syntax that cannot be used here, and why ({@code reason}). */
    public InvalidQueryException(String reason) {
        super(reason);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
