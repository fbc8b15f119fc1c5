package io.phiscan.report;

/**
 * Whether a name or an account from an export holds a word longer than a report's table can give
 * a column. A table sizes each column at least as wide as its longest word when its cells break
 * only where text breaks ({@code overflow-wrap: break-word}): an account of the usual length then
 * wraps at a space or after a hyphen, never inside a word. A word of more than {@value #MAX_WORD}
 * characters (a 5,000-character account from a hostile export) would make the table wider than
 * the page that way; its cell breaks anywhere ({@code overflow-wrap: anywhere}), as the page's
 * other cells of text do. Stateless.
 */
final class LongWords {
    /**
     * The longest word a cell keeps whole: longer than the user names of X (15), Reddit (20) and
     * Instagram (30), and with phiscan's own columns it still fits a page 900 px wide.
     */
    static final int MAX_WORD = 30;

    private LongWords() {
    }

    /**
     * Whether the text holds more than {@value #MAX_WORD} characters in a row with no place where
     * text breaks: a space or after a hyphen (a no-break space is not one).
     */
    static boolean hasLongWord(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c)) {
                run = 0;
            } else if (++run > MAX_WORD) {
                return true;
            } else if (c == '-' || c == '\u2010') {
                run = 0;
            }
        }
        return false;
    }
}
