package io.phiscan.job;

import java.nio.file.Path;

/** Another process (or another run in this one) holds the workspace: phiscan allows one writer. */
public class WorkspaceBusyException extends RuntimeException {
    public WorkspaceBusyException(Path root, String holder, boolean waited) {
        this(root, holder, waited ? "; it was still in use when the wait ended"
                : "; run again when it has finished, or add --wait DURATION (e.g. --wait 30m) to wait for it");
    }

    private WorkspaceBusyException(Path root, String holder, String advice) {
        super("the workspace " + root + " is in use by " + holder + advice);
    }

    /** For a command that cannot wait (it has no {@code --wait}): the holder, and to run again later. */
    static WorkspaceBusyException withoutWaiting(Path root, String holder) {
        return new WorkspaceBusyException(root, holder, "; run again when it has finished");
    }
}
