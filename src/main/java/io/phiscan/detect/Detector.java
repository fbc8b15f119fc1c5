package io.phiscan.detect;

import io.phiscan.model.Exchange;
import io.phiscan.model.Finding;
import io.phiscan.model.Message;
import io.phiscan.model.Signal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds signals in messages and decides which exchanges are findings, under one policy.
 *
 * <p>A detector is immutable: it may be reused across any number of messages and exchanges and
 * shared across concurrent threads. Build a new one when the policy changes.
 */
public final class Detector {
    private final Policy policy;
    private final List<Recognizer> recognizers;
    private final ExchangeScorer scorer;

    public Detector(Policy policy) {
        this.policy = policy;
        this.recognizers = Recognizers.all(policy);
        this.scorer = new ExchangeScorer(policy);
    }

    public Policy policy() {
        return policy;
    }

    /** Every signal in one message, in text order. The practice's own phone numbers are not signals. */
    public List<Signal> annotate(Message message) {
        if (message.text().isEmpty()) {
            return List.of();
        }
        FoldedText text = new FoldedText(message.text());
        List<Signal> out = new ArrayList<>();
        for (Recognizer r : recognizers) {
            r.find(text, message.id(), out);
        }
        out.removeIf(s -> s.category().equals("phone") && policy.isPracticePhone(s.text()));
        out.sort(Comparator.comparingInt(Signal::start).thenComparing(Signal::rule));
        return List.copyOf(out);
    }

    /**
     * Scores an exchange from the signals of its messages.
     *
     * @param signals the signals of the exchange's messages, by message id
     * @return the finding, or empty when the exchange is not one
     */
    public Optional<Finding> assess(Exchange exchange, Map<String, List<Signal>> signals) {
        return scorer.score(exchange, signals);
    }
}
