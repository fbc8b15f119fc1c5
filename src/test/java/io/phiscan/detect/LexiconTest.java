package io.phiscan.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Signal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lexicons (the roster's names, the clinical terms) match their terms in a text's words: the
 * longest term at each word, however many terms share its first words, in any case or accents.
 */
class LexiconTest {

    private static List<String> matched(Lexicon lexicon, String text) {
        FoldedText folded = new FoldedText(text);
        List<FoldedText.Token> tokens = folded.tokens();
        List<String> out = new ArrayList<>();
        for (Lexicon.Match m : lexicon.matches(tokens)) {
            out.add(folded.span(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end()));
        }
        return out;
    }

    @Test
    void theLongestNameAtAWordWinsAndTheScanGoesOnAfterIt() {
        Lexicon roster = new Lexicon(List.of("Maria", "María López", "Maria Lopez Garcia", "Lopez"));
        assertThat(matched(roster, "MARIA LOPEZ GARCIA called, then maria lopez, then Maria, then maria lopez gómez"))
                .containsExactly("MARIA LOPEZ GARCIA", "maria lopez", "Maria", "maria lopez");
        // a term's first words alone are not the term: "Garcia Lopez" is no name here, "Lopez" is
        assertThat(matched(roster, "Garcia Lopez")).containsExactly("Lopez");
        assertThat(roster.size()).isEqualTo(4);
        assertThat(roster.containsWord("maria")).isTrue();
        assertThat(roster.containsWord("garcia")).isFalse();
    }

    @Test
    void manyNamesSharingAGivenNameAreEachFoundAndAMessageOfThatNameAloneFindsOnlyIt() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            names.add("Maria Surname" + i);
        }
        names.add("Maria");
        Lexicon roster = new Lexicon(names);
        assertThat(matched(roster, "from maria surname59999 and Maria Surname0 about Maria"))
                .containsExactly("maria surname59999", "Maria Surname0", "Maria");
        String manyMarias = "Maria ".repeat(20_000);
        assertThat(matched(roster, manyMarias)).hasSize(20_000).containsOnly("Maria");
    }

    @Test
    void aClinicalTermOfTwoCategoriesGivesASignalOfEachOverTheLongestTerm() {
        Map<String, List<String>> terms = new LinkedHashMap<>();
        terms.put("symptom", List.of("sore throat", "sore", "Sore Throat"));
        terms.put("condition", List.of("strep throat", "sore throat"));
        ClinicalLexicons lexicons = new ClinicalLexicons(terms);
        FoldedText text = new FoldedText("a SORE THROAT and a sore knee, maybe strep throat");
        List<Signal> out = new ArrayList<>();
        lexicons.find(text, "m1", out);
        assertThat(out).extracting(s -> s.text() + "/" + s.category() + "/" + s.rule()).containsExactly(
                "SORE THROAT/symptom/clin.symptom", "SORE THROAT/condition/clin.condition",
                "sore/symptom/clin.symptom", "strep throat/condition/clin.condition");
    }
}
