package io.phiscan.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * The text of a CSV file whose quotes are escaped with a backslash ({@code \"}, LinkedIn's
 * {@code Comments.csv}), as commons-csv's backslash escape must see it so that only quotes and
 * backslashes are escaped: a backslash before a quote or another backslash is left as it is; any
 * other backslash, the text's own ({@code S:\peds\new-parents}, {@code ¯\_(ツ)_/¯}), is doubled.
 * Read as written, commons-csv took {@code \n}, {@code \r}, {@code \t}, {@code \b} and
 * {@code \f} for a line break, a return, a tab, a backspace and a form feed, dropped the
 * backslash before a comma or a line break (an unquoted field ending in a backslash ran on into
 * the next line), and failed on a backslash at the end of the file. Lines are not added nor
 * removed: line numbers stay the file's. Not thread-safe.
 */
final class BackslashEscapes extends CharFilter {
    /** Characters to give before reading more: at most a backslash, a backslash and one more. */
    private final char[] out = new char[3];
    private int outAt;
    private int outEnd;
    /** A backslash was read whose next character is not read yet. */
    private boolean backslash;

    BackslashEscapes(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] to, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            if (outAt < outEnd) {
                to[off + n++] = out[outAt++];
                continue;
            }
            int c = next();
            if (c < 0) {
                if (!backslash) {
                    break;
                }
                backslash = false;
                give('\\', '\\', -1);
            } else if (backslash) {
                backslash = false;
                if (c == '"' || c == '\\') {
                    give('\\', c, -1);
                } else {
                    give('\\', '\\', c);
                }
            } else if (c == '\\') {
                backslash = true;
            } else {
                to[off + n++] = (char) c;
            }
        }
        return n == 0 ? -1 : n;
    }

    private void give(int a, int b, int c) {
        out[0] = (char) a;
        out[1] = (char) b;
        outEnd = 2;
        if (c >= 0) {
            out[2] = (char) c;
            outEnd = 3;
        }
        outAt = 0;
    }
}
