package io.phiscan.job;

/**
 * Whether phiscan runs on a terminal, with a person watching, or under cron, systemd or a pipe;
 * and text from exports made safe to print on one.
 */
public final class Terminal {
    private Terminal() {
    }

    /** True on a terminal: show the progress line and the long summary; false: one summary line, no progress. */
    public static boolean interactive() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    /**
     * The text with every control character but the line break and the tab shown as a sign,
     * so that text from an export (a message, a name, a file name) cannot move the cursor,
     * clear the screen, retitle the window or hide what follows: a C0 control as its Unicode
     * control picture (ESC as U+241B, NUL as U+2400), DEL as U+2421, a C1 control as U+FFFD.
     * A carriage return before a line break is dropped; any other is shown as U+240D.
     */
    public static String printable(String s) {
        if (s == null || s.chars().noneMatch(Terminal::control)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!control(c)) {
                out.append(c);
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                continue;
            } else if (c < 0x20) {
                out.append((char) (0x2400 + c));
            } else {
                out.append(c == 0x7F ? '\u2421' : '\uFFFD');
            }
        }
        return out.toString();
    }

    /** {@link #printable} on one line: each line break shown as U+23CE, as the log writes it. */
    public static String oneLine(String s) {
        return s == null ? null : printable(s).replace("\n", " \u23CE ");
    }

    private static boolean control(int c) {
        return c != '\n' && c != '\t' && (c < 0x20 || (c >= 0x7F && c <= 0x9F));
    }
}
