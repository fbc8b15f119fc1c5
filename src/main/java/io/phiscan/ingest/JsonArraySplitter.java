package io.phiscan.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a JSON array, optionally behind a JavaScript assignment ({@code window.YTD.x.part0 = [},
 * {@code Grailbird.data.tweets_2013_01 =} with the array on the next line), into its elements'
 * bytes, one element at a time, so that each is parsed on its own and one broken element cannot
 * take the rest of the file with it.
 *
 * <p>A raw line break inside a string (which JSON forbids) or stray text between elements marks
 * the element broken; reading resumes at the next line that closes an element at the indentation
 * the file's elements use (all real exports are pretty-printed; when the first element opens on
 * the bracket's line, <code>[ {</code>, elements close with <code>}, {</code> at that line's indentation or
 * less, as in Grailbird and 2019 X files). A file that ends inside an
 * element gives a final broken element. Memory is bounded by {@code maxElementBytes}.
 *
 * <p>Not thread-safe.
 */
final class JsonArraySplitter implements Closeable {

    /** One element: its index in the array, the line it starts on, its bytes or why it is broken. */
    record Element(int index, long line, byte[] bytes, String error) {
        boolean ok() {
            return error == null;
        }
    }

    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkEnd;
    private final int maxElementBytes;
    private long line = 1;
    private int column;
    private int index;
    private int elementIndent = -1;
    private boolean bracketLine;
    private int lineIndent;
    private boolean lineHasText;
    private boolean started;
    private boolean finished;
    private int pushback = -2;

    JsonArraySplitter(InputStream in, int maxElementBytes) {
        this(in, maxElementBytes, 1);
    }

    /** A splitter over a stream that starts on line {@code firstLine} of its file (after a skipped head). */
    JsonArraySplitter(InputStream in, int maxElementBytes, long firstLine) {
        this.in = in;
        this.maxElementBytes = maxElementBytes;
        this.line = firstLine;
    }

    /** The line the reader has reached (1-based). */
    long line() {
        return line;
    }

    /** The next element, or {@code null} when the array has ended. */
    Element next() throws IOException {
        if (finished) {
            return null;
        }
        if (!started) {
            started = true;
            if (!skipPrefix()) {
                finished = true;
                return new Element(0, line, null, "no JSON array found in the file");
            }
        }
        while (true) {
            int c = read();
            if (c < 0) {
                finished = true;
                return new Element(index, line, null, "the file ends before the array is closed (truncated?)");
            }
            if (c == ']') {
                finished = true;
                return null;
            }
            if (c == ',' || Character.isWhitespace(c)) {
                continue;
            }
            if (c == '{' || c == '[') {
                if (elementIndent < 0) {
                    bracketLine = column - 1 != lineIndent;
                    elementIndent = bracketLine ? lineIndent : column - 1;
                }
                return element(c);
            }
            long at = line;
            int i = index++;
            recover();
            return new Element(i, at, null, "unexpected text between array elements");
        }
    }

