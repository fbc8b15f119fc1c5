package io.phiscan.cli;

import io.phiscan.detect.InvalidPolicyException;
import io.phiscan.index.IndexLockedException;
import io.phiscan.index.InvalidQueryException;
import io.phiscan.job.InvalidJobSpecException;
import io.phiscan.job.NoSuchRunException;
import io.phiscan.job.Terminal;
import io.phiscan.job.UnreadableInputException;
import io.phiscan.job.WorkspaceBusyException;
import io.phiscan.review.ReviewInputException;
import picocli.CommandLine;

/**
 * The exit codes of the contract, and which failure maps to which: 0 done; 1 the job failed
 * (restartable); 2 bad usage, configuration or input that could not be read at all (a file this
 * user may not open among them); 3 done, and a new finding at or above {@code --fail-on} exists.
 */
final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {
    static final int DONE = 0;
    static final int JOB_FAILED = 1;
    static final int BAD_INPUT = 2;
    static final int FINDINGS_AT_FAIL_ON = 3;

    @Override
    public int getExitCode(Throwable t) {
        if (t instanceof CommandLine.ParameterException || t instanceof UnreadableInputException
                || t instanceof InvalidPolicyException || t instanceof InvalidQueryException
                || t instanceof IndexLockedException || t instanceof java.nio.file.NoSuchFileException
                || t instanceof UsageException || t instanceof io.phiscan.review.ReviewInputException
                || t instanceof WorkspaceBusyException || t instanceof InvalidJobSpecException
                || t instanceof NoSuchRunException || t instanceof io.phiscan.job.RemoteSetupException
                || t instanceof io.phiscan.job.SystemSettings.InvalidSettingException
                || t instanceof io.phiscan.index.DamagedIndexException || t instanceof io.phiscan.job.DamagedDatabaseException
                || deniedFile(t) != null) {
            return BAD_INPUT;
        }
        return JOB_FAILED;
    }

    /** What the user is told: the message, and for a file this user may not open, which one. */
    static String message(Throwable t) {
        String denied = deniedFile(t);
        if (denied == null) {
            return t.getMessage();
        }
        // AccessDeniedException's own message is the path alone
        return t instanceof java.nio.file.AccessDeniedException ? denied + ": permission denied"
                : t.getMessage() + ": permission denied (" + denied + ")";
    }

    /**
     * What the user is told on standard error: the {@link #message}, on one line (a line break in a
     * file name it quotes shown as U+23CE, as the log writes it, so that cron mail and the journal
     * do not split it), and the problems of a decisions file one per line after it.
     */
    static String shown(Throwable t) {
        if (t instanceof ReviewInputException r && !r.problems().isEmpty()) {
            StringBuilder out = new StringBuilder(Terminal.oneLine(r.headline()));
            r.problems().forEach(p -> out.append(System.lineSeparator()).append("  ").append(Terminal.oneLine(p)));
            return out.toString();
        }
        return Terminal.oneLine(message(t));
    }

    /** The file this user may not read or write (a job spec, a policy, a workspace of another user), or null. */
    private static String deniedFile(Throwable t) {
        Throwable c = t instanceof java.io.UncheckedIOException ? t.getCause() : t;
        return c instanceof java.nio.file.AccessDeniedException a ? a.getFile() : null;
    }

    /** A problem with what the user asked for, worded for them. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
