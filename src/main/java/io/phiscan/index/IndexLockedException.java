package io.phiscan.index;

import java.nio.file.Path;

/** Another writer (in this process or another) holds the index. */
public class IndexLockedException extends RuntimeException {
    public IndexLockedException(Path dir, Throwable cause) {
        super("the index at " + dir + " is being written by another phiscan process", cause);
    }
}
