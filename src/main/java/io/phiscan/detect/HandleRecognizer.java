package io.phiscan.detect;

import io.phiscan.model.Signal;
import java.util.List;

/**
 * Account handles written in a message ({@code @maria_g_1987}, {@code @sunny_k@mastodon.social}):
 * an account is an identifier on the platform. Found from each {@code @} that does not follow a
 * letter, digit, dot or slash (so not an e-mail address or a link). Immutable and thread-safe.
 */
final class HandleRecognizer implements Recognizer {
    static final String ID = "id.handle";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void find(FoldedText text, String messageId, List<Signal> out) {
        String f = text.folded();
        int at = f.indexOf('@');
        while (at >= 0) {
            char before = at > 0 ? f.charAt(at - 1) : ' ';
            int end = at + 1;
            if (!(Character.isLetterOrDigit(before) || before == '.' || before == '@' || before == '/' || before == '_')) {
                end = name(f, at + 1);
                if (end > at + 2 && end < f.length() && f.charAt(end) == '@') {
                    int domain = domain(f, end + 1);
                    end = domain > end + 1 ? domain : end;
                }
                if (end - at - 1 >= 2) {
                    out.add(new Signal(Signal.IDENTIFIER, "handle", messageId, at + 1, end, text.span(at + 1, end), ID));
                }
            }
            at = f.indexOf('@', Math.max(end, at + 1));
        }
    }

    private static int name(String f, int i) {
        int end = i;
        while (end < f.length() && end - i < 30 && (ascii(f.charAt(end)) || f.charAt(end) == '_' || f.charAt(end) == '.')) {
            end++;
        }
        while (end > i && f.charAt(end - 1) == '.') {
            end--;
        }
        return end;
    }

    private static int domain(String f, int i) {
        int end = i;
        while (end < f.length() && (ascii(f.charAt(end)) || f.charAt(end) == '.' || f.charAt(end) == '-')) {
            end++;
        }
        while (end > i && (f.charAt(end - 1) == '.' || f.charAt(end - 1) == '-')) {
            end--;
        }
        return f.substring(i, end).contains(".") ? end : i;
    }

    private static boolean ascii(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
