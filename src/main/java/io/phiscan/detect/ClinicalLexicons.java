package io.phiscan.detect;

import io.phiscan.model.Signal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The clinical lexicons (symptoms, conditions, medications, tests, procedures) as one rule set
 * matched in one pass: each token is looked up once, the longest term starting there wins, and
 * a term listed in two categories gives a signal of each (rule {@code clin.<category>}).
 * Immutable and thread-safe.
 */
final class ClinicalLexicons implements Recognizer {
    private record Term(String[] words, String category) {
    }

    private final Map<String, List<Term>> byFirstWord = new HashMap<>();

    /** @param terms the terms of each category */
    ClinicalLexicons(Map<String, List<String>> terms) {
        terms.forEach((category, list) -> {
            for (String term : list) {
                List<FoldedText.Token> tokens = new FoldedText(term.strip()).tokens();
                if (!tokens.isEmpty()) {
                    String[] words = tokens.stream().map(FoldedText.Token::folded).toArray(String[]::new);
                    byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Term(words, category));
                }
            }
        });
        byFirstWord.values().forEach(l -> l.sort((a, b) -> b.words.length - a.words.length));
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
            List<Term> candidates = byFirstWord.get(tokens.get(i).folded());
            int length = 0;
            if (candidates != null) {
                for (Term t : candidates) {
                    if (length > t.words.length) {
                        break;
                    }
                    if (matches(tokens, i, t.words)) {
                        length = t.words.length;
                        int start = tokens.get(i).start();
                        int end = tokens.get(i + length - 1).end();
                        if (!found(out, start, end, t.category)) {
                            out.add(new Signal(Signal.CLINICAL, t.category, messageId, start, end, text.span(start, end),
                                    "clin." + t.category));
                        }
                    }
                }
            }
            i += Math.max(1, length);
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

    private static boolean matches(List<FoldedText.Token> tokens, int i, String[] words) {
        if (i + words.length > tokens.size()) {
            return false;
        }
        for (int k = 1; k < words.length; k++) {
            if (!tokens.get(i + k).folded().equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
