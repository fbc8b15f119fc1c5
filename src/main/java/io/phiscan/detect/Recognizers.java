package io.phiscan.detect;

import io.phiscan.model.Signal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every rule of the detector, each a named value whose id appears in explanations, in the order
 * they run: identifiers, clinical lexicons and patterns, figures of speech (which withdraw the
 * clinical words they borrow), names, relationship and response cues, and last the rules that
 * read what the others found (who a clinical term is about, assessments in replies).
 */
public final class Recognizers {
    private Recognizers() {
    }

    static final String LEXICON = "/io/phiscan/detect/lexicon/";
    /** The lexicon categories a policy may extend. */
    public static final List<String> LEXICON_CATEGORIES = List.of("symptom", "condition", "medication", "test", "procedure");
    private static final Map<String, List<String>> BUILT_IN = new LinkedHashMap<>();
    private static final Set<String> GIVEN_NAMES = Lexicon.readWords(LEXICON + "given-names.txt");
    private static final Set<String> SURNAMES = Lexicon.readWords(LEXICON + "surnames.txt");

    static {
        for (String category : LEXICON_CATEGORIES) {
            List<String> terms = new ArrayList<>(Lexicon.readTerms(LEXICON + category + "s.txt"));
            if (category.equals("medication")) {
                terms.addAll(Lexicon.readTerms(LEXICON + "medication-generics.txt"));
            }
            BUILT_IN.put(category, List.copyOf(terms));
        }
    }

    /** Every rule, the lexicons changed by the policy's additions and removals. */
    public static List<Recognizer> all(Policy policy) {
        List<Recognizer> rules = new ArrayList<>(IdentifierRules.all());
        Map<String, List<String>> lexicons = new LinkedHashMap<>();
        for (String category : LEXICON_CATEGORIES) {
            List<String> terms = new ArrayList<>(BUILT_IN.get(category));
            terms.removeIf(t -> policy.ignoredTerms().contains(FoldedText.fold(t)));
            terms.addAll(policy.extraTerms().getOrDefault(category, List.of()));
            lexicons.put(category, terms);
        }
        rules.add(new ClinicalLexicons(lexicons));
        rules.add(new SpellingRecognizer(lexicons.get("medication")));
        rules.addAll(ClinicalRules.all());
        rules.add(new FigureOfSpeechFilter());
        rules.add(new NameRecognizer(GIVEN_NAMES, SURNAMES));
        if (!policy.roster().names().isEmpty()) {
            rules.add(new LexiconRecognizer("id.name.roster", Signal.IDENTIFIER, "name", new Lexicon(policy.roster().names())));
        }
        rules.addAll(CueRules.all());
        rules.add(new DisclosureRecognizer());
        rules.add(new AssessmentRecognizer());
        return List.copyOf(rules);
    }

    /** The rules by id. */
    public static Map<String, Recognizer> byId(Policy policy) {
        Map<String, Recognizer> m = new LinkedHashMap<>();
        all(policy).forEach(r -> m.put(r.id(), r));
        return m;
    }
}
