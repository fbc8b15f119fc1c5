package io.phiscan.detect;

/**
 * The repeated classes a {@link Continuation} can follow past a trigger word ({@code \s+},
 * {@code \w*}, {@code [a-z]+}, {@code \d+}), each written as one private-use char in the strings
 * {@link MatchStarts} derives. In folded text such a run is read as far as it goes; that is where
 * every match's run ends too, since {@link MatchStarts} lets a run stand only before a char
 * outside its class or a run of other chars that takes at least one (or at the end of a string,
 * where only its least length is checked). The classes are ASCII only, as {@link java.util.regex} reads them without
 * {@code UNICODE_CHARACTER_CLASS}. Stateless.
 */
final class Runs {
    /** The first marker: marker {@code FIRST + 2k} is class k repeated at least once, {@code FIRST + 2k + 1} any number of times. */
    static final char FIRST = '\uF8F0';
    private static final String[] CLASSES = {"\\s", "\\w", "[a-z]", "\\d"};
    private static final boolean[][] MEMBERS = new boolean[CLASSES.length][0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            MEMBERS[0][c] = " \t\n\u000B\f\r".indexOf(c) >= 0;
            MEMBERS[1][c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
            MEMBERS[2][c] = c >= 'a' && c <= 'z';
            MEMBERS[3][c] = c >= '0' && c <= '9';
        }
    }

    private Runs() {
    }

    /** The marker of {@code atom} repeated at least {@code min} times (0 or 1), or 0 when it is not one of the classes. */
    static char marker(String atom, int min) {
        for (int k = 0; k < CLASSES.length; k++) {
            if (CLASSES[k].equals(atom)) {
                return (char) (FIRST + 2 * k + (min == 0 ? 1 : 0));
            }
        }
        return 0;
    }

    static boolean isMarker(char c) {
        return c >= FIRST && c < FIRST + 2 * CLASSES.length;
    }

    /** Whether the run of {@code marker} can take {@code c}. */
    static boolean takes(char marker, char c) {
        return c < 0x80 && MEMBERS[(marker - FIRST) / 2][c];
    }

    /** The fewest chars the run of {@code marker} takes. */
    static int min(char marker) {
        return (marker - FIRST) % 2 == 0 ? 1 : 0;
    }

    /**
     * Whether run {@code marker} may follow {@code prefix}: the prefix does not end with a run, or
     * ends with one that takes none of the chars of the new one, which takes at least one.
     */
    static boolean canFollow(String prefix, char marker) {
        if (prefix.isEmpty() || !isMarker(prefix.charAt(prefix.length() - 1))) {
            return true;
        }
        char last = prefix.charAt(prefix.length() - 1);
        if (min(marker) == 0) {
            return false;
        }
        for (char c = 0; c < 0x80; c++) {
            if (takes(last, c) && takes(marker, c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code prefix} ends with a run that could take one of {@code chars}: what follows the run would then be unknown. */
    static boolean endsWithRunTaking(String prefix, String chars) {
        if (prefix.isEmpty() || !isMarker(prefix.charAt(prefix.length() - 1))) {
            return false;
        }
        char m = prefix.charAt(prefix.length() - 1);
        for (int k = 0; k < chars.length(); k++) {
            char c = chars.charAt(k);
            if (takes(m, c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) || takes(m, c)) {
                return true;
            }
        }
        return false;
    }
}
