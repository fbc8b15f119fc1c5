package io.phiscan.detect;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A message's text with a lower-case, accent-free copy of the same length, and its word tokens,
 * so that recognizers match {@code Recetó} as {@code receto} and report offsets in the original.
 * Offsets are UTF-16 char indexes of the original. Not thread-safe (tokens are computed lazily):
 * one instance belongs to one annotation of one message.
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

        /** The folded word without a possessive {@code 's}: {@code son's} gives {@code son}. */
        public String base() {
            return folded.endsWith("'s") ? folded.substring(0, folded.length() - 2) : folded;
        }
    }

    private final String original;
    private final String folded;
    private final boolean digits;
    private List<Token> tokens;
    private TriggerIndex index;
    private int[][] candidates;
    /** How many boundaries lie before each offset, computed at the first {@link #boundaryBetween} call. */
    private int[] boundaries;

    public FoldedText(String original) {
        this.original = original;
        char[] f = new char[original.length()];
        boolean d = false;
        for (int i = 0; i < f.length; i++) {
            char c = original.charAt(i);
            f[i] = c < FOLD.length ? FOLD[c] : c == '\u2019' || c == '\u02bc' ? '\'' : Character.toLowerCase(c);
            d |= c >= '0' && c <= '9';
        }
        this.folded = new String(f);
        this.digits = d;
    }

    public String original() {
        return original;
    }

    /** Lower case, accents removed, curly apostrophes straightened; same length and offsets as {@link #original()}. */
    public String folded() {
        return folded;
    }

    /** Whether the text has an ASCII digit: most identifier rules need one. */
    public boolean hasDigit() {
        return digits;
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

    /** Whether any token is one of {@code words} (folded). */
    boolean hasAnyToken(java.util.Set<String> words) {
        for (Token t : tokens()) {
            if (words.contains(t.folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Computes, once, where each rule of {@code index} may match in this text (a text of half a
     * million tokens or more is not indexed: its rules then look at every token).
     */
    void index(TriggerIndex triggerIndex) {
        if (tokens().size() < 1 << 19) {
            this.index = triggerIndex;
            this.candidates = triggerIndex.candidates(this);
        }
    }

    /** The tokens where a rule may match, or null when this text was not indexed for it. */
    int[] candidates(Recognizer r) {
        if (index == null) {
            return null;
        }
        int slot = index.slot(r);
        return slot < 0 ? null : candidates[slot];
    }

    /** The index of the first token that ends after {@code offset}, or the token count. */
    public int tokenAt(int offset) {
        List<Token> t = tokens();
        int lo = 0;
        int hi = t.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether a sentence or clause boundary (. ! ? ; newline) lies between two offsets. */
    public boolean boundaryBetween(int from, int to) {
        int a = Math.max(0, from);
        int b = Math.min(to, folded.length());
        if (a >= b) {
            return false;
        }
        if (boundaries == null) {
            int[] counts = new int[folded.length() + 1];
            for (int i = 0; i < folded.length(); i++) {
                counts[i + 1] = counts[i] + (isBoundary(folded, i) ? 1 : 0);
            }
            boundaries = counts;
        }
        return boundaries[b] > boundaries[a];
    }

    /**
     * Whether the char at {@code i} ends a sentence or clause: . ! ? ; or a newline, but not the
     * point of "102.5" or of "Dr." / "Mr." / "St.".
     */
    static boolean isBoundary(String s, int i) {
        char c = s.charAt(i);
        if (c == '!' || c == '?' || c == ';' || c == '\n') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        boolean decimal = i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1));
        String before = s.substring(Math.max(0, i - 3), i).toLowerCase(java.util.Locale.ROOT);
        boolean abbreviation = before.endsWith("dr") || before.endsWith("mr") || before.endsWith("ms") || before.endsWith("mrs")
                || before.endsWith("st") || before.endsWith("dra") || before.endsWith("sr");
        return !decimal && !abbreviation;
    }

    /** The sentence around {@code [start, end)}: its start, and the index of the char that ends it (or the length). */
    static int[] sentence(String s, int start, int end) {
        int a = start;
        while (a > 0 && !isBoundary(s, a - 1)) {
            a--;
        }
        int b = Math.max(end, start);
        while (b < s.length() && !isBoundary(s, b)) {
            b++;
        }
        return new int[] {a, b};
    }

    /** Folds a term the way text is folded. */
    public static String fold(String s) {
        return new FoldedText(s).folded();
    }
}
