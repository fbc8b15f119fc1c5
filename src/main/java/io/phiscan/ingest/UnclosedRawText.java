package io.phiscan.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Tag;

/**
 * The text of a Meta HTML file with the {@code <} of each tag in its body that would swallow the
 * rest of the file replaced by U+FFFD, character for character (so every offset and line stays
 * where it was). Meta escapes the text it writes ({@code &lt;}), so such a tag is damage or
 * tampering: a comment ({@code <!--}), a {@code <![CDATA[} section, or an element whose content the
 * HTML parser reads as text or drops until its end tag ({@code script}, {@code style},
 * {@code textarea}, {@code title}, {@code xmp}, {@code iframe}, {@code noembed}, {@code noframes},
 * {@code select}, {@code plaintext}), opened and not closed within the next
 * {@value #LOOKAHEAD} characters; or, outside {@code <svg>} and {@code <math>}, a tag of a name no
 * HTML element has and without a quoted attribute (a stray {@code <} before a word). Read as markup, it made every message after it the text of the one it stands in, or
 * nested them where no block is looked for; read so, that message shows it and the others are read.
 * Tags before {@code <body} (a head's {@code <title>} and {@code <style>}) and those closed in time
 * are left alone. In the body, an attribute value whose closing quote was lost (it runs on over a
 * {@code >} and the start of a tag, or past the lookahead) loses its opening quote too, so that it ends
 * with its tag instead of taking the markup of the message it stands in and of the next one.
 * Not thread-safe.
 */
final class UnclosedRawText extends Reader {
    /** How far ahead a closing is looked for: farther than any message of an export. */
    static final int LOOKAHEAD = 64 * 1024;
    /** Elements of HTML the parser's list of known tags lacks. */
    private static final Set<String> MORE_ELEMENTS = Set.of("picture", "dialog", "slot", "search", "menu", "data");
    private static final Set<String> SWALLOWING = Set.of("script", "style", "textarea", "title", "xmp", "iframe", "noembed",
            "noframes", "select", "plaintext");
    /** Longer than the name of any element HTML has ({@code blockquote}, {@code figcaption}: 10). */
    private static final int LONGEST_NAME = 16;
    private static final char NEUTRAL = '\uFFFD';

    private final Reader in;
    private final char[] buf = new char[3 * LOOKAHEAD];
    /** The characters given out end here; those up to {@code decided} have been looked at; those up to {@code end} are read. */
    private int given;
    private int decided;
    private int end;
    private boolean eof;
    private boolean inBody;
    /** Element names already told (known to HTML) as {@link #pack}ed, and each one of {@link #SWALLOWING} by its name (else null). */
    private final long[] nameKeys = new long[48];
    private final String[] nameSwallowing = new String[48];
    private int names;
    /** How many {@code <svg>} or {@code <math>} elements are open here: in them, no name is a stray word. */
    private int foreign;

    UnclosedRawText(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (given == decided) {
            if (eof && decided == end) {
                return -1;
            }
            fill();
            decide();
        }
        int n = Math.min(len, decided - given);
        System.arraycopy(buf, given, cbuf, off, n);
        given += n;
        return n;
    }

