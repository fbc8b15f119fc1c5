package io.phiscan.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The elements inside the bytes of one element that does not parse, found again by the lines
 * that open an element: in a pretty-printed array (every real export's), an element opens on a
 * line that holds only its bracket, at the elements' indentation, and no line inside an element
 * is that shallow. An element whose closing bracket is missing (a line deleted, a bracket left
 * open) runs on into the elements after it, up to a bracket that closes it by chance or the end
 * of the file, and one into which the lines that open an array were copied holds the elements
 * after it; split at those lines, the elements after the damage are read each on its own.
 */
final class ElementParts {

    /** A part of an element's bytes: {@code [from, to)}, starting on {@code line} of the file. */
    record Part(int from, int to, long line) {
    }

    /** How much deeper than its element's bracket a pretty-printed element's first member is, at most. */
    private static final int MEMBER_STEP = 4;

    private ElementParts() {
    }

    /**
     * The parts of an element's bytes, split before each line (after the first) that holds only
     * an opening bracket at {@code indent} spaces outside any string, and whose next line is at most
     * {@value #MEMBER_STEP} spaces deeper; one part, the whole, when there is none or {@code indent}
     * is negative (the indentation is not known).
     *
     * @param line the line the element starts on
     */
    static List<Part> split(byte[] bytes, int indent, long line) {
        List<Part> parts = new ArrayList<>();
        StringState strings = new StringState();
        int from = 0;
        long fromLine = line;
        long at = line;
        for (int p = 0; p < bytes.length; p++) {
            boolean quoted = strings.takes(bytes[p]);
            if (bytes[p] == '\n') {
                at++;
                if (!quoted && indent >= 0 && opensElement(bytes, p + 1, indent)) {
                    parts.add(new Part(from, p + 1, fromLine));
                    from = p + 1;
                    fromLine = at;
                }
            }
        }
        parts.add(new Part(from, bytes.length, fromLine));
        return parts;
    }

    /** Whether the line at {@code start} holds only {@code {} or {@code [} after {@code indent} spaces. */
    private static boolean opensElement(byte[] bytes, int start, int indent) {
        int p = start;
        while (p < bytes.length && bytes[p] == ' ') {
            p++;
        }
        if (p - start != indent || p >= bytes.length || bytes[p] != '{' && bytes[p] != '[') {
            return false;
        }
        p++;
        while (p < bytes.length && (bytes[p] == ' ' || bytes[p] == '\t' || bytes[p] == '\r')) {
            p++;
        }
        if (p >= bytes.length) {
            return true;
        }
        if (bytes[p] != '\n') {
            return false;
        }
        // the line after it holds the element's first member, one step deeper (a bracket that opens a
        // member's value, left at the elements' indentation by a cut, is followed by a line much deeper)
        int next = ++p;
        while (p < bytes.length && bytes[p] == ' ') {
            p++;
        }
        return p >= bytes.length || p - next <= indent + MEMBER_STEP;
    }

    /** The bytes of a part's first value, without what follows it ({@link #valueEnd}). */
    static byte[] value(byte[] bytes, Part part) {
        return Arrays.copyOfRange(bytes, part.from(), valueEnd(bytes, part.from(), part.to()));
    }

    /**
     * The end of the first value in {@code [from, to)}: just after the bracket that closes its
     * opening one, so that the comma or the array's end after it is left out; {@code to} when
     * it does not close there.
     */
    private static int valueEnd(byte[] bytes, int from, int to) {
        StringState strings = new StringState();
        int depth = 0;
        for (int p = from; p < to; p++) {
            byte c = bytes[p];
            if (strings.takes(c)) {
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return p + 1;
            }
        }
        return to;
    }

    /**
     * Where the bytes are, byte after byte, as to JSON's strings. A string cannot hold a raw line
     * break: one ends it (a string the splitter found broken), so that the lines after it are read
     * as they are written.
     */
    private static final class StringState {
        private boolean inString;
        private boolean escaped;

        /** Takes the next byte; whether it belongs to a string (its quotes included). */
        boolean takes(byte c) {
            if (c == '\n') {
                inString = false;
                escaped = false;
                return false;
            }
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
                return true;
            }
            inString = c == '"';
            return inString;
        }
    }
}
