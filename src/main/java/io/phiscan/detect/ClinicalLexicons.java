package io.phiscan.detect;

import io.phiscan.model.Signal;
import java.util.List;
import java.util.Map;

/**
 * The clinical lexicons (symptoms, conditions, medications, tests, procedures) as one rule set
 * matched in one pass: each token is looked up once, the longest term starting there wins, and
 * a term listed in two categories gives a signal of each (rule {@code clin.<category>}).
 * Immutable and thread-safe.
 */
final class ClinicalLexicons implements Recognizer {
    private final TermTrie<String> terms = new TermTrie<>();

    /** @param terms the terms of each category */
    ClinicalLexicons(Map<String, List<String>> terms) {
        terms.forEach((category, list) -> {
            for (String term : list) {
                String[] words = new FoldedText(term.strip()).tokens().stream().map(FoldedText.Token::folded).toArray(String[]::new);
                this.terms.add(words, category);
            }
        });
    }

    @Override
    public String id() {
        return "clin.lexicon";
    }

    @Override
    public void find(FoldedText text, String messageId, List<Signal> out) {
        List<FoldedText.Token> tokens = text.tokens();
        int i = 0;
        while (i < tokens.size()) {
            TermTrie.Longest<String> longest = terms.longestAt(tokens, i);
            if (longest == null) {
                i++;
                continue;
            }
            int start = tokens.get(i).start();
            int end = tokens.get(i + longest.length() - 1).end();
            for (String category : longest.values()) {
                if (!found(out, start, end, category)) {
                    out.add(new Signal(Signal.CLINICAL, category, messageId, start, end, text.span(start, end),
                            "clin." + category));
                }
            }
            i += longest.length();
        }
    }

    /** Whether {@code out} has a clinical signal of the category over exactly this span. */
    private static boolean found(List<Signal> out, int start, int end, String category) {
        for (Signal s : out) {
            if (s.start() == start && s.end() == end && s.category().equals(category) && s.kind().equals(Signal.CLINICAL)) {
                return true;
            }
        }
        return false;
    }
}
