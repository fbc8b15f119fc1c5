package io.phiscan.report;

/**
 * Text from an export made safe to show as plain text (a chart note, a terminal): every control
 * character but the line break and the tab shown as a sign, so that a message or a name cannot
 * move a terminal's cursor, clear its screen, retitle its window or hide what follows, nor put
 * invisible bytes into a medical record. A C0 control is shown as its Unicode control picture
 * (ESC as U+241B, NUL as U+2400), DEL as U+2421, a C1 control as U+FFFD; a carriage return
 * before a line break is dropped, any other shown as U+240D. Stateless.
 */
public final class PlainText {
    private PlainText() {
    }

    /** The text with its control characters shown as signs; {@code null} stays {@code null}. */
    public static String printable(String s) {
        if (s == null || s.chars().noneMatch(PlainText::control)) {
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

    private static boolean control(int c) {
        return c != '\n' && c != '\t' && (c < 0x20 || (c >= 0x7F && c <= 0x9F));
    }
}
