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
        end = -1;
        resume = -1;
    }

    /** Whether the item's brackets do not match. */
    boolean unbalanced() {
        return unbalanced;
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
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
                if (name == IN_NAME) {
                    name = AFTER_NAME;
                }
                return depth == 0 && ended(at + 1, at + 1);
            } else if (name == IN_NAME && at - nameAt > NAME_MAX) {
                name = NO_NAME;
            }
            return false;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            return false;
        }
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
            return --depth == 0 && ended(at + 1, at + 1);
        } else if (c == ',') {
            nameExpected = kindKnown() && objectAt[depth];
        } else if (c == ':' && kindKnown() && !objectAt[depth] && closeLeftOpen(true)) {
            // a member's colon in an array: the arrays opened since its object were left open
            return ended(at, at);
        }
        return false;
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
