package io.phiscan.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The text and the attachments of a part of a Meta HTML export: text as people saw it, lines
 * kept (each {@code div}, {@code p} or {@code br} ends a line, other whitespace collapsed),
 * reactions ({@code ul} lists) left out; attachments are the archive-relative paths of images,
 * videos, audio and files. Stateless and thread-safe.
 */
final class MetaHtmlText {
    private static final Evaluator MEDIA = QueryParser.parse("img[src], video[src], audio[src], source[src], a[href]");

    private MetaHtmlText() {
    }

    /** The visible text of the element, lines kept, without its reaction lists. */
    static String text(Element e) {
        if (e == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !insideList(t, e)) {
                    String s = t.text();
                    if (!s.isBlank()) {
                        if (!out.isEmpty() && !endsWithSpace(out) && Character.isWhitespace(t.getWholeText().charAt(0))) {
                            out.append(' ');
                        }
                        out.append(s.strip());
                        if (Character.isWhitespace(t.getWholeText().charAt(t.getWholeText().length() - 1))) {
                            out.append(' ');
                        }
                    }
                } else if (node instanceof Element el && (el.tagName().equals("br") || (el.isBlock() && node != e))) {
                    newline(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && el.isBlock() && node != e) {
                    newline(out);
                }
            }
        }, e);
        return tidy(out.toString());
    }

    /** Archive-relative paths of the media the element shows or links to (never web links). */
    static List<String> attachments(Element e) {
        List<String> out = new ArrayList<>();
        if (e == null) {
            return out;
        }
        for (Element m : e.select(MEDIA)) {
            String ref = m.hasAttr("src") ? m.attr("src") : m.attr("href");
            if (!ref.isBlank() && !ref.matches("(?i)^(?:https?|mailto|data|javascript):.*") && !ref.startsWith("#")
                    && !out.contains(ref)) {
                out.add(ref);
            }
        }
        return out;
    }

    private static boolean insideList(Node n, Element root) {
        for (Node p = n.parent(); p != null && p != root; p = p.parent()) {
            if (p instanceof Element el && (el.tagName().equals("ul") || el.tagName().equals("ol"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithSpace(StringBuilder b) {
        return Character.isWhitespace(b.charAt(b.length() - 1));
    }

    private static void newline(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static String tidy(String s) {
        StringBuilder b = new StringBuilder();
        for (String line : s.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty()) {
                b.append(b.isEmpty() ? "" : "\n").append(l);
            }
        }
        return b.toString();
    }
}
