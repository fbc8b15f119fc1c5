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
 * <p>An element that is {@code null}, {@code true}, a number or a string is one broken element,
 * and the element after it is read. A raw line break inside a string (which JSON forbids) or
 * stray text between elements marks the element broken; reading resumes at the next line that
 * closes an element at the indentation the file's elements use (all real exports are
 * pretty-printed; when the first element opens on the bracket's line, <code>[ {</code>, elements
 * close with <code>}, {</code> at that line's indentation or less, as in Grailbird and 2019 X
 * files; when the first element is the broken one, at the first such line less indented than the
 * damage). A line holding only a closing brace (and a comma) between elements is the closing line
 * of an element that closed early, a bracket of its own lost: it is one broken element and the
 * element after it is read; so is the rest of such an element from a line that starts with a
 * closing square bracket indented at least as far as the elements, a member after it (an array's
 * end among its members, where the array's own closing bracket is less indented). A file that
 * ends inside an element gives a final broken element. Memory is bounded by
 * {@code maxElementBytes}.
 *
 * <p>Not thread-safe.
 */
final class JsonArraySplitter implements Closeable {

    /**
     * One element: its index in the array, the line it starts on, its bytes or why it is broken
     * (with the bytes read before the end of the file, when the file ends inside it, or its bytes
     * to its closing line, when a string in it breaks).
     */
    record Element(int index, long line, byte[] bytes, String error) {
        boolean ok() {
            return error == null;
        }
    }

    private final LineBytes bytes;
    private final int maxElementBytes;
    private int index;
    private int elementIndent = -1;
    private boolean bracketLine;
    private boolean started;
    private boolean finished;
    private boolean ended;
    /** The first byte after a closing square bracket and its blanks and comma ({@link #elementFollows}), -1 at the end. */
    private int afterBracket;

    JsonArraySplitter(InputStream in, int maxElementBytes) {
        this(in, maxElementBytes, 1);
    }

    /** A splitter over a stream that starts on line {@code firstLine} of its file (after a skipped head). */
    JsonArraySplitter(InputStream in, int maxElementBytes, long firstLine) {
        this.bytes = new LineBytes(in, firstLine);
        this.maxElementBytes = maxElementBytes;
    }

    /**
     * The indentation (in spaces) of the lines that open the array's elements, as the first
     * element showed it; -1 before it, or when the elements open on the lines that close the
     * elements before them (<code>}, {</code>).
     */
    int elementIndent() {
        return bracketLine ? -1 : elementIndent;
    }

    /**
     * Whether the array's closing bracket was read: what follows it (read to tell a stray bracket,
     * or by {@link #readToEnd}) can still fail to read, a zip entry's check at its end.
     */
    boolean ended() {
        return ended;
    }

    /** The line the reader has reached (1-based). */
    long line() {
        return bytes.line();
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
                return new Element(0, bytes.line(), null, "no JSON array found in the file");
            }
        }
        while (true) {
            int c = bytes.read();
            if (c < 0) {
                finished = true;
                return new Element(index, bytes.line(), null, "the file ends before the array is closed (truncated?)");
            }
            if (c == ']') {
                long at = bytes.line();
                boolean indentedAsMembers = !bracketLine && elementIndent > 0 && bytes.column() - 1 == bytes.lineIndent()
                        && bytes.lineIndent() >= elementIndent;
                ended = true;
                if (elementFollows()) {
                    ended = false;
                    // a stray closing bracket: the elements after it are still the array's
                    return new Element(index, at, null, "a closing bracket of the array before this element, whose"
                            + " elements go on after it");
                }
                if (indentedAsMembers && afterBracket == '"') {
                    // first on a line indented as the elements' members are, and a member after it: the end of an
                    // array inside an element that closed early (a bracket of its own damaged), not this one's
                    ended = false;
                    int i = index++;
                    recover();
                    return new Element(i, at, null, "the rest of an element that closed early (one of its brackets"
                            + " damaged?), from a closing bracket indented as the elements' members are: not read");
                }
                finished = true;
                return null;
            }
            if (c == ',' || Character.isWhitespace(c)) {
                continue;
            }
            if (c == '{' || c == '[') {
                if (elementIndent < 0) {
                    bracketLine = bytes.column() - 1 != bytes.lineIndent();
                    elementIndent = bracketLine ? bytes.lineIndent() : bytes.column() - 1;
                }
                return element(c);
            }
            long at = bytes.line();
            int i = index++;
            if (c == '}') {
                if (restOfLineIsAComma()) {
                    // the element before closed a bracket early (one of its own lost): this is its own
                    // closing line, and the next element follows it
                    return new Element(i, at, null, "a closing bracket too many between array elements");
                }
                recover();
                return new Element(i, at, null, "unexpected text between array elements");
            }
            String scalar = scalar(c);
            if (scalar != null) {
                return new Element(i, at, null, "an element that is " + scalar + ", not an object or an array");
            }
            recover();
            return new Element(i, at, null, "unexpected text between array elements");
        }
    }

    /**
     * After a {@code ]}: whether an element opens next, after blanks and at most one comma (where
     * the members after an array, or the end of the file, follow the array's own closing bracket).
     * The {@code {} is put back for the element; other bytes read are the array's end.
     */
    private boolean elementFollows() throws IOException {
        boolean comma = false;
        int c;
        while ((c = bytes.read()) >= 0 && (Character.isWhitespace(c) || c == ',' && !comma)) {
            comma |= c == ',';
        }
        afterBracket = c;
        if (c == '{') {
            bytes.unread(c);
            return true;
        }
        return false;
    }

    /**
     * Reads the rest of the line; whether it held no more than a comma and blanks. When it held
     * more, the reading is at the start of the next line, where {@link #recover} goes on.
     */
    private boolean restOfLineIsAComma() throws IOException {
        boolean alone = true;
        boolean comma = false;
        int c;
        while ((c = bytes.read()) >= 0 && c != '\n') {
            if (c == ',' && !comma) {
                comma = true;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                alone = false;
            }
        }
        return alone;
    }

    /**
     * Reads an element that is a JSON literal, a number or a one-line string ({@code null} where a
     * message should be): what it is, in words that never quote it, with the byte after it put
     * back; or {@code null} when the text there is none of these, to be skipped as stray text.
     */
    private String scalar(int first) throws IOException {
        int c;
        if (first == '"') {
            boolean escaped = false;
            while ((c = bytes.read()) >= 0 && c != '\n') {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    return "a string";
                }
            }
            if (c == '\n') {
                bytes.unread(c);
            }
            return null;
        }
        StringBuilder word = new StringBuilder().appendCodePoint(first);
        while ((c = bytes.read()) >= 0 && (Character.isLetterOrDigit(c) || c == '.' || c == '+' || c == '-')) {
            if (word.length() < 32) {
                word.appendCodePoint(c);
            }
        }
        if (c >= 0) {
            bytes.unread(c);
        }
        String w = word.toString();
        if (w.equals("null")) {
            return w;
        }
        if (w.equals("true") || w.equals("false")) {
            return Json.TRUE_OR_FALSE;
        }
        return w.matches("-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?") ? "a number" : null;
    }

    /**
     * Reads the rest of an element whose opening bracket {@link #next} has read. Scans the buffered
     * chunk in place and copies each scanned stretch at once: elements are most of the file.
     */
    private Element element(int open) throws IOException {
        long startLine = bytes.line();
        int i = index++;
        BoundedBytes buf = new BoundedBytes(maxElementBytes);
        buf.add(open);
        int depth = 1;
        boolean inString = false;
        boolean escaped = false;
        while (depth > 0) {
            if (!bytes.available()) {
                finished = true;
                // the bytes before the cut go with the error, for a reader that can salvage part of an element
                return new Element(i, startLine, buf.tooBig() ? null : buf.toByteArray(),
                        "the file ends inside this element (truncated?)");
            }
            byte[] b = bytes.buffer();
            int from = bytes.position();
            int limit = bytes.limit();
            int p = from;
            int newlines = 0;
            int lastNewline = -1;
            boolean brokenString = false;
            while (p < limit) {
                int c = b[p++];
                if (inString) {
                    if (escaped) {
                        escaped = false;
                    } else if (c == '\\') {
                        escaped = true;
                    } else if (c == '"') {
                        inString = false;
                    } else if (c == '\n') {
                        newlines++;
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
                    newlines++;
                    lastNewline = p - 1;
                }
            }
            buf.add(b, from, p - from);
            bytes.consumed(p, newlines, lastNewline);
            if (brokenString) {
                long broken = bytes.line() - 1;
                // the element's bytes, those before the break and those skipped to its closing line, go
                // with the error, for a reader that can salvage part of an element
                recover(buf);
                return new Element(i, startLine, buf.tooBig() ? null : buf.toByteArray(),
                        "a line break inside a string at line " + broken + " (unterminated string?)");
            }
        }
        if (buf.tooBig()) {
            return new Element(i, startLine, null, "element larger than " + maxElementBytes + " bytes");
        }
        return new Element(i, startLine, buf.toByteArray(), null);
    }

    /** Skips to the first {@code [} (after the {@code =} of a JS assignment, if there is one). */
    private boolean skipPrefix() throws IOException {
        int c;
        while ((c = bytes.read()) >= 0) {
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
        recover(null);
    }

    /**
     * {@link #recover()}, adding the lines it skips (from the start of a line) to {@code kept}, when
     * given. When no element was read whole before (the first one is broken), the elements'
     * indentation is not known yet: the closing line sought is then the first one less indented
     * than the line where the damage was found, and its indentation the elements'.
     */
    private void recover(BoundedBytes kept) throws IOException {
        StringBuilder current = new StringBuilder();
        int damagedIndent = bytes.lineIndent();
        if (bytes.column() != 0) {
            bytes.skipRestOfLine();
        }
        while (true) {
            current.setLength(0);
            int c;
            while ((c = bytes.read()) >= 0 && c != '\n') {
                if (current.length() < 256) {
                    current.append((char) c);
                }
                if (kept != null) {
                    kept.add(c);
                }
            }
            if (kept != null && c == '\n') {
                kept.add(c);
            }
            String text = current.toString().stripTrailing();
            int indent = indentOf(text);
            String body = text.strip();
            boolean closes = bracketLine ? indent <= elementIndent
                    : elementIndent >= 0 ? indent == elementIndent : indent < damagedIndent;
            if (closes && (body.equals("},") || body.equals("}") || body.equals("}, {"))) {
                if (elementIndent < 0 && !bracketLine) {
                    elementIndent = indent;
                }
                if (body.equals("}, {")) {
                    bytes.unread('{');
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

    private static int indentOf(String s) {
        int n = 0;
        while (n < s.length() && s.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    /**
     * Reads what follows the array (a {@code ;}, a line break) to the end of the file: a stream
     * that checks its bytes once at their end (a zip entry's CRC-32) checks them then.
     */
    void readToEnd() throws IOException {
        while (bytes.read() >= 0) {
            // what follows the array is not read
        }
    }

    @Override
    public void close() throws IOException {
        bytes.close();
    }
}
