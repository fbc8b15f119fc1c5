package io.phiscan.detect;

import io.phiscan.model.Signal;
import java.util.List;
import java.util.Set;

/**
 * Who a clinical term is about: it links each clinical signal to the nearest person reference
 * before it in the same sentence — a possessive ("my fever", "her inhaler", "Ethan's
 * albuterol"), or a subject with a verb of having or feeling ("I've had a headache", "she keeps
 * throwing up", "mi hijo tiene fiebre"), else to a possessive inside the clinical span ("a rash on
 * my arm") — and reports the link as a relationship signal spanning both: {@code self-disclosure}, {@code family-disclosure}, {@code third-person},
 * {@code addressee} ("your labs") or {@code named-person}. "My patients", "my friend" and "my
 * post about" are not the writer's own health. Runs after the clinical and name rules. Immutable
 * and thread-safe.
 */
final class DisclosureRecognizer implements Recognizer {
    static final String ID = "rel.disclosure";
    private static final int MY = 1;
    private static final int OUR = 1 << 1;
    private static final int YOUR = 1 << 2;
    private static final int THIRD = 1 << 3;
    private static final int SELF_SUBJ = 1 << 4;
    private static final int CONTRACTION = 1 << 5;
    private static final int THIRD_SUBJ = 1 << 6;
    private static final int SELF_ES = 1 << 7;
    private static final int THIRD_ES = 1 << 8;
    private static final int VERB = 1 << 9;
    private static final int NOT_PERSON = 1 << 10;
    private static final int FAMILY = 1 << 11;
    private static final int NAME = 1 << 12;
    private static final int DETERMINER = MY | OUR | YOUR | THIRD;
    private static final java.util.Map<String, Integer> FLAGS = new java.util.HashMap<>();

    static {
        flag(PersonWords.SELF_DET, MY);
        flag(PersonWords.OUR_DET, OUR);
        flag(PersonWords.YOUR_DET, YOUR);
        flag(PersonWords.THIRD_DET, THIRD);
        flag(PersonWords.SELF_SUBJECT, SELF_SUBJ);
        flag(PersonWords.CONTRACTED, CONTRACTION);
        flag(PersonWords.THIRD_SUBJECT, THIRD_SUBJ);
        flag(PersonWords.SELF_VERB_ES, SELF_ES);
        flag(PersonWords.THIRD_VERB_ES, THIRD_ES);
        flag(PersonWords.VERBS, VERB);
        flag(PersonWords.NOT_A_PERSON, NOT_PERSON);
        flag(CueRules.FAMILY_WORDS_SET, FAMILY);
        flag(Set.of("you", "u", "usted"), 1 << 13);
    }

