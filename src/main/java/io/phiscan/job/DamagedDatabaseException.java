package io.phiscan.job;

/**
 * The workspace's embedded database cannot be read: its file is cut or damaged. Running the
 * same command again cannot help; the message says what can.
 */
public class DamagedDatabaseException extends RuntimeException {
    /** H2's code for a database file it cannot read (FILE_CORRUPTED_1). */
    static final int H2_FILE_CORRUPTED = 90030;

    DamagedDatabaseException(String database, Throwable cause) {
        super("the workspace's database " + database + " is damaged and cannot be read (" + firstLine(cause.getMessage())
                + "). Restore the workspace from its backup; its findings, decisions and run history are in that database",
                cause);
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int cut = m.indexOf('\n');
        return cut < 0 ? m : m.substring(0, cut).strip();
    }

    /** The damage a failure to start shows, when it is a damaged database file; else null. */
    static DamagedDatabaseException of(String database, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == H2_FILE_CORRUPTED) {
                return new DamagedDatabaseException(database, sql);
            }
        }
        return null;
    }
}
