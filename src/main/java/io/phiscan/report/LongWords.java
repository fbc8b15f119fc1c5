package io.phiscan.report;

import org.jsoup.nodes.Element;

/**
 * Whether a name, an account, a path or a note from an export holds a word longer than a report's
 * table can give a column, and such text written into a cell so that it wraps between words. A
 * table sizes each column at least as wide as its longest word when its cells break only where
 * text breaks ({@code overflow-wrap: break-word}): a value of the usual length then wraps at a
 * space, after a hyphen (or, in a path, after a slash), never inside a word. A word of more than
 * {@value #MAX_WORD} characters (a 5,000-character account from a hostile export) would make the
 * table wider than the page that way; it breaks anywhere ({@code overflow-wrap: anywhere}), as
 * the page's other cells of text do. Stateless.
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
     * Whether the text holds a word of more than {@value #MAX_WORD} characters: characters in a row
     * with no place where text breaks, a space or after a hyphen (a no-break space is not one; the
     * hyphen is not counted).
     */
    static boolean hasLongWord(String s) {
        for (int from = 0; from < s.length(); ) {
            int end = nextBreak(s, from, false);
            if (wordLength(s, from, end, false) > MAX_WORD) {
                return true;
            }
            from = end;
        }
        return false;
    }

    /**
     * Appends the text to the cell, which breaks only where text breaks (class {@code wraps}): each
     * word of more than {@value #MAX_WORD} characters in a {@code span} of class {@code long}, which
     * may break anywhere; in a path, a {@code <wbr>} after each slash, so that it wraps after a
     * folder's name rather than inside one. The text stays whole: its characters in order, escaped.
     */
    static Element appendWrapping(Element cell, String s, boolean path) {
        cell.addClass("wraps");
        int from = 0;
        int start = 0;
        while (from < s.length()) {
            int end = nextBreak(s, from, path);
            boolean slash = path && s.charAt(end - 1) == '/';
            if (wordLength(s, from, end, path) > MAX_WORD) {
                cell.appendText(s.substring(start, from));
                cell.appendElement("span").addClass("long").text(s.substring(from, end));
                start = end;
            } else if (slash) {
                cell.appendText(s.substring(start, end));
                start = end;
            }
            if (slash) {
                cell.appendElement("wbr");
            }
            from = end;
        }
        if (start < s.length()) {
            cell.appendText(s.substring(start));
        }
        return cell;
    }

    /**
     * The end of the piece that begins at {@code from}: one whitespace character, or a word with
     * the hyphen (or, in a path, the slash) after which it may break.
     */
    private static int nextBreak(String s, int from, boolean path) {
        int i = from;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (Character.isWhitespace(c)) {
                return i == from ? i + Character.charCount(c) : i;
            }
            i += Character.charCount(c);
            if (c == '-' || c == '\u2010' || (path && c == '/')) {
                return i;
            }
        }
        return i;
    }

    /** The characters of the piece's word, not counting the hyphen or slash it may break after. */
    private static int wordLength(String s, int from, int end, boolean path) {
        int last = s.codePointBefore(end);
        return s.codePointCount(from, end) - (last == '-' || last == '\u2010' || (path && last == '/') ? 1 : 0);
    }
}
