package io.phiscan.index;

import java.nio.file.Path;

/**
 * The workspace's index cannot be read: a file of it is missing, cut or not Lucene's. Running
 * the same command again cannot help; the message says what can.
 */
public class DamagedIndexException extends RuntimeException {
    public DamagedIndexException(Path dir, Throwable cause) {
        super("the index at " + dir + " is damaged and cannot be read (" + cause.getClass().getSimpleName() + ": "
                + cause.getMessage() + "). Restore the workspace from its backup, or move " + dir
                + " away and run phiscan audit --full over the exports to build it again (messages of exports no longer "
                + "at hand are then missing from it)", cause);
    }

    /** Whether a failure to open an index means that it is damaged, rather than busy or out of reach. */
    static boolean isDamage(Throwable t) {
        return t instanceof org.apache.lucene.index.CorruptIndexException
                || t instanceof org.apache.lucene.index.IndexFormatTooOldException
                || t instanceof org.apache.lucene.index.IndexFormatTooNewException
                || t instanceof java.nio.file.NoSuchFileException || t instanceof java.io.FileNotFoundException
                || t instanceof java.io.EOFException;
    }
}
