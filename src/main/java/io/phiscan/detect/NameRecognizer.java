package io.phiscan.detect;

import io.phiscan.model.Signal;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Person names, recognized in context, because a bare capitalized word ("Jordan", "May",
 * "Grace") is as often a country, a month or a virtue: after a family role ("my son Jacob"),
 * in an introduction ("this is Maria"), a greeting or a sign-off, as the parent of someone
 * ("Sofia's mom"), as the subject or owner of a clinical term ("Ethan's inhaler", "Lily has had a
 * fever"), after a title ("Mrs. Owens"; "Dr. Cole" is a provider, rule {@code id.name.provider}),
 * or as a known given name followed by a known surname ("Harold Jensen"). A known given name the
 * message addresses — after a greeting or a congratulation, opening a line before a comma, or
 * closing a sentence after one ("get well soon, Jayden!") — is reported as {@code id.name.vocative}.
 * Immutable and thread-safe.
 */
final class NameRecognizer implements Recognizer {
    static final String ID = "id.name";
    static final String PROVIDER = "id.name.provider";
    /** A name the message addresses ("Hi Zoe", "Marcus, ...", "get well soon, Jayden!"): the message is to that person. */
    static final String VOCATIVE = "id.name.vocative";
    private static final String N = "\\p{Lu}[\\p{Ll}'’-]{1,20}(?![\\p{L}])";
    private static final String ROLES = "(?i:son|daughter|kid|child|baby|boy|girl|husband|wife|partner|boyfriend|girlfriend"
            + "|fianc[eé]e?|mom|mother|dad|father|grandson|granddaughter|grandma|grandpa|grandmother|grandfather|toddler"
            + "|newborn|sister|brother|stepson|stepdaughter|niece|nephew|hijo|hija|bebé|bebe|niño|niña|nino|nina|esposo|esposa"
            + "|marido|mamá|mama|papá|papa|madre|padre|nieto|nieta|abuelo|abuela|hermano|hermana|sobrino|sobrina)";
    /** A pattern, whether its name must be a known given name, and the rule it reports. */
    private record Context(Pattern pattern, boolean known, String rule, boolean needsClinicalAfter) {
        /** "can you see Ryder tomorrow? his ear hurts": the clinical word may come in the next sentence. */
        boolean crossesSentences() {
            return pattern.pattern().startsWith("(?i:\\b(?:for|para");
        }
    }

    private static final List<Context> CONTEXTS = List.of(
            new Context(Pattern.compile("(?i:\\b(?:my|our|your|his|her|their|mi|nuestro|nuestra|su|tu)\\s+(?:\\d+ ?(?:yo|y/o"
                    + "|year old|yr old|month old|mo|week old)\\s+)?)" + ROLES + ",?\\s+(?<v>" + N + ")"), false, ID, false),
            new Context(Pattern.compile("(?i:\\b(?:this is|it's|it’s|it is|its|i'm|i’m|i am|im|my name is|me llamo|soy"
                    + "|mi nombre es|here's|name's|meet))\\s+(?<v>" + N + ")(?:\\s+(?<s>" + N + "))?"), true, ID, false),
            new Context(Pattern.compile("(?<v>" + N + ")['’]s\\s+(?i:mom|mother|dad|father|mam[aá]|pap[aá]|parents?|grandma"
                    + "|grandpa|nanny|aunt|uncle)\\b"), false, ID, false),
            new Context(Pattern.compile("(?<v>" + N + ")['’]s\\s"), true, ID, true),
            new Context(Pattern.compile("(?i:\\b(?:its|it's|this is|i'm|im))\\s+(?<v>\\p{Ll}[\\p{Ll}'’-]{1,20})['’]s\\s+(?i:mom|mother|dad"
                    + "|father|mama|mamá|papa|papá|grandma|grandpa)\\b"), true, ID, false),
            new Context(Pattern.compile("(?i:\\b(?:my|our|mi)\\s+(?:son|daughter|hijo|hija|baby|boy|girl))\\s+(?<v>\\p{Ll}[\\p{Ll}'’-]{1,20})"
                    + "\\s+(?i:has|had|is|was|got|keeps|tiene|esta|está)\\b"), true, ID, false),
            new Context(Pattern.compile("(?i:\\b(?:mam[aá]|pap[aá]|abuela|abuelo|t[ií]a|t[ií]o|madre|padre) de)\\s+(?<v>" + N + ")"),
                    false, ID, false),
            new Context(Pattern.compile("(?i:\\b(?:mom|mother|dad|father|grandma|grandpa|grandmother|grandfather|parent|guardian)"
                    + " of)\\s+(?<v>" + N + ")"), true, ID, false),
            new Context(Pattern.compile("(?<v>" + N + ")\\s+(?:\\([^)]{1,30}\\)\\s+)?(?i:has|had|is|was|got|gets|keeps|kept|threw|still|started|broke|fell|hurt"
                    + "|cut|hit|burned|burnt|sprained|twisted|bumped|swallowed|slipped|tripped|tiene"
                    + "|está|esta|tuvo|sigue|amaneció|amanecio|vomitó|vomito|le|se)\\b"), true, ID, true),
            new Context(Pattern.compile("(?i:\\b(?:for|para|squeeze|get|bring|see|check on|about|ver a|a))\\s+(?<v>" + N + ")\\b"),
                    true, ID, true),
            new Context(Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mx|Sr|Sra|Srta|Señor|Señora|Don|Doña)\\.?\\s+(?<v>" + N
                    + ")(?:\\s+(?<s>" + N + "))?"), false, "id.name.title", false),
            new Context(Pattern.compile("\\b(?i:dr|dra|doctor|doctora)\\.?\\s+(?<v>" + N + ")(?:\\s+(?<s>" + N + "))?"),
                    false, PROVIDER, false),
            new Context(Pattern.compile("(?i:\\b(?:thanks|thank you|thx|ty|gracias|regards|best|sincerely|love"
                    + "|saludos|atentamente|cheers)),?\\s*(?:[-–—~]\\s*)?(?<v>" + N + ")(?:\\s+(?<s>" + N + "))?\\s*[.!]?\\s*$"),
                    true, ID, false),
            new Context(Pattern.compile("(?<=[-–—~]\\s?)(?<v>" + N + ")(?:\\s+(?<s>" + N + "))?\\s*$"), true, ID, false),
            new Context(Pattern.compile("(?i:\\b(?:hi|hey|hello|dear|hola|buenas|buenos d[ií]as|good morning|morning))\\s+"
                    + "(?<v>" + N + ")\\b(?!\\.)"), true, VOCATIVE, false),
            new Context(Pattern.compile("(?<=^|\\n)(?<v>" + N + "),\\s(?!\\p{Lu}\\p{Ll}+(?:,|\\s+(?:and|y|&)\\s))"), true, VOCATIVE,
                    false),
            new Context(Pattern.compile("(?<=[,¡]\\s?)(?<v>" + N + ")\\s*(?:[!?]|\\.(?:\\s|$)|$)"), true, VOCATIVE, false),
            new Context(Pattern.compile("(?i:\\b(?:congrats|congratulations|felicidades|felicitaciones|bravo|welcome back"
                    + "|bienvenido|bienvenida|happy birthday|feliz cumplea[ñn]os|get well soon|way to go|great job|good job|so proud of you"
                    + "|proud of you|animo|ánimo|fuerza)),?\\s+(?<v>" + N + ")\\b"), true, VOCATIVE, false),
            new Context(Pattern.compile("\\b(?<v>" + N + ")\\s+(?<s>" + N + ")"), true, "id.name.full", false));

    private static final java.util.Map<String, Integer> TRIGGERS = new java.util.HashMap<>();
    private static final int CAPITALIZED;
    /** Of the contexts that begin with the name: those needing a known name, a possessive, a dash before. */
    private static final int KNOWN;
    private static final int POSSESSIVE;
    private static final int DASH;

    static {
        int capitalized = 0;
        for (int c = 0; c < CONTEXTS.size(); c++) {
            String p = CONTEXTS.get(c).pattern().pattern();
            Set<String> words = Triggers.of(p);
            if (words == null) {
                if (!p.startsWith("(?<v>") && !p.startsWith("(?<=") && !p.startsWith("\\b(?<v>")) {
                    throw new IllegalStateException("name context " + c + " has no first words and does not start with the name");
                }
                capitalized |= 1 << c;
            } else {
                int bit = 1 << c;
                words.forEach(w -> TRIGGERS.merge(w, bit, (a, b) -> a | b));
            }
        }
        CAPITALIZED = capitalized;
        int known = 0;
        int possessive = 0;
        int dash = 0;
        for (int c = 0; c < CONTEXTS.size(); c++) {
            String p = CONTEXTS.get(c).pattern().pattern();
            known |= CONTEXTS.get(c).known() ? 1 << c : 0;
            possessive |= p.startsWith("(?<v>" + N + ")['’]s") ? 1 << c : 0;
            dash |= p.startsWith("(?<=[-") ? 1 << c : 0;
        }
        KNOWN = known & capitalized;
        POSSESSIVE = possessive & capitalized;
        DASH = dash & capitalized;
    }

    private final Set<String> givenNames;
    private final Set<String> surnames;

    NameRecognizer(Set<String> givenNames, Set<String> surnames) {
        this.givenNames = givenNames;
        this.surnames = surnames;
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * Tries each context only at the tokens that can begin it: its first words, or, for the
     * contexts that begin with the name itself, capitalized tokens.
     */
    @Override
    public void find(FoldedText text, String messageId, List<Signal> out) {
        boolean shouted = shouted(text.original());
        // "THIS IS DOROTHY": a message in capitals is read with its words capitalized, offsets unchanged
        String s = shouted ? capitalizedWords(text.original()) : text.original();
        List<FoldedText.Token> tokens = text.tokens();
        Matcher[] matchers = new Matcher[CONTEXTS.size()];
        int[] last = new int[CONTEXTS.size()];
        for (FoldedText.Token t : tokens) {
            Integer bits = TRIGGERS.get(t.folded());
            int mask = (bits == null ? 0 : bits) | (Character.isUpperCase(s.charAt(t.start())) ? capitalized(t, s) : 0);
            for (int c = 0; mask != 0 && c < CONTEXTS.size(); c++) {
                if ((mask & (1 << c)) == 0 || t.start() < last[c]) {
                    continue;
                }
                if (matchers[c] == null) {
                    matchers[c] = CONTEXTS.get(c).pattern().matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                }
                Matcher m = matchers[c].region(t.start(), s.length());
                if (m.lookingAt()) {
                    last[c] = Math.max(m.end(), t.start() + 1);
                    match(text, CONTEXTS.get(c), m, shouted, messageId, out);
                }
            }
        }
    }

    /** The contexts worth trying at a capitalized token: those needing a known name only at one. */
    private int capitalized(FoldedText.Token t, String s) {
        int mask = CAPITALIZED;
        if (!givenNames.contains(t.base())) {
            mask &= ~KNOWN;
        }
        if (!t.folded().endsWith("'s")) {
            mask &= ~POSSESSIVE;
        }
        if ((mask & DASH) != 0 && !afterDash(s, t.start())) {
            mask &= ~DASH;
        }
        return mask;
    }

    /**
     * Written in capitals: at least 12 letters, nine in ten of them upper case. The count stops
     * once the letters not upper case are too many for the chars left to make up.
     */
    static boolean shouted(String s) {
        int letters = 0;
        int upper = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (Character.isLetter(ch)) {
                letters++;
                if (Character.isUpperCase(ch)) {
                    upper++;
                } else if ((long) upper + (n - 1 - i) < 9L * (letters - upper)) {
                    return false;
                }
            }
        }
        return letters >= 12 && upper * 10 >= letters * 9;
    }

    /** Each word's first letter upper case, the others lower case, char for char (offsets unchanged). */
    static String capitalizedWords(String s) {
        char[] out = s.toCharArray();
        boolean inWord = false;
        for (int i = 0; i < out.length; i++) {
            char ch = out[i];
            if (Character.isLetter(ch)) {
                out[i] = inWord ? Character.toLowerCase(ch) : Character.toUpperCase(ch);
                inWord = true;
            } else {
                inWord = ch == '\'' || ch == '\u2019' || ch == '-' ? inWord : false;
            }
        }
        return new String(out);
    }

    private static boolean afterDash(String s, int i) {
        int j = i - 1;
        while (j >= 0 && s.charAt(j) == ' ') {
            j--;
        }
        return j >= 0 && "-–—~".indexOf(s.charAt(j)) >= 0;
    }

    /**
     * A match, checked: in a message in capitals every word looked like a name, so there only a
     * known given name counts, whatever the context.
     */
    private void match(FoldedText text, Context c, Matcher m, boolean shouted, String messageId, List<Signal> out) {
        String name = m.group("v");
        String folded = FoldedText.fold(name);
        if (PersonWords.NOT_NAMES.contains(folded) || ((c.known() || shouted) && !givenNames.contains(folded))) {
            return;
        }
        int end = m.end("v");
        String surname = c.pattern().pattern().contains("(?<s>") ? m.group("s") : null;
        if (c.rule().equals("id.name.full") && (surname == null || !surnames.contains(FoldedText.fold(surname)))) {
            return;
        }
        if (surname != null && !PersonWords.NOT_NAMES.contains(FoldedText.fold(surname))
                && (surnames.contains(FoldedText.fold(surname)) || !c.known())) {
            end = m.end("s");
        }
        if (c.needsClinicalAfter() && !clinicalAfter(text, m.end("v"), out, c.crossesSentences())) {
            return;
        }
        add(text, m.start("v"), end, messageId, c.rule(), out);
    }

    /** A clinical signal starts within 40 chars after {@code from}, in the same sentence (or 60, in the next). */
    private static boolean clinicalAfter(FoldedText text, int from, List<Signal> out, boolean nextSentence) {
        for (Signal x : out) {
            if (x.kind().equals(Signal.CLINICAL) && x.start() >= from && (x.start() - from <= 40
                    && !text.boundaryBetween(from, x.start()) || nextSentence && x.start() - from <= 60)) {
                return true;
            }
        }
        return false;
    }

    private static void add(FoldedText text, int start, int end, String messageId, String rule, List<Signal> out) {
        for (int i = 0; i < out.size(); i++) {
            Signal o = out.get(i);
            if (o.kind().equals(Signal.IDENTIFIER) && o.category().equals("name") && o.start() < end && start < o.end()) {
                if (o.end() - o.start() >= end - start) {
                    return;
                }
                out.remove(i--);
            }
        }
        out.add(new Signal(Signal.IDENTIFIER, "name", messageId, start, end, text.span(start, end), rule));
    }
}