    private static void flag(Set<String> words, int bit) {
        words.forEach(w -> FLAGS.merge(w, bit, (x, y) -> x | y));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void find(FoldedText text, String messageId, List<Signal> out) {
        List<FoldedText.Token> tokens = text.tokens();
        int n = out.size();
        int[] flags = null;
        for (int i = 0; i < n; i++) {
            Signal c = out.get(i);
            if (!c.kind().equals(Signal.CLINICAL) || c.category().equals("care-request") || c.category().equals("body-part")) {
                continue;
            }
            if (flags == null) {
                flags = flags(tokens, out);
            }
            int ci = text.tokenAt(c.start());
            String category = null;
            int k = ci - 1;
            for (; k >= 0 && k >= ci - 12 && category == null; k--) {
                FoldedText.Token t = tokens.get(k);
                if (text.boundaryBetween(t.end(), c.start())) {
                    break;
                }
                if ((flags[k] & DETERMINER) != 0 && k + 1 < tokens.size() && (flags[k + 1] & NOT_PERSON) != 0) {
                    break;
                }
                category = classify(tokens, flags, k, ci);
            }
            int start = category != null ? tokens.get(k + 1).start() : c.start();
            if (category == null) {
                category = inside(tokens, flags, ci, c.end());
            }
            if (category != null) {
                String rule = ID + "." + category.substring(0, category.indexOf('-') < 0 ? category.length()
                        : category.indexOf('-'));
                out.add(new Signal(Signal.RELATIONSHIP, category, messageId, start, c.end(), text.span(start, c.end()), rule));
            }
        }
    }

    /**
     * The person a possessive or a person-marking verb inside the clinical span points at, when
     * none comes before it: "rash on my arm", "swelling in his knee", "my refill", "no paro de llorar".
     */
    private static String inside(List<FoldedText.Token> tokens, int[] flags, int ci, int end) {
        for (int j = ci; j < tokens.size() && tokens.get(j).end() <= end; j++) {
            int f = flags[j];
            if ((f & SELF_ES) != 0 || tokens.get(j).folded().equals("me")) {
                return "self-disclosure";
            }
            if ((f & THIRD_ES) != 0 && (f & DETERMINER) == 0) {
                return "third-person";
            }
            if ((f & DETERMINER) == 0 || j + 1 < tokens.size() && (flags[j + 1] & NOT_PERSON) != 0) {
                continue;
            }
            boolean family = familyAfter(flags, j, Math.min(tokens.size(), j + 3));
            if ((f & YOUR) != 0) {
                return "addressee";
            }
            if ((f & MY) != 0) {
                return family ? "family-disclosure" : "self-disclosure";
            }
            if ((f & OUR) != 0) {
                return family ? "family-disclosure" : null;
            }
            return "third-person";
        }
        return null;
    }

    /** Each token's word classes, and whether a (non-provider) name covers it. */
    private static int[] flags(List<FoldedText.Token> tokens, List<Signal> out) {
        int[] flags = new int[tokens.size()];
        for (int i = 0; i < flags.length; i++) {
            FoldedText.Token t = tokens.get(i);
            Integer f = FLAGS.get(t.folded());
            Integer b = t.folded().endsWith("'s") ? FLAGS.get(t.base()) : null;
            flags[i] = (f == null ? 0 : f) | (b == null ? 0 : b & (FAMILY | NOT_PERSON));
        }
        for (Signal s : out) {
            if (s.category().equals("name") && !s.rule().equals(NameRecognizer.PROVIDER)) {
                // the tokens are in the order of the text: from the first that starts in the name
                for (int i = firstStartingAt(tokens, s.start()); i < flags.length; i++) {
                    FoldedText.Token t = tokens.get(i);
                    if (t.start() > s.end() + 2) {
                        break;
                    }
                    if (t.end() <= s.end() + 2) {
                        flags[i] |= NAME;
                    }
                }
            }
        }
        return flags;
    }

    /** The index of the first token that starts at {@code offset} or after (tokens in the order of the text). */
    private static int firstStartingAt(List<FoldedText.Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The kind of person token {@code k} refers to when it anchors the clinical term at {@code ci}, or null. */
    private static String classify(List<FoldedText.Token> tokens, int[] flags, int k, int ci) {
        int f = flags[k];
        if (f == 0) {
            return null;
        }
        String w = tokens.get(k).folded();
        int distance = ci - k;
        if ((f & DETERMINER) != 0 && distance <= 4) {
            boolean family = familyAfter(flags, k, ci);
            if ((f & YOUR) != 0) {
                return "addressee";
            }
            if ((f & MY) != 0) {
                return family ? "family-disclosure" : "self-disclosure";
            }
            if ((f & OUR) != 0) {
                return family ? "family-disclosure" : null;
            }
            return "third-person";
        }
        boolean possessive = w.endsWith("'s") && distance <= 4;
        if ((f & NAME) != 0) {
            return possessive || verbBetween(flags, k, ci) ? "named-person" : null;
        }
        if ((f & FAMILY) != 0 && k > 0 && ownedByWriter(flags, k)) {
            return possessive || verbBetween(flags, k, ci) ? "family-disclosure" : null;
        }
        boolean contracted = (f & CONTRACTION) != 0 && distance <= 5 && !otherActivityBetween(tokens, flags, k, ci);
        if ((f & SELF_SUBJ) != 0 && (verbBetween(flags, k, ci) || contracted || w.equals("me") && distance <= 3)) {
            return "self-disclosure";
        }
        if ((f & THIRD_SUBJ) != 0 && (verbBetween(flags, k, ci) || contracted)) {
            return "third-person";
        }
        if ((f & (1 << 13)) != 0 && verbBetween(flags, k, ci)) {
            return "addressee";
        }
        if (distance <= 4 && (f & SELF_ES) != 0) {
            return "self-disclosure";
        }
        if (distance <= 4 && (f & THIRD_ES) != 0) {
            return "third-person";
        }
        return null;
    }

    /**
     * Between "I'm" and the clinical word, an activity that is not having or feeling: "I'm writing
     * about measles", "I'm organizing a 5K for diabetes" are a topic, not the writer's health.
     */
    private static boolean otherActivityBetween(List<FoldedText.Token> tokens, int[] flags, int k, int ci) {
        for (int j = k + 1; j < ci; j++) {
            String t = tokens.get(j).folded();
            if (t.length() > 4 && t.endsWith("ing") && (flags[j] & VERB) == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean familyAfter(int[] flags, int k, int ci) {
        for (int j = k + 1; j < ci && j <= k + 4; j++) {
            if ((flags[j] & FAMILY) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownedByWriter(int[] flags, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
            if ((flags[j] & (MY | OUR)) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean verbBetween(int[] flags, int k, int ci) {
        for (int j = k + 1; j < ci && j <= k + 6; j++) {
            if ((flags[j] & NOT_PERSON) != 0) {
                return false;
            }
            if ((flags[j] & VERB) != 0) {
                return ci - j <= 7;
            }
        }
        return false;
    }
}
