package io.phiscan.detect;

import java.util.Set;

/**
 * The words that refer to people, folded: possessives and subjects by person ("my", "her",
 * "usted"), Spanish verb forms that carry their subject ("tengo", "tiene"), verbs of having and
 * feeling, words that are not the writer's own person ("my patients", "my dog"), and capitalized
 * words that are not names. Constants; used by {@link DisclosureRecognizer} and {@link NameRecognizer}.
 */
final class PersonWords {
    private PersonWords() {
    }

    static final Set<String> SELF_DET = Set.of("my", "mi", "mis");
    static final Set<String> OUR_DET = Set.of("our", "nuestro", "nuestra", "nuestros", "nuestras");
    static final Set<String> YOUR_DET = Set.of("your", "ur", "tu", "tus");
    static final Set<String> THIRD_DET = Set.of("his", "her", "their", "su", "sus");
    static final Set<String> SELF_SUBJECT = Set.of("i", "we", "we're", "i'm", "im", "i've", "ive", "i'd", "i'll", "yo", "me", "myself");
    static final Set<String> CONTRACTED = Set.of("i'm", "im", "i've", "ive", "i'd", "she's", "he's", "shes", "hes");
    static final Set<String> THIRD_SUBJECT = Set.of("he", "she", "he's", "she's", "hes", "shes", "they", "el", "ella",
            "him");
    static final Set<String> SELF_VERB_ES = Set.of("tengo", "estoy", "tuve", "siento", "tome", "tomo", "ando", "sigo",
            "amaneci", "quede", "baje", "subi", "perdi", "paro", "pienso", "lloro", "quiero", "puedo", "duermo");
    static final Set<String> THIRD_VERB_ES = Set.of("tiene", "esta", "tuvo", "amanecio", "sigue", "le", "lo",
            "vomito", "vomita", "anda", "salio", "salieron", "hace", "tienen", "estan", "tenia", "estaba");
    static final Set<String> VERBS = Set.of("have", "has", "had", "having", "got", "gotten", "gets", "get", "getting",
            "caught", "feel", "feels", "felt", "feeling", "is", "am", "are", "was", "were", "been", "keeps", "kept", "keep",
            "started", "starts", "start", "stopped", "take", "takes", "taking", "took", "on", "using", "uses", "used", "need",
            "needs", "needed", "threw", "throws", "throwing", "vomited", "vomiting", "diagnosed", "tested", "broke", "hurt",
            "hurts", "suffer", "suffers", "suffered", "suffering", "struggle", "struggles", "struggling", "woke", "wakes",
            "developed", "noticed", "found", "finished", "ran", "run", "runs", "spit", "spits", "spitting", "can't", "cant",
            "cannot", "won't", "wont", "isn't", "doesn't", "didn't", "gained", "lost", "weighs", "tore", "sprained", "fell",
            "cut", "burned", "swallowed", "out", "due", "running", "breaking", "spiking", "losing", "gaining", "passing", "seeing",
            "hearing", "dealing", "recovering", "healing", "experiencing", "noticing", "peeing", "pooping", "sleeping", "eating",
            "drinking", "dying", "underwent", "went", "goes", "rolled", "pulled", "pulling", "tugging",
            "coughing", "coughed", "sneezing", "wheezing", "bleeding", "spotting", "cramping", "seems", "looks", "still",
            "tiene", "tengo", "tuvo", "esta", "estoy", "sigue", "le", "me", "duele", "duelen", "toma", "tomo", "tomando", "ha",
            "he", "tenido", "estado", "salio", "dio", "dieron", "amanecio", "vomito", "hace", "hizo", "cayo", "siente", "anda",
            "enfermo", "sufre", "sufro", "d", "s", "m", "ve", "'s", "'ve", "'m", "'d");
    static final Set<String> NOT_A_PERSON = Set.of("patient", "patients", "practice", "clinic", "office", "residents",
            "students", "followers", "friend", "friends", "coworker", "coworkers", "colleague", "colleagues", "dog", "dogs", "cat",
            "cats", "pup", "puppy", "pet", "pets", "horse", "team", "readers", "audience", "post", "posts", "thread", "article",
            "paper", "research", "study", "podcast", "video", "blog", "book", "class", "lecture", "talk", "thoughts", "opinion",
            "take", "view", "views", "question", "questions", "job", "work", "boss", "neighbor", "neighbors", "content", "reel",
            "slides", "panel", "own", "clients", "client", "perro", "perrito", "gato", "amigo", "amiga", "pacientes");

    static final Set<String> NOT_NAMES = Set.of("i", "the", "he", "she", "it", "this", "that", "and", "but", "so",
            "is", "has", "was", "had", "just", "also", "got", "not", "no", "yes", "ok", "okay", "hi", "hey", "thanks", "thank",
            "please", "sorry", "dr", "doc", "doctor", "doctora", "my", "our", "his", "her", "your", "mom", "dad", "baby", "today",
            "tonight", "tomorrow", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "christmas", "easter", "thanksgiving", "god", "we", "they", "you", "there", "here", "what", "when",
            "who", "why", "how", "if", "or", "then", "now", "still", "all", "everyone", "anyone", "nurse", "hospital", "er",
            "urgent", "pharmacy", "insurance", "covid", "flu", "lol", "omg", "btw", "plus", "after", "before",
            "since", "because", "mami", "papi", "bebe", "sir", "madam", "folks", "team", "office", "clinic", "new", "happy");
}
