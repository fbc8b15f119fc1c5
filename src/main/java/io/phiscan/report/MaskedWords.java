package io.phiscan.report;

import java.util.Locale;
import java.util.Set;

/**
 * The words of a redacted page's counterparts masked in text: each word (letters, marks, digits,
 * underscores: {@code [\p{L}\p{M}\p{N}_]+}) that is, in lower case, a word of a counterpart's
 * name or id becomes {@code [NAME]} ({@code [ID]} when all digits), of a handle
 * {@code [HANDLE]}. Scanned by hand: the pattern took most of the redacted page's time. The
 * text is copied only when a word is masked. Thread-safe over sets nobody changes.
 */
final class MaskedWords {
    private final Set<String> names;
    private final Set<String> handleWords;

    /** Over the lower-case words of names and ids, and of handles. */
    MaskedWords(Set<String> names, Set<String> handleWords) {
        this.names = names;
        this.handleWords = handleWords;
    }

    String mask(String s) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            boolean allDigits = true;
            while (i < s.length()) {
                c = s.codePointAt(i);
                if (!isWordChar(c)) {
                    break;
                }
                // as Character.isDigit over the word's chars: a digit outside the BMP is two chars, neither a digit
                allDigits &= Character.isBmpCodePoint(c) && Character.isDigit(c);
                i += Character.charCount(c);
            }
            String w = s.substring(start, i).toLowerCase(Locale.ROOT);
            boolean name = names.contains(w);
            if (name || handleWords.contains(w)) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16);
                }
                out.append(s, copied, start).append(allDigits ? "[ID]" : name ? "[NAME]" : "[HANDLE]");
                copied = i;
            }
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /** Whether a code point is a letter, a mark, a number ({@code \p{L}}, {@code \p{M}}, {@code \p{N}}) or {@code _}. */
    static boolean isWordChar(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
