package io.phiscan.index;

/** A query that is not valid Lucene query syntax. */
public class InvalidQueryException extends RuntimeException {
    public InvalidQueryException(String query, Throwable cause) {
        super("not a valid query: " + firstLine(cause.getMessage()), cause);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