    /**
     * Reads the rest of an element whose opening bracket {@link #next} has read. Scans the buffered
     * chunk in place and copies each scanned stretch at once: elements are most of the file.
     */
    private Element element(int open) throws IOException {
        long startLine = line;
        int i = index++;
        BoundedBytes buf = new BoundedBytes(maxElementBytes);
        buf.add(open);
        int depth = 1;
        boolean inString = false;
        boolean escaped = false;
        while (depth > 0) {
            if (chunkPos >= chunkEnd && !fill()) {
                finished = true;
                return new Element(i, startLine, null, "the file ends inside this element (truncated?)");
            }
            byte[] b = chunk;
            int from = chunkPos;
            int p = from;
            int lastNewline = -1;
            boolean brokenString = false;
            while (p < chunkEnd) {
                int c = b[p++];
                if (inString) {
                    if (escaped) {
                        escaped = false;
                    } else if (c == '\\') {
                        escaped = true;
                    } else if (c == '"') {
                        inString = false;
                    } else if (c == '\n') {
                        line++;
                        lastNewline = p - 1;
                        brokenString = true;
                        break;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    if (--depth == 0) {
                        break;
                    }
                } else if (c == '\n') {
                    line++;
                    lastNewline = p - 1;
                }
            }
            buf.add(b, from, p - from);
            chunkPos = p;
            tracked(from, p, lastNewline);
            if (brokenString) {
                long broken = line - 1;
                recover();
                return new Element(i, startLine, null,
                        "a line break inside a string at line " + broken + " (unterminated string?)");
            }
        }
        if (buf.tooBig()) {
            return new Element(i, startLine, null, "element larger than " + maxElementBytes + " bytes");
        }
        return new Element(i, startLine, buf.toByteArray(), null);
    }

    /**
     * Brings the column and the indentation of the current line up to date after the chunk's
     * bytes {@code [from, to)} were scanned, as {@link #read} keeps them byte by byte.
     *
     * @param lastNewline the position of the last line break among them, or -1
     */
    private void tracked(int from, int to, int lastNewline) {
        int start = from;
        if (lastNewline >= 0) {
            column = 0;
            lineIndent = 0;
            lineHasText = false;
            start = lastNewline + 1;
        }
        column += to - start;
        for (int q = start; q < to && !lineHasText; q++) {
            if (chunk[q] == ' ') {
                lineIndent++;
            } else {
                lineHasText = true;
            }
        }
    }

    /** Reads the next chunk of the stream; false at its end. */
    private boolean fill() throws IOException {
        int n = in.read(chunk, 0, chunk.length);
        if (n <= 0) {
            return false;
        }
        chunkPos = 0;
        chunkEnd = n;
        return true;
    }

    /** Skips to the first {@code [} (after the {@code =} of a JS assignment, if there is one). */
    private boolean skipPrefix() throws IOException {
        int c;
        while ((c = read()) >= 0) {
            if (c == '[') {
                return true;
            }
        }
        return false;
    }

    /**
     * After a broken element: skips to the end of the line that closes an element at the
     * elements' indentation ({@code "  },"} or {@code "  }"}), or to the end of the array.
     */
    private void recover() throws IOException {
        StringBuilder current = new StringBuilder();
        boolean lineStart = column == 0;
        if (!lineStart) {
            skipRestOfLine();
        }
        while (true) {
            current.setLength(0);
            int c;
            while ((c = read()) >= 0 && c != '\n') {
                if (current.length() < 256) {
                    current.append((char) c);
                }
            }
            String text = current.toString().stripTrailing();
            int indent = indentOf(text);
            String body = text.strip();
            boolean closes = bracketLine ? indent <= elementIndent : indent == Math.max(elementIndent, 0);
            if (closes && (body.equals("},") || body.equals("}") || body.equals("}, {"))) {
                if (body.equals("}, {")) {
                    pushback = '{';
                }
                return;
            }
            if (indent == 0 && (body.equals("]") || body.equals("];"))) {
                finished = true;
                return;
            }
            if (c < 0) {
                finished = true;
                return;
            }
        }
    }

    private void skipRestOfLine() throws IOException {
        int c;
        while ((c = read()) >= 0 && c != '\n') {
            // skip
        }
    }

    private static int indentOf(String s) {
        int n = 0;
        while (n < s.length() && s.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private int read() throws IOException {
        if (pushback != -2) {
            int c = pushback;
            pushback = -2;
            return c;
        }
        if (chunkPos >= chunkEnd && !fill()) {
            return -1;
        }
        int c = chunk[chunkPos++] & 0xFF;
        if (c == '\n') {
            line++;
            column = 0;
            lineIndent = 0;
            lineHasText = false;
        } else if (c >= 0) {
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

    @Override
    public void close() throws IOException {
        in.close();
    }
}
