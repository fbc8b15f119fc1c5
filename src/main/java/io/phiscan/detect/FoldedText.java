package io.phiscan.detect;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A message's text with a lower-case, accent-free copy of the same length, and its word tokens,
 * so that recognizers match {@code Recetó} as {@code receto} and report offsets in the original.
 */
public final class FoldedText {
    private static final char[] FOLD = new char[0x250];

    static {
        for (char c = 0; c < FOLD.length; c++) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = d.isEmpty() ? c : d.charAt(0);
            FOLD[c] = Character.toLowerCase(base < 0x80 ? base : c);
        }
        FOLD['ß'] = 's';
    }

    /** A word: letters and digits, with inner apostrophes, as start/end offsets. */
    public record Token(int start, int end, String folded) {
    }

    private final String original;
    private final String folded;
    private List<Token> tokens;

    public FoldedText(String original) {
        this.original = original;
        char[] f = new char[original.length()];
        for (int i = 0; i < f.length; i++) {
            char c = original.charAt(i);
            f[i] = c < FOLD.length ? FOLD[c] : c == '\u2019' ? '\'' : Character.toLowerCase(c);
        }
        this.folded = new String(f);
    }

    public String original() {
        return original;
    }

    /** Lower case, accents removed, same length and offsets as {@link #original()}. */
    public String folded() {
        return folded;
    }

    public String span(int start, int end) {
        return original.substring(start, end);
    }

    public List<Token> tokens() {
        if (tokens == null) {
            List<Token> out = new ArrayList<>();
            int n = folded.length();
            int i = 0;
            while (i < n) {
                while (i < n && !Character.isLetterOrDigit(folded.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < n && (Character.isLetterOrDigit(folded.charAt(i))
                        || (folded.charAt(i) == '\'' && i + 1 < n && Character.isLetter(folded.charAt(i + 1))
                        && i > start))) {
                    i++;
                }
                if (i > start) {
                    out.add(new Token(start, i, folded.substring(start, i)));
                }
            }
            tokens = out;
        }
        return tokens;
    }

    /** Folds a term the way text is folded. */
    public static String fold(String s) {
        return new FoldedText(s).folded();
    }
}
