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

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void find(FoldedText text, String messageId, List<Signal> out) {
        List<FoldedText.Token> tokens = text.tokens();
        int n = out.size();
        for (int i = 0; i < n; i++) {
            Signal c = out.get(i);
            if (!c.kind().equals(Signal.CLINICAL) || c.category().equals("care-request")) {
                continue;
            }
            int ci = text.tokenAt(c.start());
            String category = null;
            int k = ci - 1;
            for (; k >= 0 && k >= ci - 12 && category == null; k--) {
                FoldedText.Token t = tokens.get(k);
                if (text.boundaryBetween(t.end(), c.start())) {
                    break;
                }
                if (k + 1 < tokens.size() && NOT_A_PERSON.contains(tokens.get(k + 1).base()) && isDeterminer(t.folded())) {
                    break;
                }
                category = classify(text, tokens, k, ci, out);
            }
            if (category != null) {
                int start = tokens.get(k + 1).start();
                String rule = ID + "." + category.substring(0, category.indexOf('-') < 0 ? category.length()
                        : category.indexOf('-'));
                out.add(new Signal(Signal.RELATIONSHIP, category, messageId, start, c.end(), text.span(start, c.end()), rule));
            }
        }
    }

    private static boolean isDeterminer(String w) {
        return SELF_DET.contains(w) || OUR_DET.contains(w) || YOUR_DET.contains(w) || THIRD_DET.contains(w);
    }

    /** The kind of person token {@code k} refers to when it anchors the clinical term at {@code ci}, or null. */
    private static String classify(FoldedText text, List<FoldedText.Token> tokens, int k, int ci, List<Signal> out) {
        FoldedText.Token t = tokens.get(k);
        String w = t.folded();
        int distance = ci - k;
        boolean family = familyAfter(tokens, k, ci);
        if (isDeterminer(w) && distance <= 4) {
            if (YOUR_DET.contains(w)) {
                return "addressee";
            }
            if (SELF_DET.contains(w)) {
                return family ? "family-disclosure" : "self-disclosure";
            }
            if (OUR_DET.contains(w)) {
                return family ? "family-disclosure" : null;
            }
            return "third-person";
        }
        if (named(t, out)) {
            return w.endsWith("'s") && distance <= 4 || verbBetween(tokens, k, ci) ? "named-person" : null;
        }
        if (CueRules.FAMILY_WORDS_SET.contains(t.base()) && k > 0 && ownedByWriter(tokens, k)) {
            return w.endsWith("'s") && distance <= 4 || verbBetween(tokens, k, ci) ? "family-disclosure" : null;
        }
        if (SELF_SUBJECT.contains(w) && (verbBetween(tokens, k, ci) || CONTRACTED.contains(w) && distance <= 5
                || w.equals("me") && distance <= 3)) {
            return "self-disclosure";
        }
        if (THIRD_SUBJECT.contains(w) && (verbBetween(tokens, k, ci) || CONTRACTED.contains(w) && distance <= 5)) {
            return "third-person";
        }
        if ((w.equals("you") || w.equals("u") || w.equals("usted")) && verbBetween(tokens, k, ci)) {
            return "addressee";
        }
        if (distance <= 4 && SELF_VERB_ES.contains(w)) {
            return "self-disclosure";
        }
        if (distance <= 4 && THIRD_VERB_ES.contains(w)) {
            return "third-person";
        }
        return null;
    }

    private static boolean familyAfter(List<FoldedText.Token> tokens, int k, int ci) {
        for (int j = k + 1; j < ci && j <= k + 4; j++) {
            if (CueRules.FAMILY_WORDS_SET.contains(tokens.get(j).base())) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownedByWriter(List<FoldedText.Token> tokens, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
            if (SELF_DET.contains(tokens.get(j).folded()) || OUR_DET.contains(tokens.get(j).folded())) {
                return true;
            }
        }
        return false;
    }

    private static boolean verbBetween(List<FoldedText.Token> tokens, int k, int ci) {
        for (int j = k + 1; j < ci && j <= k + 6; j++) {
            String w = tokens.get(j).folded();
            if (NOT_A_PERSON.contains(tokens.get(j).base())) {
                return false;
            }
            if (VERBS.contains(w)) {
                return ci - j <= 7;
            }
        }
        return false;
    }

    private static boolean named(FoldedText.Token t, List<Signal> out) {
        for (Signal s : out) {
            if (s.category().equals("name") && !s.rule().equals(NameRecognizer.PROVIDER) && s.start() <= t.start()
                    && t.end() <= s.end() + 2) {
                return true;
            }
        }
        return false;
    }
}
