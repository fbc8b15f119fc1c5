package io.phiscan.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream's bytes, buffered, with the line, the column and the indentation of the current line
 * kept as they are consumed: a byte at a time ({@link #read}), or a stretch of the buffer that
 * the caller scanned in place ({@link #buffer}, {@link #position}, {@link #limit}, then
 * {@link #consumed}). One byte can be put back. Not thread-safe.
 */
final class LineBytes implements Closeable {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long line;
    private int column;
    private int lineIndent;
    private boolean lineHasText;
    private int pushback = -2;

    /** The bytes of a stream that starts on line {@code firstLine} of its file. */
    LineBytes(InputStream in, long firstLine) {
        this.in = in;
        this.line = firstLine;
    }

    /** The line reached (1-based). */
    long line() {
        return line;
    }

    /** How many bytes of the current line were consumed. */
    int column() {
        return column;
    }

    /** How many spaces begin the current line, as far as it was consumed. */
    int lineIndent() {
        return lineIndent;
    }

    /** The next byte (0 to 255), or -1 at the end of the stream. */
    int read() throws IOException {
        if (pushback != -2) {
            int c = pushback;
            pushback = -2;
            return c;
        }
        if (!available()) {
            return -1;
        }
        int c = buffer[position++] & 0xFF;
        if (c == '\n') {
            line++;
            column = 0;
            lineIndent = 0;
            lineHasText = false;
        } else {
            column++;
            if (!lineHasText) {
                if (c == ' ') {
                    lineIndent++;
                } else {
                    lineHasText = true;
                }
            }
        }
        return c;
    }

    /** Puts a byte back: the next {@link #read} gives it (without counting it again). */
    void unread(int c) {
        pushback = c;
    }

    /** Reads to the end of the current line, its line break included. */
    void skipRestOfLine() throws IOException {
        int c;
        while ((c = read()) >= 0 && c != '\n') {
            // skip
        }
    }

    /**
     * Whether buffered bytes are left to scan in place, reading more from the stream when none
     * are; false at its end. Not for use while a byte is put back.
     */
    boolean available() throws IOException {
        if (position < limit) {
            return true;
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    /** The buffer; its bytes from {@link #position} to {@link #limit} are the next ones. */
    byte[] buffer() {
        return buffer;
    }

    int position() {
        return position;
    }

    int limit() {
        return limit;
    }

    /**
     * Consumes the scanned bytes from {@link #position} to {@code to}, keeping the line, column and
     * indentation as {@link #read} would have.
     *
     * @param newlines the line breaks among them
     * @param lastNewline the position of the last of them, or -1
     */
    void consumed(int to, int newlines, int lastNewline) {
        int start = position;
        line += newlines;
        if (lastNewline >= 0) {
            column = 0;
            lineIndent = 0;
            lineHasText = false;
            start = lastNewline + 1;
        }
        column += to - start;
        for (int q = start; q < to && !lineHasText; q++) {
            if (buffer[q] == ' ') {
                lineIndent++;
            } else {
                lineHasText = true;
            }
        }
        position = to;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
