package io.phiscan.job;

import io.phiscan.report.PlainText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether phiscan runs on a terminal, with a person watching, or under cron, systemd or a pipe;
 * and text from exports made safe to print on one.
 */
public final class Terminal {
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\n\\u2028\\u2029]+");
    private static final int S_IFMT = 0170000;
    private static final int S_IFCHR = 0020000;

    private Terminal() {
    }

    /**
     * True when standard output is a terminal that is not {@code TERM=dumb}: the longer summary;
     * false (cron, systemd, a pipe, a file): the one summary line.
     */
    public static boolean interactive() {
        return stdout() && !"dumb".equals(System.getenv("TERM"));
    }

    /**
     * True when standard error is a terminal that is not {@code TERM=dumb}: the progress line,
     * rewritten in place; false: no progress, and nothing that would rewrite it.
     */
    public static boolean progress() {
        return stderr() && !"dumb".equals(System.getenv("TERM"));
    }

    /**
     * Whether {@code search --color auto} colors what it prints: standard output is a terminal that
     * is not {@code TERM=dumb}, and {@code NO_COLOR} is not set to a value (no-color.org).
     */
    public static boolean colors() {
        return colors(System.getenv(), stdout());
    }

    /** {@link #colors()} in the given environment, standard output a terminal or not. */
    static boolean colors(Map<String, String> env, boolean terminal) {
        String noColor = env.get("NO_COLOR");
        return terminal && !"dumb".equals(env.get("TERM")) && (noColor == null || noColor.isEmpty());
    }

    /** Whether standard output is a terminal, whatever standard input is. */
    public static boolean stdout() {
        return isTerminal(1);
    }

    /** Whether standard error is a terminal, whatever standard input is. */
    public static boolean stderr() {
        return isTerminal(2);
    }

    /**
     * Whether the file descriptor is a terminal. Java 17 has no isatty: {@link System#console()}
     * is null unless standard input and standard output both are terminals, so that {@code
     * phiscan … </dev/null} typed on a terminal would count as off one. On Linux the descriptor's
     * link in {@code /proc/self/fd} names what it is open on: a terminal is a character device
     * named {@code /dev/pts/N}, {@code /dev/ttyX} or {@code /dev/console}; a pipe, a socket, a
     * file or {@code /dev/null} is not. Elsewhere, {@link System#console()} decides.
     */
    static boolean isTerminal(int fd) {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return System.console() != null;
        }
        return isTerminal(fds.resolve(Integer.toString(fd)));
    }

    /** Whether the link of {@code /proc/self/fd} leads to a terminal device (false when it cannot be read). */
    static boolean isTerminal(Path fdLink) {
        try {
            String target = Files.readSymbolicLink(fdLink).toString();
            if (!target.startsWith("/dev/pts/") && !target.startsWith("/dev/tty") && !target.equals("/dev/console")) {
                return false;
            }
            Object mode = Files.getAttribute(fdLink, "unix:mode");
            return mode instanceof Integer m && (m & S_IFMT) == S_IFCHR;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return false;
        }
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
