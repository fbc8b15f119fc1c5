package io.phiscan.detect;

import io.phiscan.model.Signal;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A rule that is a regular expression over the folded text (lower case, no accents) — or, for
 * rules where case matters, over the original — with a check that must accept the matched span.
 * When the pattern has a group named {@code v} (or, in another branch, {@code w}), the signal
 * covers that group only (the context words around it are not the identifier). An optional precondition on the whole text (say, "has
 * a digit") skips the expression cheaply. Immutable and thread-safe.
 */
final class PatternRecognizer implements Recognizer, TriggerIndex.Triggered {
    private final String id;
    private final String kind;
    private final String category;
    private final TriggeredPattern pattern;
    private final Predicate<String> check;
    private final Predicate<FoldedText> when;
    private final boolean original;
    /** The patterns of {@link TriggeredPattern#patterns()} that have a group named {@code v}, and {@code w}. */
    private final java.util.Set<Pattern> valueGroup = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final java.util.Set<Pattern> otherGroup = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private PatternRecognizer(String id, String kind, String category, Pattern pattern, Predicate<String> check,
            Predicate<FoldedText> when, boolean original) {
        this(id, kind, category, new TriggeredPattern(pattern, original), check, when, original);
    }

    private PatternRecognizer(String id, String kind, String category, TriggeredPattern pattern, Predicate<String> check,
            Predicate<FoldedText> when, boolean original) {
        this.id = id;
        this.kind = kind;
        this.category = category;
        this.pattern = pattern;
        this.check = check;
        this.when = when;
        this.original = original;
        for (Pattern p : pattern.patterns()) {
            if (p.pattern().contains("(?<v>")) {
                valueGroup.add(p);
            }
            if (p.pattern().contains("(?<w>")) {
                otherGroup.add(p);
            }
        }
    }

    PatternRecognizer(String id, String kind, String category, String regex, Predicate<String> check) {
        this(id, kind, category, Pattern.compile(regex), check, t -> true, false);
    }

    PatternRecognizer(String id, String kind, String category, String regex) {
        this(id, kind, category, regex, s -> true);
    }

    /** This rule, run only on texts that pass {@code precondition}. */
    PatternRecognizer when(Predicate<FoldedText> precondition) {
        return new PatternRecognizer(id, kind, category, pattern, check, precondition, original);
    }

    /** This rule, matched against the original text (case and accents kept). */
    PatternRecognizer onOriginal() {
        return new PatternRecognizer(id, kind, category, pattern.pattern(), check, when, true);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void find(FoldedText text, String messageId, List<Signal> out) {
        if (!when.test(text)) {
            return;
        }
        pattern.forEach(text, this, m -> {
            String group = valueGroup.contains(m.pattern()) && m.start("v") >= 0 ? "v"
                    : otherGroup.contains(m.pattern()) && m.start("w") >= 0 ? "w" : null;
            int start = group != null ? m.start(group) : m.start();
            int end = group != null ? m.end(group) : m.end();
            String span = text.span(start, end);
            if (end > start && check.test(span)) {
                out.add(new Signal(kind, category, messageId, start, end, span, id));
            }
        });
    }

    @Override
    public int subpattern(String word) {
        return pattern.subpattern(word);
    }

    @Override
    public java.util.Set<String> triggers() {
        return pattern.triggers();
    }
}
