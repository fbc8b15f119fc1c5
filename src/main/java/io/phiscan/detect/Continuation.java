package io.phiscan.detect;

import java.util.List;

/**
 * A condition on the text after a token: the next word (the letters and digits after one
 * space) is one of some words or begins with one of some prefixes, or the text goes on with
 * one of some strings. Immutable.
 */
final class Continuation {
    /** The numbers ({@link MatchStarts#wordId}) of the words the next word may be, as a bit set. */
    private final long[] nextWords;
    private final String[] nextWordStarts;
    private final String[] others;

    Continuation(long[] nextWords, String[] nextWordStarts, String[] others) {
        this.nextWords = nextWords;
        this.nextWordStarts = nextWordStarts;
        this.others = others;
    }

    /** Whether a match may go on after token {@code i} of {@code text}. */
    boolean allows(FoldedText text, int i) {
        String folded = text.folded();
        List<FoldedText.Token> tokens = text.tokens();
        int end = tokens.get(i).end();
        for (String o : others) {
            if (folded.startsWith(o, end)) {
                return true;
            }
        }
        if (end + 1 >= folded.length() || folded.charAt(end) != ' ' || !Character.isLetterOrDigit(folded.charAt(end + 1))) {
            return false;
        }
        FoldedText.Token token = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        boolean whole = token != null && token.start() == end + 1 && token.folded().indexOf('\'') < 0;
        String next = whole ? token.folded() : nextWord(folded, end + 1);
        if (nextWords.length > 0 && has(whole ? text.wordId(i + 1) : MatchStarts.wordId(next))) {
            return true;
        }
        for (String s : nextWordStarts) {
            if (next.startsWith(s)) {
                return true;
            }
        }
        return false;
    }

    private boolean has(int id) {
        return id >= 0 && id >> 6 < nextWords.length && (nextWords[id >> 6] & 1L << id) != 0;
    }

    /** The letters and digits from {@code from}. */
    private static String nextWord(String folded, int from) {
        int j = from;
        while (j < folded.length() && Character.isLetterOrDigit(folded.charAt(j))) {
            j++;
        }
        return folded.substring(from, j);
    }
}
