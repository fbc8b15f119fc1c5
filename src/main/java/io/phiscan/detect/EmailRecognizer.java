package io.phiscan.detect;

import io.phiscan.model.Signal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * E-mail addresses, found from each {@code @} outwards (a local part of letters, digits and
 * {@code . _ % + -}, a domain with a dot and a suffix of two letters or more), so that a long
 * message costs no more than its {@code @} signs. {@code @user@instance} is a handle, not an
 * address. Immutable and thread-safe.
 */
final class EmailRecognizer implements Recognizer {
    static final String ID = "id.email";
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void find(FoldedText text, String messageId, List<Signal> out) {
        String f = text.folded();
        int at = f.indexOf('@');
        while (at >= 0) {
            int start = at;
            while (start > 0 && local(f.charAt(start - 1))) {
                start--;
            }
            int end = at + 1;
            while (end < f.length() && (Character.isLetterOrDigit(f.charAt(end)) && f.charAt(end) < 0x80
                    || f.charAt(end) == '.' || f.charAt(end) == '-')) {
                end++;
            }
            while (end > at + 1 && (f.charAt(end - 1) == '.' || f.charAt(end - 1) == '-')) {
                end--;
            }
            boolean fediverse = start > 0 && f.charAt(start - 1) == '@';
            if (start < at && !fediverse && DOMAIN.matcher(f.substring(at + 1, end)).matches()) {
                out.add(new Signal(Signal.IDENTIFIER, "email", messageId, start, end, text.span(start, end), ID));
            }
            at = f.indexOf('@', end);
        }
    }

    private static boolean local(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-');
    }
}
