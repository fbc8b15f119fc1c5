package io.phiscan.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Streams through the top level of a JSON file to the array its records are in: the file
 * itself when it is an array ({@code post_comments_1.json}), else the first top-level member
 * with one of the given names whose value is an array ({@code "messages"} of a Messenger
 * thread, {@code "comments_v2"}). The members before it (participants, a thread's name) are
 * kept, up to a bound, as the "head" and given back as a small JSON object; members after it
 * are not read. A UTF-8 byte-order mark is skipped. Nothing but the head is held in memory.
 *
 * <p>Not thread-safe: one locator per stream.
 */
final class JsonMemberLocator {

    /** Where the array starts: the members read before it, the line of its {@code [}, the stream from it on. */
    record Located(byte[] head, long line, InputStream array) {
    }

    static final int MAX_HEAD_BYTES = 8 << 20;

    private final InputStream in;
    private final Set<String> names;
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private boolean headOverflow;
    private long line = 1;
    private String notAnArray;
    private long notAnArrayLine;
    private byte[] headBefore;

    JsonMemberLocator(InputStream in, Set<String> names) {
        this.in = new BufferedInputStream(in, 1 << 16);
        this.names = names;
    }

    /**
     * Reads up to the array.
     *
     * @return the array's position, or {@code null} when the file has no such member
     * @throws ArchiveFormatException (with a line, never content) when the top level is not JSON
     */
    Located locate(String export, String entry) throws IOException {
        int c = skipBom();
        c = skipSpace(c);
        if (c == '[') {
            return new Located("{}".getBytes(StandardCharsets.US_ASCII), line, rest());
        }
        if (c != '{') {
            throw broken(export, entry, c < 0 ? "the file is empty"
                    : c == 0xFE || c == 0xFF || c == 0 ? "the file is in UTF-16, not in UTF-8 as the platform writes it"
                    : "the file is neither a JSON object nor an array");
        }
        keep('{');
        while (true) {
            c = skipSpace(read());
            if (c == '}') {
                return null;
            }
            if (c != '"') {
                throw broken(export, entry, c < 0 ? "the file ends inside its top-level object (truncated?)"
                        : "a top-level member name was expected");
            }
            int memberStart = head.size();
            keep('"');
            String name = string(export, entry);
            c = skipSpace(read());
            if (c != ':') {
                throw broken(export, entry, "':' expected after a member name");
            }
            keep(':');
            c = skipSpace(read());
            if (c == '[' && names.contains(name)) {
                return new Located(closeHead(memberStart), line, rest());
            }
            if (names.contains(name) && notAnArray == null) {
                notAnArray = "the " + name + " member is " + kind(c) + ", not an array";
                notAnArrayLine = line;
                headBefore = closeHead(memberStart);
            }
            value(export, entry, c);
            c = skipSpace(read());
            if (c == '}') {
                return null;
            }
            if (c != ',') {
                throw broken(export, entry, c < 0 ? "the file ends inside its top-level object (truncated?)"
                        : "',' or '}' expected after a top-level member");
            }
            keep(',');
        }
    }

    /**
     * When {@link #locate} found no array: whether the member it looks for is there with another
     * value, in words ({@code "the messages member is an object, not an array"}), else {@code null}.
     */
    String notAnArray() {
        return notAnArray;
    }

    /** The line of the member that is not an array. */
    long notAnArrayLine() {
        return notAnArrayLine;
    }

    /** The members before the one that is not an array (see {@link #notAnArray}), as a JSON object. */
    byte[] headBeforeNotAnArray() {
        return headBefore;
    }

    private static String kind(int c) {
        return switch (c) {
            case '{' -> "an object";
            case '"' -> "a string";
            case 'n' -> "null";
            case 't', 'f' -> Json.TRUE_OR_FALSE;
            default -> "a number or other text";
        };
    }

    /** The members kept so far as one JSON object, or an empty object when there were too many. */
    private byte[] closeHead(int memberStart) {
        if (headOverflow) {
            return "{}".getBytes(StandardCharsets.US_ASCII);
        }
        byte[] b = head.toByteArray();
        int end = memberStart;
        while (end > 0 && (Character.isWhitespace(b[end - 1]) || b[end - 1] == ',')) {
            end--;
        }
        byte[] out = new byte[end + 1];
        System.arraycopy(b, 0, out, 0, end);
        out[end] = '}';
        return out;
    }

    private InputStream rest() {
        return new SequenceInputStream(new ByteArrayInputStream(new byte[] {'['}), in);
    }

    /** Reads a member name (the opening quote is consumed), keeping its bytes. */
    private String string(String export, String entry) throws IOException {
        ByteArrayOutputStream name = new ByteArrayOutputStream();
        boolean escaped = false;
        while (true) {
            int c = read();
            if (c < 0 || c == '\n') {
                throw broken(export, entry, "a member name is not closed");
            }
            keep(c);
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                return name.toString(StandardCharsets.UTF_8);
            }
            name.write(c);
        }
    }

    /** Skips one value whose first byte is {@code c}, keeping its bytes. */
    private void value(String export, String entry, int first) throws IOException {
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        int c = first;
        while (true) {
            if (c < 0) {
                throw broken(export, entry, "the file ends inside a top-level member (truncated?)");
            }
            keep(c);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                    if (depth == 0) {
                        return;
                    }
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return;
                }
            }
            if (depth == 0 && !inString && isScalarEnd(peek())) {
                return;
            }
            c = read();
        }
    }

    private static boolean isScalarEnd(int next) {
        return next < 0 || next == ',' || next == '}' || Character.isWhitespace(next);
    }

    private int skipBom() throws IOException {
        in.mark(3);
        if (in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF) {
            return read();
        }
        in.reset();
        return read();
    }

    private int skipSpace(int c) throws IOException {
        while (c >= 0 && Character.isWhitespace(c)) {
            keep(c);
            c = read();
        }
        return c;
    }

    private void keep(int c) {
        if (headOverflow) {
            return;
        }
        head.write(c);
        if (head.size() > MAX_HEAD_BYTES) {
            headOverflow = true;
            head.reset();
        }
    }

    private int peek() throws IOException {
        in.mark(1);
        int c = in.read();
        in.reset();
        return c;
    }

    private int read() throws IOException {
        int c = in.read();
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private ArchiveFormatException broken(String export, String entry, String why) {
        return new ArchiveFormatException(export, entry, "line " + line, why, null);
    }
}
