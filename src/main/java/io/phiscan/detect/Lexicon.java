package io.phiscan.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A list of terms (one or more words each) matched against a text's tokens, longest first.
 * Terms are folded (lower case, no accents), so one entry matches every spelling of it that
 * differs only in case or accents. Immutable and thread-safe once built.
 */
public final class Lexicon {
    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
    private int size;

    /** A match: the tokens {@code [from, to)} of the text. */
    public record Match(int from, int to) {
    }

    public Lexicon(Collection<String> terms) {
        for (String term : terms) {
            add(term);
        }
    }

    private void add(String term) {
        String[] words = words(term);
        if (words.length == 0) {
            return;
        }
        List<String[]> list = byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>());
        list.add(words);
        list.sort((a, b) -> b.length - a.length);
        size++;
    }

    /**
     * The terms as a lexicon matches them: each one's folded words joined by a space, without the
     * terms that have no word; lexicons of terms with the same matched forms match alike.
     */
    public static SortedSet<String> matchedForms(Collection<String> terms) {
        SortedSet<String> out = new TreeSet<>();
        for (String term : terms) {
            String[] words = words(term);
            if (words.length > 0) {
                out.add(String.join(" ", words));
            }
        }
        return out;
    }

    private static String[] words(String term) {
        return new FoldedText(term.strip()).tokens().stream().map(FoldedText.Token::folded).toArray(String[]::new);
    }

    public int size() {
        return size;
    }

    /** Whether a single folded word is a term. */
    public boolean containsWord(String foldedWord) {
        List<String[]> list = byFirstWord.get(foldedWord);
        return list != null && list.stream().anyMatch(w -> w.length == 1);
    }

    /** Every non-overlapping match in the tokens, scanning left to right, longest term first. */
    public List<Match> matches(List<FoldedText.Token> tokens) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int len = longestAt(tokens, i);
            if (len > 0) {
                out.add(new Match(i, i + len));
                i += len;
            } else {
                i++;
            }
        }
        return out;
    }

    private int longestAt(List<FoldedText.Token> tokens, int i) {
        List<String[]> candidates = byFirstWord.get(tokens.get(i).folded());
        if (candidates == null) {
            return 0;
        }
        for (String[] words : candidates) {
            if (i + words.length > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < words.length && all; k++) {
                all = tokens.get(i + k).folded().equals(words[k]);
            }
            if (all) {
                return words.length;
            }
        }
        return 0;
    }

    /**
     * Reads a term list from the class path: one term per line, {@code #} starts a comment.
     *
     * @throws IllegalStateException when the resource is missing
     */
    public static List<String> readTerms(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing lexicon resource " + resource);
        }
        List<String> terms = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                String term = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!term.isEmpty()) {
                    terms.add(term);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** A set of folded single words, from a resource. */
    public static Set<String> readWords(String resource) {
        return Set.copyOf(readTerms(resource).stream().map(FoldedText::fold).toList());
    }
}
