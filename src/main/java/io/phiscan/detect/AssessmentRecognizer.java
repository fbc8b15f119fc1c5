package io.phiscan.detect;

import io.phiscan.model.Signal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A clinical assessment in a reply: "sounds like cellulitis", "probably a viral rash", "parece
 * pitiriasis" — a hedge followed within a few words by a condition or symptom. Reported as
 * {@code response:advice} (rule {@code resp.assessment}); the scorer reads it only in the
 * owner's own messages. Runs after the clinical rules. Immutable and thread-safe.
 */
final class AssessmentRecognizer implements Recognizer, TriggerIndex.Triggered {
    static final String ID = "resp.assessment";
    private static final TriggeredPattern HEDGE = new TriggeredPattern(Pattern.compile("\\b(?:sounds|looks|seems) like|\\b(?:could|might|may) be\\b"
            + "|\\bprobably\\b|\\blikely\\b|\\bconsistent with\\b|\\bclassic\\b|\\bparece\\b|\\bpuede ser\\b|\\bes probable\\b"
            + "|\\bexplains\\b|\\bthat'?s (?:a|an)\\b"), false);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void find(FoldedText text, String messageId, List<Signal> out) {
        int n = out.size();
        HEDGE.forEach(text, this, m -> {
            for (int i = 0; i < n; i++) {
                Signal s = out.get(i);
                if (s.kind().equals(Signal.CLINICAL) && (s.category().equals("condition") || s.category().equals("symptom")
                        || s.category().equals("result")) && s.start() >= m.end() && s.start() - m.end() <= 45
                        && !text.boundaryBetween(m.end(), s.start())) {
                    out.add(new Signal(CueRules.RESPONSE, "advice", messageId, m.start(), s.end(),
                            text.span(m.start(), s.end()), ID));
                    break;
                }
            }
        });
    }

    @Override
    public int subpattern(String word) {
        return HEDGE.subpattern(word);
    }

    @Override
    public java.util.Set<String> triggers() {
        return HEDGE.triggers();
    }
}
