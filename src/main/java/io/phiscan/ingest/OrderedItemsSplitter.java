package io.phiscan.ingest;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits an ActivityStreams collection file ({@code {"@context":…, "type":"OrderedCollection",
 * "orderedItems":[…]}}) into the bytes of its items, one at a time, scanning bytes without
 * parsing the file as a whole: an outbox of any size is read in bounded memory, and one broken
 * item (bytes that are not UTF-8, bad JSON) cannot take the others with it.
 *
 * <p>Every {@code orderedItems} array of the top-level object is read, in file order: Mastodon
 * has written outboxes with two {@code orderedItems} keys (the first one empty) and two
 * {@code @context} keys. A file that ends inside an item, or before the collection is closed,
 * gives a final broken element; so does a collection with no {@code orderedItems} array at all
 * (its items under {@code items}, or in a page). An {@code orderedItems} key beside an array
 * that holds something else (a string, a number, an object, null) is a broken element of its own,
 * saying what it holds: where it is when it comes after an array, before the array's items when it
 * comes first.
 *
 * <p>An item whose brackets do not match (a {@code {} or {@code [} left open, or closed by the
 * other kind) is one broken element, and the items after it are found again: {@link ItemBrackets}
 * tells, from JSON's grammar, where the brackets left open would have been closed and where the
 * next item starts; a string item right after an item left open is an item of its own. So is an
 * item with a closing bracket too many. When such a bracket ended the array (or the collection)
 * early, an object where the collection wants a member name, or bytes after its end, tell it:
 * items are read again from the next object there, and bytes after the end with no item in them
 * are one broken element. Not thread-safe.
 */
final class OrderedItemsSplitter implements Closeable {

    /**
     * One item: its index across the file's item arrays (-1 for an {@code orderedItems} key that
     * holds no array), where it starts, its bytes or why it is broken.
     */
    record Element(int index, long line, long offset, byte[] bytes, String error) {
        boolean ok() {
            return error == null;
        }

        String position() {
            return (index < 0 ? "" : "item " + index + ", ") + "line " + line + ", byte " + offset;
        }
    }

    private static final byte[] KEY = "orderedItems".getBytes(StandardCharsets.UTF_8);

    private final InputStream in;
    private final int maxItemBytes;
    private static final int BUFFER = 1 << 16;
    /** The most bytes an item too big to keep can give back (a string after it, and blanks). */
    private static final int GIVEN_BACK = 4 * ItemBrackets.NAME_MAX;

    /** Bytes read ahead from the stream: {@code buffer[bufferAt..bufferEnd)}; larger while bytes given back are in it. */
    private byte[] buffer = new byte[BUFFER];
    private int bufferAt;
    private int bufferEnd;
    private long line = 1;
    private long offset = -1;
    private int depth;
    private boolean inArray;
    private boolean finished;
    private int index;
    /** The {@code orderedItems} arrays found so far. */
    private int arrays;
    /** The {@code orderedItems} keys of the top-level object found so far, arrays or not. */
    private int keys;
    /** An {@code orderedItems} key that holds no array, to be told before the items that come next; else null. */
    private Element notArray;
    /** Seeking stopped at an {@code orderedItems} key that holds no array, before its value. */
    private boolean inValue;
    /** The keys holding no array found before the first array, after {@link #notArray}. */
    private int notArrayMore;
    /** Bytes were found after the collection's end (it ended early): the line and byte of the first, else -1. */
    private long reopenedLine = -1;
    private long reopenedOffset;
    private int pushback = -2;
    /** The grammar of the item being scanned. */
    private final ItemBrackets brackets = new ItemBrackets();
    /** Bytes of the item being scanned so far. */
    private long itemLength;

    OrderedItemsSplitter(InputStream in, int maxItemBytes) {
        this.in = in;
        this.maxItemBytes = maxItemBytes;
    }

    /** The next item, or {@code null} when the collection has ended. */
    Element next() throws IOException {
        while (!finished) {
            if (!inArray && !seekArray()) {
                finished = true;
                if (depth > 0 && reopenedLine > 0) {
                    return new Element(index, reopenedLine, reopenedOffset, null, "the file goes on after the collection's end,"
                            + " and no item was found there (a } or ] too many?): it was not read");
                }
                if (depth > 0) {
                    return new Element(index, line, offset, null, "the file ends before the collection is closed (truncated?)");
                }
                return arrays == 0 ? new Element(index, line, offset, null, "the collection has no orderedItems array (its"
                        + " items are not where Mastodon writes them): nothing in it was read") : null;
            }
            if (notArray != null && (inArray || arrays > 0)) {
                Element told = notArray;
                int more = notArrayMore;
                notArray = null;
                notArrayMore = 0;
                return more == 0 ? told : new Element(-1, told.line(), told.offset(), null, told.error() + "; nor in the "
                        + more + " orderedItems key(s) after it, before the array, that hold no array either");
            }
            if (!inArray) {
                continue;
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
        boolean value = inValue;
        inValue = false;
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
                if (depth == 1 && !value && java.util.Arrays.equals(lastKey, KEY)) {
                    keys++;
                    pushback = skipBlanksAfter();
                    if (pushback != '[' && pushback >= 0 && notArray(pushback)) {
                        inValue = true;
                        return true;
                    }
                }
                value = depth == 1 || value;
            } else if (c == ',') {
                if (depth == 1) {
                    value = false;
                }
            } else if (c == '{' && depth == 1 && !value && arrays > 0) {
                // an object where a member name must come: the array had not ended, a bracket too many in an item ended it
                inArray = true;
                depth = 2;
                pushback = c;
                reopenedLine = -1;
                return true;
            } else if (c == '[' || c == '{') {
                depth++;
                if (c == '[' && depth == 2 && value && java.util.Arrays.equals(lastKey, KEY)) {
                    inArray = true;
                    arrays++;
                    return true;
                }
            } else if (c == ']' || c == '}') {
                depth--;
                if (depth == 0 && (c = skipBlanksAfter()) < 0) {
                    return false;
                } else if (depth == 0) {
                    // more after the collection's end: a bracket too many in an item ended it early
                    depth = 1;
                    value = false;
                    pushback = c;
                    if (reopenedLine < 0) {
                        reopenedLine = line;
                        reopenedOffset = offset;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Keeps an {@code orderedItems} key whose value, starting with {@code first}, is not an array,
     * to be told; true when it is to be told now (an array came before it). One that comes before
     * any array is told when an array follows; with none, the collection is told to have none.
     */
    private boolean notArray(int first) {
        String holds = switch (first) {
            case '"' -> "a string";
            case '{' -> "an object";
            case 'n' -> "null";
            case 't', 'f' -> "a true/false value";
            default -> first == '-' || (first >= '0' && first <= '9') ? "a number" : "something that is not JSON";
        };
        if (notArray != null) {
            notArrayMore++;
            return false;
        }
        notArray = new Element(-1, line, offset, null, "orderedItems key " + keys + " of the collection holds " + holds
                + ", not an array of activities: nothing in it was read");
        return arrays > 0;
    }

    /** The next byte that is not blank, or -1 at the end of the file. */
    private int skipBlanksAfter() throws IOException {
        int c;
        do {
            c = read();
        } while (c == ' ' || c == '\n' || c == '\r' || c == '\t');
        return c;
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
        BoundedBytes bytes = new BoundedBytes(maxItemBytes, GIVEN_BACK);
        bytes.add(first);
        itemLength = 1;
        boolean ended = first != '{' && first != '[' && first != '"';
        brackets.start(first);
        // scanned a buffer at a time: every byte is looked at once, and copied by the run
        while (!ended) {
            if (bufferAt >= bufferEnd && !fill()) {
                if (!brackets.whole()) {
                    finished = true;
                    return new Element(i, startLine, startOffset, null, "the file ends inside this item (truncated?)");
                }
                // the file ends after the item: what follows it is missing, not the item
                bytes.truncate(brackets.wholeEnd());
                break;
            }
            int from = bufferAt;
            ended = scan(from);
            bytes.add(buffer, from, bufferAt - from);
            if (ended) {
                giveBack(bytes, bufferAt - from);
            }
        }
        if (first != '{' && first != '[' && first != '"') {
            int c;
            while ((c = read()) >= 0 && c != ',' && c != ']') {
                bytes.add(c);
            }
            pushback = c;
        }
        if (brackets.stray()) {
            return new Element(i, startLine, startOffset, null, "the item's brackets do not match (a } or ] with no { or [ open"
                    + " to close): it was not read; reading goes on with the next item");
        }
        if (brackets.unbalanced()) {
            return new Element(i, startLine, startOffset, null, "the item's brackets do not match (a { or [ left open, or"
                    + " closed by the other kind): it was not read; reading goes on with the next item");
        }
        if (bytes.tooBig()) {
            return new Element(i, startLine, startOffset, null, "item larger than " + maxItemBytes + " bytes");
        }
        return new Element(i, startLine, startOffset, bytes.toByteArray(), null);
    }

    /**
     * Scans the buffer from {@code from} on as the rest of the item being read, up to the byte
     * that ends it or the buffer's end, counting lines and bytes as {@link #read} does.
     *
     * @return whether the item ended
     */
    private boolean scan(int from) {
        byte[] b = buffer;
        int p = from;
        int end = bufferEnd;
        long at = itemLength;
        long lines = 0;
        boolean ended = false;
        while (p < end && !ended) {
            if (brackets.inPlainString()) {
                // most of an item is the text of its strings: passed over to the next quote or backslash
                int q = p;
                while (q < end && b[q] != '"' && b[q] != '\\') {
                    if (b[q++] == '\n') {
                        lines++;
                    }
                }
                at += q - p;
                p = q;
                if (p == end) {
                    break;
                }
            }
            int c = b[p++];
            if (c == '\n') {
                lines++;
            }
            ended = brackets.step(c, at++);
        }
        itemLength = at;
        bufferAt = p;
        offset += p - from;
        line += lines;
        return ended;
    }

    /**
     * Once the item ended: drops its bytes past its end, and gives back the bytes from where
     * reading goes on ({@link ItemBrackets#resume()}), to be read again as what follows the item.
     * They are taken again from the buffer when the last run scanned holds them, else from the
     * item's bytes (an item too big to keep keeps its last {@value #GIVEN_BACK}); past that, only
     * the byte that ended the item is given back.
     */
    private void giveBack(BoundedBytes bytes, int run) {
        long count = itemLength - brackets.resume();
        if (count > run && bytes.has(brackets.resume())) {
            unread(bytes.copyOfRange(brackets.resume(), itemLength));
            count = 0;
        } else if (count > run) {
            count = 1;
        }
        for (long k = 0; k < count; k++) {
            bufferAt--;
            offset--;
            if (buffer[bufferAt] == '\n') {
                line--;
            }
        }
        bytes.truncate(brackets.end());
        itemLength = brackets.end();
    }

    /** Puts bytes back before what the buffer holds, to be read again, and counts them as unread. */
    private void unread(byte[] again) {
        byte[] merged = new byte[again.length + bufferEnd - bufferAt];
        System.arraycopy(again, 0, merged, 0, again.length);
        System.arraycopy(buffer, bufferAt, merged, again.length, bufferEnd - bufferAt);
        buffer = merged;
        bufferAt = 0;
        bufferEnd = merged.length;
        offset -= again.length;
        for (byte b : again) {
            if (b == '\n') {
                line--;
            }
        }
    }

    /** Reads more of the stream into the buffer; false at its end. */
    private boolean fill() throws IOException {
        if (buffer.length != BUFFER) {
            buffer = new byte[BUFFER];
        }
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
