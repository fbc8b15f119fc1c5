package io.phiscan.report;

import io.phiscan.model.Signal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Renders a message's text with every signal marked: a {@code <mark>} per span, nested where
 * spans nest ("[Ethan]'s dad"), a span that crosses another's end continued after it. Each mark
 * carries its rule id; on a redacted page an identifier's mark holds its mask instead of its
 * text. Text is written through {@link HtmlOut}, so it is escaped by construction. Stateless.
 */
final class SignalText {
    private record Span(Signal signal, int start, int end) {
    }

    private static final Comparator<Span> ORDER = Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt((Span s) -> s.end() - s.start()).reversed())
            .thenComparing(s -> s.signal().kind().equals(Signal.IDENTIFIER) ? 0 : 1);

    private static final java.util.regex.Pattern NOT_IN_CLASS_NAME = java.util.regex.Pattern.compile("[^A-Za-z0-9-]");

    private SignalText() {
    }

    /** Appends {@code text} to {@code parent} with {@code signals} marked; spans outside the text are ignored. */
    static void render(HtmlOut parent, String text, List<Signal> signals, Audience audience) {
        List<Span> spans = new ArrayList<>();
        for (Signal s : signals) {
            if (s.start() >= 0 && s.end() > s.start() && s.end() <= text.length()) {
                spans.add(new Span(s, s.start(), s.end()));
            }
        }
        spans.sort(ORDER);
        range(parent, text, 0, text.length(), spans, audience);
    }

    private static void range(HtmlOut parent, String text, int from, int to, List<Span> spans, Audience audience) {
        int pos = from;
        int i = 0;
        while (i < spans.size()) {
            Span s = spans.get(i);
            int start = Math.max(s.start(), pos);
            int end = Math.min(s.end(), to);
            if (start >= end) {
                i++;
                continue;
            }
            plain(parent, text.substring(pos, start), audience);
            List<Span> inside = new ArrayList<>();
            List<Span> after = new ArrayList<>();
            int j = i + 1;
            for (; j < spans.size() && spans.get(j).start() < end; j++) {
                Span c = spans.get(j);
                inside.add(new Span(c.signal(), Math.max(c.start(), start), Math.min(c.end(), end)));
                if (c.end() > end) {
                    after.add(new Span(c.signal(), end, c.end()));
                }
            }
            mark(parent, text, new Span(s.signal(), start, end), inside, audience);
            pos = end;
            List<Span> rest = new ArrayList<>(after);
            rest.addAll(spans.subList(j, spans.size()));
            rest.sort(ORDER);
            spans = rest;
            i = 0;
        }
        plain(parent, text.substring(pos, to), audience);
    }

    private static void mark(HtmlOut parent, String text, Span span, List<Span> inside, Audience audience) {
        Signal s = span.signal();
        parent.open("mark", "k-" + cssName(s.kind())).attr("data-rule", s.rule());
        if (s.kind().equals(Signal.IDENTIFIER) && audience.redacted()) {
            parent.text(audience.identifier(s, text.substring(span.start(), span.end()))).close();
            return;
        }
        range(parent, text, span.start(), span.end(), inside, audience);
        parent.close();
    }

    private static void plain(HtmlOut parent, String segment, Audience audience) {
        if (!segment.isEmpty()) {
            parent.text(audience.text(segment));
        }
    }

    /** A kind as a class name: letters, digits and hyphens only. */
    static String cssName(String kind) {
        for (int i = 0; i < kind.length(); i++) {
            char c = kind.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                return NOT_IN_CLASS_NAME.matcher(kind).replaceAll("-");
            }
        }
        return kind;
    }
}
