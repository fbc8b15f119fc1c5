package io.phiscan.job;

/** Whether phiscan runs on a terminal, with a person watching, or under cron, systemd or a pipe. */
public final class Terminal {
    private Terminal() {
    }

    /** True on a terminal: show the progress line and the long summary; false: one summary line, no progress. */
    public static boolean interactive() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }
}
