package io.phiscan.ingest;

/**
 * The brackets and strings of one item of an ActivityStreams collection, byte by byte: where
 * the item ends, and whether its brackets match ({@link OrderedItemsSplitter} splits the file
 * with it). Bytes are given with their index in the item, the item's first byte at 0.
 *
 * <p>An item whose brackets do not match (a {@code {} or {@code [} left open, or closed by the
 * other kind) is found out by JSON's grammar: a value other than a string after a comma where an
 * object wants a member name, a colon in an array, a closing bracket of the other kind. The
 * brackets left open are closed there, as they would have been; when that closes the item, the
 * item ends before the byte that closed it, and reading goes on from that byte
 * ({@link #resume()}). Open brackets deeper than {@value #KINDS_KEPT} are counted, not checked.
 *
 * <p>A string after a comma in an object is a member name, unless what follows it is not a
 * colon but what follows an item: a closing {@code ]}, or a comma and a value other than a
 * string (where a member name must come, that value already tells that objects were left open).
 * Then it is an item of its own (Mastodon writes none, but a URI string is the item of a likes
 * or bookmarks collection): the objects left open before it are closed, and when that closes the
 * item, the item ends before the string and reading goes on from the string. A string longer
 * than {@value #NAME_MAX} bytes is not checked: it stays in the item.
 *
 * <p>A closing bracket too many (a {@code }} or {@code ]} with nothing open to close) ends an
 * object item early; what follows tells it ({@link #stray()}). After an object item's last
 * bracket must come a comma and the next item, or the {@code ]} that ends the array: a comma and
 * a member name with its colon, or anything but a comma, a {@code ]} or a {@code {}, is more of
 * the item, which goes on one bracket deep, and is broken. (A {@code ]} too many where an object
 * is open reads as brackets left open and the array's end: the splitter finds the items again
 * after it.)
 *
 * <p>Reused item after item ({@link #start}); not thread-safe.
 * Reused item after item ({@link #start}); not thread-safe.
 */
final class ItemBrackets {
    /** Open brackets whose kind is kept; deeper ones are counted only, and not checked. */
    static final int KINDS_KEPT = 4096;
    /** The longest string in a member name's place that is checked for being an item of its own. */
    static final int NAME_MAX = 4096;
    private static final int NO_NAME = 0;
    private static final int IN_NAME = 1;
    private static final int AFTER_NAME = 2;
    private static final int AFTER_NAME_COMMA = 3;
    private static final int NOT_AFTER = 0;
    private static final int AFTER_END = 1;
    private static final int AFTER_END_COMMA = 2;
    private static final int AFTER_END_STRING = 3;
    private static final int AFTER_END_NAME = 4;

    /** Whether each open bracket of the item is a {@code {} (by depth, from 1). */
    private final boolean[] objectAt = new boolean[KINDS_KEPT + 1];
    private int depth;
    private boolean inString;
    private boolean escaped;
    /** Just after a comma in an object, where a member name must come. */
    private boolean nameExpected;
    private boolean unbalanced;
    /** A string in a member name's place: where it starts, and how far what follows it was seen. */
    private long nameAt;
    private int name;
    /** An object item: whether it ended ({@code after} its last bracket, at {@code endAt}), and what follows it. */
    private boolean object;
    private int after;
    private long endAt;
    /** A string after the item's end and a comma: where it starts. */
    private long stringAt;
    /** A closing bracket with nothing open to close was found. */
    private boolean stray;
    private long end;
    private long resume;

    /** Starts an item whose first byte is {@code first} (an item that is a number or a literal is not scanned). */
    void start(int first) {
        depth = first == '{' || first == '[' ? 1 : 0;
        objectAt[1] = first == '{';
        inString = first == '"';
        escaped = false;
        nameExpected = false;
        unbalanced = false;
        name = NO_NAME;
        object = first == '{';
        after = NOT_AFTER;
        stray = false;
        end = -1;
        resume = -1;
    }

    /**
     * Whether the next byte is inside a string and only a quote or a backslash there can change
     * anything: the bytes up to one of them may be passed over, counted, without {@link #step}.
     */
    boolean inPlainString() {
        return inString && !escaped && after == NOT_AFTER;
    }

    /** Whether the item's brackets do not match. */
    boolean unbalanced() {
        return unbalanced;
    }

    /** Whether a closing bracket of the item had no bracket open to close (the item's brackets do not match). */
    boolean stray() {
        return stray;
    }

    /**
     * Whether the item is whole: an object item whose last bracket was closed, waiting to see
     * what follows it (at the end of the file, the item ends there).
     */
    boolean whole() {
        return after != NOT_AFTER;
    }

    /** The index of the byte after the item's last bracket, once {@link #whole()}. */
    long wholeEnd() {
        return endAt;
    }

    /** Once the item ended: the index of the byte after its last one. */
    long end() {
        return end;
    }

    /** Once the item ended: the index of the first byte that is not the item's, to be read again. */
    long resume() {
        return resume;
    }

