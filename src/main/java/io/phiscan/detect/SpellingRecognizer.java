package io.phiscan.detect;

import io.phiscan.model.Signal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Medication names as people misspell them ("amoxicilin", "ibuprofren", "albuteral"): a word
 * of eight letters or more within one edit (a letter missing, extra, changed, or two letters
 * swapped) of a lexicon name of eight letters or more that starts with the same three letters.
 * Words with everyday endings (-ing, -ed, -ly, -tion, -ness, -ment) are never taken for a
 * medication ("morphing" is not morphine). Lookup is by deletion neighbourhoods (edits from the
 * fourth letter on), so the cost is a few hash lookups per long word. Immutable and thread-safe.
 */
final class SpellingRecognizer implements Recognizer {
    static final String ID = "clin.medication.spelling";
    private static final int MIN = 8;
    /** Everyday words one edit from a (Spanish) lexicon name: "family medicine" is not "medicina". */
    private static final Set<String> EVERYDAY = Set.of("medicine", "medicines");
    private final Set<String> terms;
    private final Map<String, String> deletions = new HashMap<>();
    /**
     * Each name's first three letters and length, packed and sorted: a word one edit away (from
     * the fourth letter on) has the same first three letters and a length one less, equal or one more.
     */
    private final long[] shapes;

    SpellingRecognizer(Collection<String> names) {
        this.terms = Set.copyOf(names.stream().map(FoldedText::fold).filter(SpellingRecognizer::eligible).toList());
        for (String t : terms) {
            for (int i = 3; i < t.length(); i++) {
                deletions.putIfAbsent(t.substring(0, i) + t.substring(i + 1), t);
            }
        }
        this.shapes = terms.stream().mapToLong(t -> shape(t, t.length())).sorted().distinct().toArray();
    }

    private static boolean eligible(String w) {
        if (w.length() < MIN) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The first three chars of {@code w} and a length, in one number; lengths past 16 bits all count as the largest. */
    private static long shape(String w, int length) {
        return (long) w.charAt(0) << 48 | (long) w.charAt(1) << 32 | (long) w.charAt(2) << 16 | Math.min(length, 0xffff);
    }

    /** Whether a name has the first three letters of {@code w} and a length within one of it. */
    private boolean nameOfItsShape(String w) {
        for (int length = w.length() - 1; length <= w.length() + 1; length++) {
            if (java.util.Arrays.binarySearch(shapes, shape(w, length)) >= 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void find(FoldedText text, String messageId, List<Signal> out) {
        for (FoldedText.Token t : text.tokens()) {
            String w = t.folded();
            if (w.length() < MIN || !nameOfItsShape(w) || !eligible(w) || terms.contains(w) || EVERYDAY.contains(w)
                    || w.endsWith("ing") || w.endsWith("ed") || w.endsWith("ly")
                    || w.endsWith("tion") || w.endsWith("ness") || w.endsWith("ment")) {
                continue;
            }
            String match = nearest(w);
            if (match != null && !covered(t, out)) {
                out.add(new Signal(Signal.CLINICAL, "medication", messageId, t.start(), t.end(),
                        text.span(t.start(), t.end()), ID));
            }
        }
    }

    private String nearest(String w) {
        String m = deletions.get(w);
        if (m != null) {
            return m;
        }
        for (int i = 3; i < w.length(); i++) {
            String d = w.substring(0, i) + w.substring(i + 1);
            if (terms.contains(d)) {
                return d;
            }
            m = deletions.get(d);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private static boolean covered(FoldedText.Token t, List<Signal> out) {
        for (Signal s : out) {
            if (s.kind().equals(Signal.CLINICAL) && s.start() < t.end() && t.start() < s.end()) {
                return true;
            }
        }
        return false;
    }
}
