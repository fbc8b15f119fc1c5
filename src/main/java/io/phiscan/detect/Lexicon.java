package io.phiscan.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A list of terms (one or more words each) matched against a text's tokens, longest first.
 * Terms are folded (lower case, no accents), so one entry matches every spelling of it that
 * differs only in case or accents. Immutable and thread-safe once built.
 */
public final class Lexicon {
    private final TermTrie<Boolean> terms = new TermTrie<>();

    /** A match: the tokens {@code [from, to)} of the text. */
    public record Match(int from, int to) {
    }

    public Lexicon(Collection<String> terms) {
        for (String term : terms) {
            this.terms.add(words(term), Boolean.TRUE);
        }
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

    /** The number of distinct terms (as matched: a term given twice, or in two spellings that fold alike, counts once). */
    public int size() {
        return terms.size();
    }

    /** Whether a single folded word is a term. */
    public boolean containsWord(String foldedWord) {
        return terms.containsWord(foldedWord);
    }

    /** Every non-overlapping match in the tokens, scanning left to right, longest term first. */
    public List<Match> matches(List<FoldedText.Token> tokens) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            TermTrie.Longest<Boolean> longest = terms.longestAt(tokens, i);
            if (longest != null) {
                out.add(new Match(i, i + longest.length()));
                i += longest.length();
            } else {
                i++;
            }
        }
        return out;
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
