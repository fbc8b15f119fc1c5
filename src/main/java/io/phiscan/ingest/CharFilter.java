package io.phiscan.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that gives the text of another, changed character by character: what the CSV filters
 * ({@link CarriageReturnsInFields}, {@link BackslashEscapes}) share, the other reader read a
 * buffer at a time and closed with this one. Not thread-safe.
 */
abstract class CharFilter extends Reader {
    private final Reader in;
    private final char[] buffer = new char[8192];
    private int bufferAt;
    private int bufferEnd;

    CharFilter(Reader in) {
        this.in = in;
    }

    /** The next character of the other reader, or -1 at its end. */
    final int next() throws IOException {
        if (bufferAt >= bufferEnd) {
            bufferEnd = in.read(buffer, 0, buffer.length);
            bufferAt = 0;
            if (bufferEnd <= 0) {
                bufferEnd = 0;
                return -1;
            }
        }
        return buffer[bufferAt++];
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
