package io.phiscan.report;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The explicit bidirectional formatting characters of text from an export (the embeddings and
 * overrides U+202A–U+202E, the isolates U+2066–U+2069) shown on a report page as visible signs,
 * {@code ‹RLO›} for U+202E: left as they are, an override in a name reverses the name and
 * whatever the page writes after it up to the end of the line (a date, a direction, phiscan's own
 * words), so that a name can make the page say what it does not. The marks (U+200E, U+200F,
 * U+061C) stay: they reorder nothing beyond a neighbouring character. Stateless.
 */
final class BidiControls {
    private static final String[] SIGNS = {"LRE", "RLE", "PDF", "LRO", "RLO"};
    private static final String[] ISOLATE_SIGNS = {"LRI", "RLI", "FSI", "PDI"};

    private BidiControls() {
    }

    /** The text with each explicit bidirectional formatting character shown as its sign. */
    static String shown(String s) {
        int i = 0;
        while (i < s.length() && !control(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 8).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!control(c)) {
                out.append(c);
            } else {
                out.append('\u2039').append(c <= '\u202E' ? SIGNS[c - '\u202A'] : ISOLATE_SIGNS[c - '\u2066']).append('\u203A');
            }
        }
        return out.toString();
    }

    /** Shows the controls as signs in every text of {@code root} (scripts and styles are data, not text). */
    static void showIn(Element root) {
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                String text = t.getWholeText();
                String shown = shown(text);
                if (shown != text) {
                    t.text(shown);
                }
            }
        }, root);
    }

    private static boolean control(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
