package io.phiscan.job;

import io.phiscan.report.PlainText;
import java.util.regex.Pattern;

/**
 * Whether phiscan runs on a terminal, with a person watching, or under cron, systemd or a pipe;
 * and text from exports made safe to print on one.
 */
public final class Terminal {
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\n\\u2028\\u2029]+");

    private Terminal() {
    }

    /** True on a terminal: show the progress line and the long summary; false: one summary line, no progress. */
    public static boolean interactive() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    /**
     * The text with every control character but the line break and the tab shown as a sign
     * ({@link PlainText#printable}), so that text from an export (a message, a name, a file name)
     * cannot move the cursor, clear the screen, retitle the window or hide what follows.
     */
    public static String printable(String s) {
        return PlainText.printable(s);
    }

    /**
     * {@link #printable} on one line: each line break (a line feed, U+2028, U+2029) shown as
     * U+23CE, as the log writes it; the others are control characters, shown as signs.
     */
    public static String oneLine(String s) {
        return s == null ? null : LINE_BREAKS.matcher(printable(s)).replaceAll(" \u23CE ");
    }
}
