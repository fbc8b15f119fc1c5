package io.phiscan.detect;

import io.phiscan.model.Signal;
import java.util.List;
import java.util.Set;

/**
 * Who a clinical term is about: it links each clinical signal to the nearest person reference
 * before it in the same sentence — a possessive ("my fever", "her inhaler", "Ethan's
 * albuterol"), or a subject with a verb of having or feeling ("I've had a headache", "she keeps
 * throwing up", "mi hijo tiene fiebre") — and reports the link as a relationship signal spanning
 * both: {@code self-disclosure}, {@code family-disclosure}, {@code third-person},
 * {@code addressee} ("your labs") or {@code named-person}. "My patients", "my friend" and "my
 * post about" are not the writer's own health. Runs after the clinical and name rules. Immutable
 * and thread-safe.
 */
final class DisclosureRecognizer implements Recognizer {
    static final String ID = "rel.disclosure";
    private static final Set<String> SELF_DET = Set.of("my", "mi", "mis");
    private static final Set<String> OUR_DET = Set.of("our", "nuestro", "nuestra", "nuestros", "nuestras");
    private static final Set<String> YOUR_DET = Set.of("your", "ur", "tu", "tus");
    private static final Set<String> THIRD_DET = Set.of("his", "her", "their", "su", "sus");
    private static final Set<String> SELF_SUBJECT = Set.of("i", "we", "we're", "i'm", "im", "i've", "ive", "i'd", "i'll", "yo", "me", "myself");
    private static final Set<String> CONTRACTED = Set.of("i'm", "im", "i've", "ive", "i'd", "she's", "he's", "shes", "hes");
    private static final Set<String> THIRD_SUBJECT = Set.of("he", "she", "he's", "she's", "hes", "shes", "they", "el", "ella",
            "him");
    private static final Set<String> SELF_VERB_ES = Set.of("tengo", "estoy", "tuve", "siento", "tome", "tomo", "ando", "sigo",
            "amaneci", "quede", "baje", "subi", "perdi");
    private static final Set<String> THIRD_VERB_ES = Set.of("tiene", "esta", "tuvo", "amanecio", "sigue", "le", "lo",
            "vomito", "vomita", "anda", "salio", "salieron", "hace", "tienen", "estan", "tenia", "estaba");
    private static final Set<String> VERBS = Set.of("have", "has", "had", "having", "got", "gotten", "gets", "get", "getting",
            "caught", "feel", "feels", "felt", "feeling", "is", "am", "are", "was", "were", "been", "keeps", "kept", "keep",
            "started", "starts", "start", "stopped", "take", "takes", "taking", "took", "on", "using", "uses", "used", "need",
            "needs", "needed", "threw", "throws", "throwing", "vomited", "vomiting", "diagnosed", "tested", "broke", "hurt",
            "hurts", "suffer", "suffers", "suffered", "suffering", "struggle", "struggles", "struggling", "woke", "wakes",
            "developed", "noticed", "found", "finished", "ran", "run", "runs", "spit", "spits", "spitting", "can't", "cant",
            "cannot", "won't", "wont", "isn't", "doesn't", "didn't", "gained", "lost", "weighs", "tore", "sprained", "fell",
            "cut", "burned", "swallowed", "out", "due", "underwent", "went", "goes", "rolled", "pulled", "pulling", "tugging",
            "coughing", "coughed", "sneezing", "wheezing", "bleeding", "spotting", "cramping", "seems", "looks", "still",
            "tiene", "tengo", "tuvo", "esta", "estoy", "sigue", "le", "me", "duele", "duelen", "toma", "tomo", "tomando", "ha",
            "he", "tenido", "estado", "salio", "dio", "dieron", "amanecio", "vomito", "hace", "hizo", "cayo", "siente", "anda",
            "enfermo", "sufre", "sufro", "d", "s", "m", "ve", "'s", "'ve", "'m", "'d");
    private static final Set<String> NOT_A_PERSON = Set.of("patient", "patients", "practice", "clinic", "office", "residents",
            "students", "followers", "friend", "friends", "coworker", "coworkers", "colleague", "colleagues", "dog", "dogs", "cat",
            "cats", "pup", "puppy", "pet", "pets", "horse", "team", "readers", "audience", "post", "posts", "thread", "article",
            "paper", "research", "study", "podcast", "video", "blog", "book", "class", "lecture", "talk", "thoughts", "opinion",
            "take", "view", "views", "question", "questions", "job", "work", "boss", "neighbor", "neighbors", "content", "reel",
            "slides", "panel", "own", "clients", "client", "perro", "perrito", "gato", "amigo", "amiga", "pacientes");

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
        flag(SELF_DET, MY);
        flag(OUR_DET, OUR);
        flag(YOUR_DET, YOUR);
        flag(THIRD_DET, THIRD);
        flag(SELF_SUBJECT, SELF_SUBJ);
        flag(CONTRACTED, CONTRACTION);
        flag(THIRD_SUBJECT, THIRD_SUBJ);
        flag(SELF_VERB_ES, SELF_ES);
        flag(THIRD_VERB_ES, THIRD_ES);
        flag(VERBS, VERB);
        flag(NOT_A_PERSON, NOT_PERSON);
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
            if (category != null) {
                int start = tokens.get(k + 1).start();
                String rule = ID + "." + category.substring(0, category.indexOf('-') < 0 ? category.length()
                        : category.indexOf('-'));
                out.add(new Signal(Signal.RELATIONSHIP, category, messageId, start, c.end(), text.span(start, c.end()), rule));
            }
        }
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
                for (int i = 0; i < flags.length; i++) {
                    FoldedText.Token t = tokens.get(i);
                    if (s.start() <= t.start() && t.end() <= s.end() + 2) {
                        flags[i] |= NAME;
                    }
                }
            }
        }
        return flags;
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
        if ((f & SELF_SUBJ) != 0 && (verbBetween(flags, k, ci) || (f & CONTRACTION) != 0 && distance <= 5
                || w.equals("me") && distance <= 3)) {
            return "self-disclosure";
        }
        if ((f & THIRD_SUBJ) != 0 && (verbBetween(flags, k, ci) || (f & CONTRACTION) != 0 && distance <= 5)) {
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
