package io.phiscan.detect;

import io.phiscan.model.Signal;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule that is a regular expression over the folded text (lower case, no accents), with a
 * check that must accept the matched span. When the pattern has a group named {@code v}, the
 * signal covers that group only (the context words around it are not the identifier).
 */
final class PatternRecognizer implements Recognizer {
    private final String id;
    private final String kind;
    private final String category;
    private final Pattern pattern;
    private final Predicate<String> check;
    private final boolean valueGroup;

    PatternRecognizer(String id, String kind, String category, String regex, Predicate<String> check) {
        this.id = id;
        this.kind = kind;
        this.category = category;
        this.pattern = Pattern.compile(regex);
        this.check = check;
        this.valueGroup = regex.contains("(?<v>");
    }

    PatternRecognizer(String id, String kind, String category, String regex) {
        this(id, kind, category, regex, s -> true);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void find(FoldedText text, String messageId, List<Signal> out) {
        Matcher m = pattern.matcher(text.folded());
        while (m.find()) {
            int start = valueGroup && m.start("v") >= 0 ? m.start("v") : m.start();
            int end = valueGroup && m.start("v") >= 0 ? m.end("v") : m.end();
            String span = text.span(start, end);
            if (end > start && check.test(span)) {
                out.add(new Signal(kind, category, messageId, start, end, span, id));
            }
        }
    }
}
