package io.phiscan.ingest;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text from the HTML some exports carry (Mastodon statuses, LinkedIn sponsored messages):
 * the text as people saw it, entities decoded once, paragraphs separated by a blank line and
 * {@code <br>} kept as a line break. Hidden parts of links (Mastodon's {@code invisible} spans)
 * are kept, so a link's full address is searchable. Thread-safe.
 */
final class HtmlText {
    private static final java.util.regex.Pattern TAG =
            java.util.regex.Pattern.compile("<(?:[a-zA-Z][a-zA-Z0-9]*|/[a-zA-Z][a-zA-Z0-9]*)(?:\\s[^<>]*)?/?>");
    private static final java.util.regex.Pattern ENTITY =
            java.util.regex.Pattern.compile("&(?:[a-zA-Z]{2,8}|#\\d{1,7}|#[xX][0-9a-fA-F]{1,6});");
    private static final java.util.regex.Pattern EDGE_SPACES = java.util.regex.Pattern.compile("(?m)^ +| +$");
    private static final java.util.regex.Pattern BLANK_LINES = java.util.regex.Pattern.compile("\n{3,}");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "blockquote", "pre", "h1", "h2", "h3",
            "h4", "h5", "h6", "table", "tr");

    private HtmlText() {
    }

    /** Whether the text holds an HTML tag or a character entity, so that it needs {@link #toPlain}. */
    static boolean looksLikeHtml(String text) {
        return text != null && (text.indexOf('<') >= 0 && TAG.matcher(text).find()
                || text.indexOf('&') >= 0 && ENTITY.matcher(text).find());
    }

    /** The plain text of an HTML fragment. */
    static String toPlain(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        if (html.indexOf('<') < 0) {
            return Parser.unescapeEntities(html, false).strip();
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendCollapsed(out, t.getWholeText());
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    trimSpace(out);
                    out.append('\n');
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    breakLine(out, e.normalName().equals("p") ? 2 : 1);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    breakLine(out, e.normalName().equals("p") ? 2 : 1);
                }
            }
        }, body);
        String text = out.toString();
        if (hasEdgeSpace(text)) {
            text = EDGE_SPACES.matcher(text).replaceAll("");
        }
        if (text.contains("\n\n\n")) {
            text = BLANK_LINES.matcher(text).replaceAll("\n\n");
        }
        return text.strip();
    }

    /** Appends the text with every run of blanks ({@code [\s\u205F]+}: ASCII white space and U+205F) as one space. */
    static void appendCollapsed(StringBuilder out, String text) {
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u205F') {
                if (!inRun) {
                    out.append(' ');
                    inRun = true;
                }
            } else {
                out.append(c);
                inRun = false;
            }
        }
    }

    /**
     * Whether {@link #EDGE_SPACES} finds anything in the text: a space at its start or end, or
     * next to a line terminator (as {@code ^} and {@code $} see them in multiline mode).
     */
    static boolean hasEdgeSpace(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) == ' ' && (i == 0 || i == n - 1 || lineEnd(text.charAt(i - 1)) || lineEnd(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean lineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static void breakLine(StringBuilder out, int lines) {
        trimSpace(out);
        if (out.length() == 0) {
            return;
        }
        int have = 0;
        for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
            have++;
        }
        for (int i = have; i < lines; i++) {
            out.append('\n');
        }
    }

    private static void trimSpace(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
