package io.phiscan.detect;

import io.phiscan.model.Finding;
import io.phiscan.model.Message;
import io.phiscan.model.Severity;
import io.phiscan.model.Signal;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The detector's measured quality on a labeled corpus: exchange-level recall and precision
 * (overall, per platform, per category), whether every exchange in which the owner gave clinical
 * advice is high, how often the severity agrees, and identifier recall per kind (an expected
 * identifier is found when a signal of its kind overlaps its first occurrence). Immutable once
 * run.
 */
public final class Evaluation {
    /** One case and what the detector made of it. */
    public record Outcome(EvaluationCase expected, Optional<Finding> finding, Map<String, List<Signal>> signals) {
        public boolean flagged() {
            return finding.isPresent();
        }
    }

    /** Counts of one group: true and false positives, false and true negatives. */
    public record Counts(int tp, int fp, int fn, int tn) {
        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        Counts plus(Outcome o) {
            boolean e = o.expected().finding();
            boolean f = o.flagged();
            return new Counts(tp + (e && f ? 1 : 0), fp + (!e && f ? 1 : 0), fn + (e && !f ? 1 : 0), tn + (!e && !f ? 1 : 0));
        }
    }

    private final List<Outcome> outcomes;

    private Evaluation(List<Outcome> outcomes) {
        this.outcomes = List.copyOf(outcomes);
    }

    /** Annotates every message of every case and scores every exchange. */
    public static Evaluation run(Detector detector, List<EvaluationCase> cases) {
        List<Outcome> out = new ArrayList<>();
        for (EvaluationCase c : cases) {
            Map<String, List<Signal>> signals = new HashMap<>();
            for (Message m : c.exchange().messages()) {
                signals.put(m.id(), detector.annotate(m));
            }
            out.add(new Outcome(c, detector.assess(c.exchange(), signals), signals));
        }
        return new Evaluation(out);
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    public Counts overall() {
        return outcomes.stream().reduce(new Counts(0, 0, 0, 0), Counts::plus, (a, b) -> a);
    }

    public Map<String, Counts> by(Function<EvaluationCase, String> key) {
        Map<String, Counts> m = new TreeMap<>();
        outcomes.forEach(o -> m.merge(key.apply(o.expected()), new Counts(0, 0, 0, 0).plus(o),
                (a, b) -> new Counts(a.tp() + b.tp(), a.fp() + b.fp(), a.fn() + b.fn(), a.tn() + b.tn())));
        return m;
    }

    /** The cases where the owner gave clinical advice: how many, and how many of them are high findings. */
    public int[] ownerAdviceHigh() {
        int all = 0;
        int high = 0;
        for (Outcome o : outcomes) {
            if (o.expected().ownerAdvice()) {
                all++;
                high += o.finding().filter(f -> f.severity() == Severity.HIGH).isPresent() ? 1 : 0;
            }
        }
        return new int[] {all, high};
    }

    /** Per identifier kind: expected, found. */
    public Map<String, int[]> identifierRecall() {
        Map<String, int[]> m = new TreeMap<>();
        for (Outcome o : outcomes) {
            for (EvaluationCase.Identifier id : o.expected().identifiers()) {
                int[] c = m.computeIfAbsent(id.kind(), k -> new int[2]);
                c[0]++;
                c[1] += found(o, id) ? 1 : 0;
            }
        }
        return m;
    }

    static boolean found(Outcome o, EvaluationCase.Identifier id) {
        for (Message m : o.expected().exchange().messages()) {
            int at = id.text().isEmpty() ? 0 : m.text().indexOf(id.text());
            if (at < 0 || id.text().isEmpty() && m.attachments().isEmpty()) {
                continue;
            }
            int end = at + id.text().length();
            return o.signals().getOrDefault(m.id(), List.of()).stream().anyMatch(s -> s.kind().equals(Signal.IDENTIFIER)
                    && s.category().equals(id.kind()) && (id.text().isEmpty() || s.start() < end && at < s.end()));
        }
        return false;
    }

    /** The expected severity agrees with the found one, among true positives: agreeing, all. */
    public int[] severityAgreement() {
        int all = 0;
        int same = 0;
        for (Outcome o : outcomes) {
            if (o.expected().finding() && o.flagged() && o.expected().severity() != null) {
                all++;
                same += o.finding().get().severity() == o.expected().severity() ? 1 : 0;
            }
        }
        return new int[] {all, same};
    }

    /** Prints the figures; with {@code misses}, the ids of the cases it got wrong. */
    public void print(PrintWriter o, boolean misses) {
        Counts all = overall();
        o.printf("exchanges: %d (%d expected findings, %d negatives)%n", outcomes.size(), all.tp() + all.fn(),
                all.fp() + all.tn());
        o.printf("exchange recall    %.3f  (%d/%d)%n", all.recall(), all.tp(), all.tp() + all.fn());
        o.printf("exchange precision %.3f  (%d/%d)%n", all.precision(), all.tp(), all.tp() + all.fp());
        int[] advice = ownerAdviceHigh();
        o.printf("owner gave clinical advice: %d of %d high%n", advice[1], advice[0]);
        int[] sev = severityAgreement();
        o.printf("severity agrees on %d of %d found findings%n", sev[1], sev[0]);
        table(o, "platform", by(c -> c.exchange().platform().id()));
        table(o, "language", by(EvaluationCase::lang));
        table(o, "category", by(EvaluationCase::category));
        o.printf("%nidentifier recall by kind%n  %-16s %8s %6s %7s%n", "kind", "expected", "found", "recall");
        identifierRecall().forEach((k, c) -> o.printf("  %-16s %8d %6d %7.3f%n", k, c[0], c[1],
                c[0] == 0 ? 1.0 : (double) c[1] / c[0]));
        if (misses) {
            o.printf("%nmissed (expected a finding, none):%n");
            outcomes.stream().filter(x -> x.expected().finding() && !x.flagged())
                    .forEach(x -> o.printf("  %s %s%n", x.expected().id(), x.expected().category()));
            o.printf("false findings (none expected):%n");
            outcomes.stream().filter(x -> !x.expected().finding() && x.flagged())
                    .forEach(x -> o.printf("  %s %s%n", x.expected().id(), x.expected().category()));
            o.printf("owner advice not high:%n");
            outcomes.stream().filter(x -> x.expected().ownerAdvice() && x.finding().filter(f -> f.severity()
                    == Severity.HIGH).isEmpty()).forEach(x -> o.printf("  %s%n", x.expected().id()));
        }
        o.flush();
    }

    private static void table(PrintWriter o, String title, Map<String, Counts> rows) {
        o.printf("%n%-24s %5s %5s %5s %5s %7s %9s%n", "by " + title, "tp", "fp", "fn", "tn", "recall", "precision");
        rows.forEach((k, c) -> o.printf("  %-22s %5d %5d %5d %5d %7s %9s%n", k, c.tp(), c.fp(), c.fn(), c.tn(),
                c.tp() + c.fn() == 0 ? "-" : String.format("%.3f", c.recall()),
                c.tp() + c.fp() == 0 ? "-" : String.format("%.3f", c.precision())));
    }
}
