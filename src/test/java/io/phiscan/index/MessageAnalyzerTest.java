package io.phiscan.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class MessageAnalyzerTest {

    private static List<String> terms(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (Analyzer a = new MessageAnalyzer(); TokenStream ts = a.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void lowerCasesAndKeepsEveryWord() throws IOException {
        assertThat(terms("Is the Amoxicillin 5 ml OK for her ear?"))
                .containsExactly("is", "the", "amoxicillin", "5", "ml", "ok", "for", "her", "ear");
    }

    @Test
    void foldsAccentsSoSpanishMatchesWithoutThem() throws IOException {
        assertThat(terms("La doctora le recetó ibuprofeno, vomitó")).containsExactly("la", "doctora", "le", "receto",
                "ibuprofeno", "vomito");
    }

    @Test
    void keepsDecimalsAndHandlesWhole() throws IOException {
        assertThat(terms("fever 102.5 @maria_g")).containsExactly("fever", "102.5", "maria_g");
    }
}
