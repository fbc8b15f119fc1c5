package io.phiscan.report;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Markup written as it is built, element after element, for the part of a report page that
 * repeats per finding: no document tree is built for it. It writes what jsoup writes for the same
 * elements on the page around it (UTF-8, no pretty printing): text and attribute values escaped
 * alike ({@code &amp;}, {@code &lt;}, {@code &gt;}, {@code &nbsp;}, {@code &quot;} in attribute
 * values, other C0 controls than tab, line feed and carriage return, and unpaired surrogates,
 * as numeric references), so that every value from an export is escaped by construction. In
 * text, not in attribute values, the bidirectional controls are shown as signs
 * ({@link BidiControls}). Elements must be closed in order; not thread-safe.
 */
final class HtmlOut {
    private final StringBuilder out;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean inStartTag;

    HtmlOut(StringBuilder out) {
        this.out = out;
    }

    /** Opens an element: its attributes follow, then its content, then {@link #close}. */
    HtmlOut open(String tag) {
        endStartTag();
        out.append('<').append(tag);
        open.push(tag);
        inStartTag = true;
        return this;
    }

    /** Opens an element with its class attribute. */
    HtmlOut open(String tag, String classes) {
        return open(tag).attr("class", classes);
    }

    /** An attribute of the element just opened. */
    HtmlOut attr(String name, String value) {
        if (!inStartTag) {
            throw new IllegalStateException("attribute " + name + " after the content of <" + open.peek() + ">");
        }
        out.append(' ').append(name).append("=\"");
        escape(value, true);
        out.append('"');
        return this;
    }

    /** A boolean attribute of the element just opened ({@code open}). */
    HtmlOut attr(String name) {
        if (!inStartTag) {
            throw new IllegalStateException("attribute " + name + " after the content of <" + open.peek() + ">");
        }
        out.append(' ').append(name);
        return this;
    }

    /** Text, escaped, its bidirectional controls shown as signs. */
    HtmlOut text(String text) {
        endStartTag();
        escape(BidiControls.shown(text), false);
        return this;
    }

    /** Closes the element opened last. */
    HtmlOut close() {
        endStartTag();
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** An element holding text alone: {@code <tag class="classes">text</tag>}. */
    HtmlOut element(String tag, String classes, String text) {
        return open(tag, classes).text(text).close();
    }

    /** Whether every element opened is closed. */
    boolean complete() {
        return open.isEmpty() && !inStartTag;
    }

    private void endStartTag() {
        if (inStartTag) {
            out.append('>');
            inStartTag = false;
        }
    }

    private void escape(String s, boolean attribute) {
        int n = s.length();
        int plain = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String ref;
            if (c >= 0x3f && c < 0xa0 || c >= 0xa1 && c < 0xd800 || c > 0xdfff) {
                continue;
            }
            switch (c) {
                case '&' -> ref = "&amp;";
                case '<' -> ref = "&lt;";
                case '>' -> ref = "&gt;";
                case '"' -> ref = attribute ? "&quot;" : null;
                case '\u00a0' -> ref = "&nbsp;";
                case '\t', '\n', '\r' -> ref = null;
                default -> {
                    if (c < 0x20) {
                        ref = "&#x" + Integer.toHexString(c) + ";";
                    } else if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                            i++;
                            ref = null;
                        } else {
                            ref = "&#x" + Integer.toHexString(c) + ";";
                        }
                    } else {
                        ref = null;
                    }
                }
            }
            if (ref != null) {
                out.append(s, plain, i).append(ref);
                plain = i + 1;
            }
        }
        out.append(s, plain, n);
    }
}
