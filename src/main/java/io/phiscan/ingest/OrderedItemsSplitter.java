package io.phiscan.ingest;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits an ActivityStreams collection file ({@code {"@context":…, "type":"OrderedCollection",
 * "orderedItems":[…]}}) into the bytes of its items, one at a time, scanning bytes without
 * parsing the file as a whole: an outbox of any size is read in bounded memory, and one broken
 * item (bytes that are not UTF-8, bad JSON) cannot take the others with it.
 *
 * <p>Every {@code orderedItems} array of the top-level object is read, in file order: Mastodon
 * has written outboxes with two {@code orderedItems} keys (the first one empty) and two
 * {@code @context} keys. A file that ends inside an item, or before the collection is closed,
 * gives a final broken element. Not thread-safe.
 */
final class OrderedItemsSplitter implements Closeable {

    /** One item: its index across the file's item arrays, where it starts, its bytes or why it is broken. */
    record Element(int index, long line, long offset, byte[] bytes, String error) {
        boolean ok() {
            return error == null;
        }

        String position() {
            return "item " + index + ", line " + line + ", byte " + offset;
        }
    }

    private static final byte[] KEY = "orderedItems".getBytes(StandardCharsets.UTF_8);

    private final InputStream in;
    private final int maxItemBytes;
    /** Bytes read ahead from the stream: {@code buffer[bufferAt..bufferEnd)}. */
    private final byte[] buffer = new byte[1 << 16];
    private int bufferAt;
    private int bufferEnd;
    private long line = 1;
    private long offset = -1;
    private int depth;
    private boolean inArray;
    private boolean finished;
    private int index;
    private int pushback = -2;

    OrderedItemsSplitter(InputStream in, int maxItemBytes) {
        this.in = in;
        this.maxItemBytes = maxItemBytes;
    }

    /** The next item, or {@code null} when the collection has ended. */
    Element next() throws IOException {
        while (!finished) {
            if (!inArray && !seekArray()) {
                finished = true;
                return depth > 0 ? new Element(index, line, offset, null,
                        "the file ends before the collection is closed (truncated?)") : null;
            }
            int c = skipBlanks();
            if (c < 0) {
                finished = true;
                return new Element(index, line, offset, null, "the file ends inside orderedItems (truncated?)");
            }
            if (c == ']') {
                inArray = false;
                depth--;
                continue;
            }
            return item(c);
        }
        return null;
    }

    private int skipBlanks() throws IOException {
        int c;
        do {
            c = read();
        } while (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t');
        return c;
    }

    /** Reads to the opening bracket of the next {@code orderedItems} array of the top-level object. */
    private boolean seekArray() throws IOException {
        boolean value = false;
        ByteArrayOutputStream key = new ByteArrayOutputStream();
        byte[] lastKey = null;
        int c;
        while ((c = read()) >= 0) {
            if (c == '"') {
                boolean isKey = depth == 1 && !value;
                key.reset();
                readString(isKey ? key : null);
                if (isKey) {
                    lastKey = key.toByteArray();
                }
            } else if (c == ':') {
                value = depth == 1 || value;
            } else if (c == ',') {
                if (depth == 1) {
                    value = false;
                }
            } else if (c == '[' || c == '{') {
                depth++;
                if (c == '[' && depth == 2 && value && java.util.Arrays.equals(lastKey, KEY)) {
                    inArray = true;
                    return true;
                }
            } else if (c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Reads the rest of a string whose opening quote was read, into {@code out} when given. */
    private void readString(ByteArrayOutputStream out) throws IOException {
        boolean escaped = false;
        int c;
        while ((c = read()) >= 0) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                return;
            }
            if (out != null && out.size() < 256) {
                out.write(c);
            }
        }
    }

    private Element item(int first) throws IOException {
        long startLine = line;
        long startOffset = offset;
        int i = index++;
        // the item's bytes so far (null once it is larger than allowed: the rest is only scanned)
        byte[] bytes = new byte[1024];
        int size = 0;
        bytes[size++] = (byte) first;
        int d = first == '{' || first == '[' ? 1 : 0;
        boolean inString = first == '"';
        boolean escaped = false;
        // scanned a buffer at a time: every byte is looked at once, and copied by the run
        while (d > 0 || inString) {
            if (bufferAt >= bufferEnd && !fill()) {
                finished = true;
                return new Element(i, startLine, startOffset, null, "the file ends inside this item (truncated?)");
            }
            byte[] b = buffer;
            int from = bufferAt;
            int p = from;
            int end = bufferEnd;
            long lines = 0;
            while (p < end) {
                int c = b[p++];
                if (c == '\n') {
                    lines++;
                }
                if (inString) {
                    if (escaped) {
                        escaped = false;
                    } else if (c == '\\') {
                        escaped = true;
                    } else if (c == '"') {
                        inString = false;
                        if (d == 0) {
                            break;
                        }
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    d++;
                } else if (c == '}' || c == ']') {
                    if (--d == 0) {
                        break;
                    }
                }
            }
            bufferAt = p;
            offset += p - from;
            line += lines;
            if (bytes != null) {
                int n = p - from;
                if ((long) size + n > maxItemBytes) {
                    bytes = null;
                } else {
                    if (size + n > bytes.length) {
                        bytes = Arrays.copyOf(bytes, Math.max(size + n, Math.min(maxItemBytes, bytes.length * 2)));
                    }
                    System.arraycopy(b, from, bytes, size, n);
                    size += n;
                }
            }
        }
        if (first != '{' && first != '[' && first != '"') {
            ByteArrayOutputStream rest = new ByteArrayOutputStream();
            int c;
            while ((c = read()) >= 0 && c != ',' && c != ']') {
                rest.write(c);
            }
            pushback = c;
            byte[] more = rest.toByteArray();
            bytes = Arrays.copyOf(bytes, size + more.length);
            System.arraycopy(more, 0, bytes, size, more.length);
            size = bytes.length;
        }
        if (bytes == null) {
            return new Element(i, startLine, startOffset, null, "item larger than " + maxItemBytes + " bytes");
        }
        return new Element(i, startLine, startOffset, Arrays.copyOf(bytes, size), null);
    }

    /** Reads more of the stream into the buffer; false at its end. */
    private boolean fill() throws IOException {
        bufferEnd = in.read(buffer, 0, buffer.length);
        bufferAt = 0;
        if (bufferEnd <= 0) {
            bufferEnd = 0;
            return false;
        }
        return true;
    }

    private int read() throws IOException {
        if (pushback != -2) {
            int c = pushback;
            pushback = -2;
            return c;
        }
        if (bufferAt >= bufferEnd && !fill()) {
            return -1;
        }
        int c = buffer[bufferAt++] & 0xff;
        offset++;
        if (c == '\n') {
            line++;
        }
        return c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