    /**
     * Takes the item's byte {@code c} at index {@code at}.
     *
     * @return whether the item ended ({@link #end()}, {@link #resume()})
     */
    boolean step(int c, long at) {
        if (inString) {
            return string(c, at);
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            return false;
        }
        if (after != NOT_AFTER) {
            return afterEnd(c, at);
        }
        return token(c, at);
    }

    private boolean string(int c, long at) {
        if (escaped) {
            escaped = false;
        } else if (c == '\\') {
            escaped = true;
        } else if (c == '"') {
            inString = false;
            if (name == IN_NAME) {
                name = at - nameAt > NAME_MAX ? NO_NAME : AFTER_NAME;
            } else if (after == AFTER_END_STRING) {
                after = AFTER_END_NAME;
            }
            return depth == 0 && after == NOT_AFTER && ended(at + 1, at + 1);
        } else if (after == AFTER_END_STRING && at - stringAt > NAME_MAX) {
            // no member name: a string item
            return ended(endAt, stringAt);
        }
        return false;
    }

    /** A byte outside strings, not blank, of the item before its end. */
    private boolean token(int c, long at) {
        if (name >= AFTER_NAME) {
            int seen = name;
            name = NO_NAME;
            if (seen == AFTER_NAME && c == ',') {
                name = AFTER_NAME_COMMA;
                return false;
            }
            boolean item = seen == AFTER_NAME ? c == ']' : c != '"' && c != '}' && c != ']';
            if (item && closeLeftOpen(false)) {
                // the string was an item: the objects before it were left open, the item too
                return ended(nameAt, nameAt);
            }
            if (seen == AFTER_NAME_COMMA) {
                // the comma after the string, read now (in an array left open, the string was one of its values)
                nameExpected = kindKnown() && objectAt[depth];
            }
        }
        boolean afterComma = nameExpected;
        nameExpected = false;
        if (afterComma && c != '"' && c != '}' && c != ']' && closeLeftOpen(false)) {
            // a value where a member name must come: the objects before it were left open, the item too
            return ended(at, at);
        }
        if (c == '"') {
            inString = true;
            if (afterComma) {
                name = IN_NAME;
                nameAt = at;
            }
        } else if (c == '{' || c == '[') {
            if (++depth <= KINDS_KEPT) {
                objectAt[depth] = c == '{';
            }
        } else if (c == '}' || c == ']') {
            // a closing bracket of the other kind: the brackets opened since one of its kind were left open
            if (kindKnown() && objectAt[depth] != (c == '}') && closeLeftOpen(c == '}')) {
                return ended(at, at);
            }
            return --depth == 0 && closed(at);
        } else if (c == ',') {
            nameExpected = kindKnown() && objectAt[depth];
        } else if (c == ':' && kindKnown() && !objectAt[depth] && closeLeftOpen(true)) {
            // a member's colon in an array: the arrays opened since its object were left open
            return ended(at, at);
        }
        return false;
    }

    /** The item's last bracket was closed at {@code at}: an object ends once what follows it is seen. */
    private boolean closed(long at) {
        if (!object) {
            return ended(at + 1, at + 1);
        }
        after = AFTER_END;
        endAt = at + 1;
        return false;
    }

    /**
     * A byte after the object item's last bracket, not blank and outside strings: the next item
     * ({@code ,} then a value), the end of the array, or more of this item after a closing
     * bracket too many (a {@code ,} then a member name, or anything but a comma, a {@code ]} or
     * an opening {@code {}).
     */
    private boolean afterEnd(int c, long at) {
        if (after == AFTER_END && c == ',') {
            after = AFTER_END_COMMA;
            return false;
        }
        if (after == AFTER_END_COMMA && c == '"') {
            after = AFTER_END_STRING;
            inString = true;
            stringAt = at;
            return false;
        }
        boolean more = after == AFTER_END ? c != ']' && c != '{' : after == AFTER_END_NAME && c == ':';
        if (!more) {
            return ended(endAt, after == AFTER_END_NAME ? stringAt : at);
        }
        // a closing bracket too many ended the item early: it goes on, one bracket deep
        after = NOT_AFTER;
        unbalanced = true;
        stray = true;
        depth = 1;
        objectAt[1] = true;
        return token(c, at);
    }

    private boolean ended(long end, long resume) {
        this.end = end;
        this.resume = resume;
        return true;
    }

    /** Whether the kind of the innermost open bracket of the item is kept. */
    private boolean kindKnown() {
        return depth > 0 && depth <= KINDS_KEPT;
    }

    /**
     * Closes the item's open brackets that are not of the kind wanted (objects when an array is
     * wanted, arrays when an object is), as where they were left open, and marks the item as
     * broken.
     *
     * @return whether that closed the item itself
     */
    private boolean closeLeftOpen(boolean object) {
        unbalanced = true;
        while (depth > 0 && depth <= KINDS_KEPT && objectAt[depth] != object) {
            depth--;
        }
        return depth == 0;
    }
}
