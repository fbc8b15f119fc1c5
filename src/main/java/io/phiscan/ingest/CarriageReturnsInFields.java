package io.phiscan.ingest;

import java.io.IOException;

/**
 * The text of a CSV file as commons-csv is to read it when a carriage return alone is the text's
 * ({@link CheckedUtf8Reader#loneCrIsText()}: the file's lines end with LF or CRLF): commons-csv
 * ends a record at any carriage return outside quotes, so one alone in an unquoted field split
 * its record in two (the first part read as if whole, the rest a record of too few fields). Each
 * such carriage return is given as {@link #STAND_IN}, which {@link CsvRow} gives back as a
 * carriage return; a {@code U+FFFF} of the file, a noncharacter, is given as {@code U+FFFD}. In a
 * file whose lines end with a carriage return alone, every character is given as it is. Not
 * thread-safe.
 */
final class CarriageReturnsInFields extends CharFilter {
    /** What stands for a carriage return that is text: a noncharacter, never text of its own. */
    static final char STAND_IN = '\uFFFF';

    private final CheckedUtf8Reader in;
    /** The character read after a carriage return, to be given next; -1 when none. */
    private int pending = -1;

    CarriageReturnsInFields(CheckedUtf8Reader in) {
        super(in);
        this.in = in;
    }

    @Override
    public int read(char[] to, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            int c = take();
            if (c < 0) {
                break;
            }
            if (c == '\r') {
                // before a line feed it ends a line; alone, in a file of LF or CRLF lines, it is text
                int after = take();
                pending = after;
                to[off + n++] = after != '\n' && in.loneCrIsText() ? STAND_IN : '\r';
            } else {
                to[off + n++] = c == STAND_IN ? '\uFFFD' : (char) c;
            }
        }
        return n == 0 ? -1 : n;
    }

    private int take() throws IOException {
        if (pending >= 0) {
            int c = pending;
            pending = -1;
            return c;
        }
        return next();
    }
}
