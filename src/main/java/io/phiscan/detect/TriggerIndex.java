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

        /**
         * What to try at a token of {@code word}, as an index the rule reads back (a pattern's entry:
         * its alternatives and what must follow); 0 when it has one set of alternatives.
         */
        default int subpattern(String word) {
            return 0;
        }
    }

    /** A candidate packs the token index and the rule's subpattern to try there. */
    static int token(int candidate) {
        return candidate >>> 12;
    }

    static int subpattern(int candidate) {
        return candidate & 0xfff;
    }

    private static final int[] NONE = new int[0];
    private final Map<Recognizer, Integer> slots = new IdentityHashMap<>();
    /** Per word: pairs of (slot, subpattern) of the rules it triggers. */
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
                    List<Integer> to = w.equals(Triggers.DIGIT) ? digits : words.computeIfAbsent(w, k -> new ArrayList<>());
                    to.add(slot);
                    to.add(t.subpattern(w));
                }
            }
        }
        words.forEach((w, s) -> byWord.put(w, s.stream().mapToInt(Integer::intValue).toArray()));
        digit = digits.stream().mapToInt(Integer::intValue).toArray();
        if (slots.size() >= 1 << 20) {
            throw new IllegalStateException("too many triggered rules");
        }
    }

    /** The slot of a rule, or -1 when it is not triggered. */
    int slot(Recognizer r) {
        Integer s = slots.get(r);
        return s == null ? -1 : s;
    }

    /**
     * For each slot, the candidates of {@code text}: the tokens where the rule may match, each with
     * the subpattern to try there (a word's own alternatives first; a digit's when the word has none).
     */
    int[][] candidates(FoldedText text) {
        int n = slots.size();
        int[] counts = new int[n];
        List<FoldedText.Token> tokens = text.tokens();
        int[][] hits = new int[tokens.size()][];
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).folded();
            int[] h = byWord.get(w);
            if (Character.isDigit(w.charAt(0)) && digit.length > 0) {
                h = h == null ? digit : merge(h, digit);
            }
            hits[i] = h;
            if (h != null) {
                for (int k = 0; k < h.length; k += 2) {
                    counts[h[k]]++;
                }
            }
        }
        int[][] out = new int[n][];
        for (int s = 0; s < n; s++) {
            out[s] = counts[s] == 0 ? NONE : new int[counts[s]];
            counts[s] = 0;
        }
        for (int i = 0; i < hits.length; i++) {
            int[] h = hits[i];
            if (h != null) {
                for (int k = 0; k < h.length; k += 2) {
                    out[h[k]][counts[h[k]]++] = i << 12 | h[k + 1];
                }
            }
        }
        return out;
    }

    /** The word's pairs, then the digit pairs of the slots the word does not trigger. */
    private static int[] merge(int[] word, int[] digits) {
        int[] c = java.util.Arrays.copyOf(word, word.length + digits.length);
        int n = word.length;
        outer:
        for (int k = 0; k < digits.length; k += 2) {
            for (int j = 0; j < word.length; j += 2) {
                if (word[j] == digits[k]) {
                    continue outer;
                }
            }
            c[n++] = digits[k];
            c[n++] = digits[k + 1];
        }
        return java.util.Arrays.copyOf(c, n);
    }
}
