package io.phiscan.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For a detector's rules, which rule may match at which token: one lookup per token of a message
 * gives, for every triggered rule, the tokens where it is worth trying. Immutable and thread-safe.
 */
final class TriggerIndex {
    /** A rule whose matches begin with known words. */
    interface Triggered {
        /** The folded first words of its matches ({@link Triggers#DIGIT} for a digit), or null. */
        Set<String> triggers();
    }

    private static final int[] NONE = new int[0];
    private final Map<Recognizer, Integer> slots = new IdentityHashMap<>();
    private final Map<String, int[]> byWord = new HashMap<>();
    private final int[] digit;

    TriggerIndex(List<Recognizer> recognizers) {
        Map<String, List<Integer>> words = new HashMap<>();
        List<Integer> digits = new ArrayList<>();
        for (Recognizer r : recognizers) {
            if (r instanceof Triggered t && t.triggers() != null) {
                int slot = slots.size();
                slots.put(r, slot);
                for (String w : t.triggers()) {
                    if (w.equals(Triggers.DIGIT)) {
                        digits.add(slot);
                    } else {
                        words.computeIfAbsent(w, k -> new ArrayList<>()).add(slot);
                    }
                }
            }
        }
        words.forEach((w, s) -> byWord.put(w, s.stream().mapToInt(Integer::intValue).toArray()));
        digit = digits.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The slot of a rule, or -1 when it is not triggered. */
    int slot(Recognizer r) {
        Integer s = slots.get(r);
        return s == null ? -1 : s;
    }

    /** For each slot, the indexes of the tokens of {@code text} where the rule may match. */
    int[][] candidates(FoldedText text) {
        int n = slots.size();
        int[] counts = new int[n];
        List<FoldedText.Token> tokens = text.tokens();
        int[][] hits = new int[tokens.size()][];
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).folded();
            int[] h = byWord.get(w);
            if (Character.isDigit(w.charAt(0))) {
                h = h == null ? digit : concat(h, digit);
            }
            hits[i] = h;
            if (h != null) {
                for (int s : h) {
                    counts[s]++;
                }
            }
        }
        int[][] out = new int[n][];
        for (int s = 0; s < n; s++) {
            out[s] = counts[s] == 0 ? NONE : new int[counts[s]];
            counts[s] = 0;
        }
        for (int i = 0; i < hits.length; i++) {
            if (hits[i] != null) {
                for (int s : hits[i]) {
                    out[s][counts[s]++] = i;
                }
            }
        }
        return out;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