    /** Reads until {@link #LOOKAHEAD} characters past those to decide are in the buffer, or the end. */
    private void fill() throws IOException {
        if (given > 0) {
            System.arraycopy(buf, given, buf, 0, end - given);
            decided -= given;
            end -= given;
            given = 0;
        }
        while (!eof && end - decided < 2 * LOOKAHEAD) {
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) {
                eof = true;
            } else {
                end += n;
            }
        }
    }

    /** Looks at the characters that have their lookahead in the buffer, neutralizing the tags that would swallow the rest. */
    private void decide() {
        int until = eof ? end : end - LOOKAHEAD;
        for (int i = decided; i < until; i++) {
            if (buf[i] != '<') {
                continue;
            }
            if (!inBody) {
                inBody = startsWithTag(i + 1, "body");
                continue;
            }
            if (swallows(i)) {
                buf[i] = NEUTRAL;
            }
        }
        decided = Math.max(decided, until);
    }

    /**
     * Whether the {@code <} at {@code at} opens what would swallow what follows: a comment, a CDATA
     * section or an element of {@link #SWALLOWING} not closed within {@link #LOOKAHEAD}
     * characters, or a tag of a name no HTML element has and without a quoted attribute (Meta writes
     * none: a stray {@code <} before a word, which would nest every block after it in an element of
     * that name).
     */
    private boolean swallows(int at) {
        if (regionIs(at, "<!--")) {
            return indexOf("-->", at + 4, Math.min(end, at + LOOKAHEAD)) < 0;
        }
        if (regionIs(at, "<![cdata[")) {
            return indexOf("]]>", at + 9, Math.min(end, at + LOOKAHEAD)) < 0;
        }
        int from = at + 1;
        if (from < end && buf[from] == '/') {
            if (startsWithTag(from + 1, "svg") || startsWithTag(from + 1, "math")) {
                foreign = Math.max(0, foreign - 1);
            }
            return false;
        }
        if (from >= end || !isAsciiLetter(buf[from])) {
            return false; // "<" before anything but a letter is text to the parser
        }
        if (startsWithTag(from, "svg") || startsWithTag(from, "math")) {
            foreign++; // SVG and MathML have names of their own (path, g, mi…), HTML's list does not hold
            return false;
        }
        int to = from;
        while (to < end && to - from <= LONGEST_NAME && buf[to] != '>' && buf[to] != '/' && !isHtmlSpace(buf[to])) {
            to++;
        }
        mendOpenQuote(to);
        if (to - from > LONGEST_NAME) {
            return foreign == 0 && !hasQuotedAttribute(to); // longer than any HTML element's name
        }
        long packed = pack(from, to);
        for (int k = 0; k < names; k++) {
            if (nameKeys[k] == packed) {
                return nameSwallowing[k] != null && swallowsFrom(at, to, nameSwallowing[k]);
            }
        }
        String name = new String(buf, from, to - from).toLowerCase(Locale.ROOT);
        boolean element = SWALLOWING.contains(name);
        boolean known = element || foreign > 0 || Tag.isKnownTag(name) || MORE_ELEMENTS.contains(name);
        if (packed != 0 && names < nameKeys.length && known && foreign == 0) {
            // the names of a file's elements are few: remembered, each is told without building a string again
            nameKeys[names] = packed;
            nameSwallowing[names++] = element ? name : null;
        }
        if (element) {
            return swallowsFrom(at, to, name);
        }
        // a name no element has: a word after a stray "<", unless what follows is attributes (a damaged tag name, "div<!",
        // whose class the parser still reads)
        return !known && !hasQuotedAttribute(to);
    }

    /**
     * Neutralizes the opening quote of the first attribute value of the tag whose name ends at
     * {@code from} that is not closed before markup (a {@code >}, then the start of a tag) or within
     * {@link #LOOKAHEAD} characters: a value whose closing quote was lost, which would take the
     * rest of its block, and the next block's start, for a class name. Without its quote the value
     * ends at the tag's {@code >}; the class it names is damaged, and the parser reads the blocks
     * after it. Meta writes no {@code <} or {@code >} in an attribute.
     */
    private void mendOpenQuote(int from) {
        int until = Math.min(end, from + LOOKAHEAD);
        boolean afterEquals = false;
        for (int i = from; i < until; i++) {
            char c = buf[i];
            if (c == '>') {
                return;
            }
            if ((c == '"' || c == '\'') && afterEquals) {
                int close = i + 1;
                while (close < until && buf[close] != c) {
                    close++;
                }
                if (close == until && until == end && !eof) {
                    return; // its close may come after what is read yet: no value is that long
                }
                if (close == until || spansMarkup(i + 1, close)) {
                    buf[i] = NEUTRAL;
                    return;
                }
                i = close;
                afterEquals = false;
            } else if (c == '=') {
                afterEquals = true;
            } else if (!isHtmlSpace(c)) {
                afterEquals = false;
            }
        }
    }

    /**
     * Whether the characters from {@code from} to {@code to} hold a {@code >} and, after it, the
     * start of a tag ({@code <} and a letter, {@code /} or {@code !}): markup, which Meta never
     * writes in an attribute, as a value that ran on into the next tag's attributes holds.
     */
    private boolean spansMarkup(int from, int to) {
        boolean closed = false;
        for (int i = from; i < to - 1; i++) {
            char c = buf[i];
            if (c == '>') {
                closed = true;
            } else if (closed && c == '<' && (isAsciiLetter(buf[i + 1]) || buf[i + 1] == '/' || buf[i + 1] == '!')) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tag whose name ends at {@code from} holds a quoted attribute ({@code ="} or {@code ='}) before its {@code >}. */
    private boolean hasQuotedAttribute(int from) {
        for (int i = from, until = Math.min(end - 1, from + 1024); i < until && buf[i] != '>'; i++) {
            if (buf[i] == '=' && (buf[i + 1] == '"' || buf[i + 1] == '\'')) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element {@code name} of {@link #SWALLOWING}, opened at {@code at}, is not closed in time. */
    private boolean swallowsFrom(int at, int nameEnd, String name) {
        return name.equals("plaintext") || indexOf("</" + name, nameEnd, Math.min(end, at + LOOKAHEAD)) < 0;
    }

    /** The name of ASCII letters and digits (at most 10) as a number, letters without regard to case; 0 for any other. */
    private long pack(int from, int to) {
        if (to - from > 10) {
            return 0;
        }
        long key = 0;
        for (int i = from; i < to; i++) {
            char c = lower(buf[i]);
            int code = c >= 'a' && c <= 'z' ? c - 'a' + 1 : c >= '0' && c <= '9' ? c - '0' + 27 : -1;
            if (code < 0) {
                return 0;
            }
            key = key << 6 | code;
        }
        return key;
    }

    private boolean startsWithTag(int from, String name) {
        int to = from + name.length();
        return to < end && regionIs(from, name) && !isAsciiLetter(buf[to]);
    }

    /** Whether the buffer holds {@code s} at {@code at}, ASCII letters matched without regard to case. */
    private boolean regionIs(int at, String s) {
        if (at + s.length() > end) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (lower(buf[at + k]) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(String s, int from, int to) {
        char first = s.charAt(0);
        for (int i = from; i + s.length() <= to; i++) {
            if (buf[i] == first && regionIs(i, s)) {
                return i;
            }
        }
        return -1;
    }

    /** What ends a tag's name in HTML: a tab, a line feed, a form feed, a carriage return or a space (not other controls). */
    private static boolean isHtmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
