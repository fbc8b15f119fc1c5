package io.phiscan.detect;

/**
 * Where the parts of a regular expression end, read from its source: an escape, a class (nested
 * classes included), a group, and the quantifier after an atom. For {@link Triggers} and
 * {@link MatchStarts}, which follow the expressions of the rules; an escape they do not follow (a
 * quotation, a back reference, a control or code-point escape) is {@link Unsupported}. Stateless.
 */
final class RegexScan {
    private RegexScan() {
    }

    /** An escape the derivation does not follow. */
    static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** The least and most repeats of the quantifier at {@code i} (1 and 1 when there is none) and where it ends. */
    static int[] quantifier(String re, int i) {
        if (i >= re.length()) {
            return new int[] {1, 1, i};
        }
        char q = re.charAt(i);
        int min;
        int max;
        int end;
        if (q == '?' || q == '*' || q == '+') {
            min = q == '+' ? 1 : 0;
            max = q == '?' ? 1 : Integer.MAX_VALUE;
            end = i + 1;
        } else if (q == '{') {
            int close = re.indexOf('}', i);
            String[] bounds = re.substring(i + 1, close).split(",", -1);
            min = Integer.parseInt(bounds[0]);
            max = bounds.length == 1 ? min : bounds[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1]);
            end = close + 1;
        } else {
            return new int[] {1, 1, i};
        }
        if (end < re.length() && (re.charAt(end) == '?' || re.charAt(end) == '+')) {
            end++;
        }
        return new int[] {min, max, end};
    }

    static int escapeEnd(String re, int i) {
        char e = re.charAt(i + 1);
        if ((e == 'p' || e == 'P' || e == 'x' || e == 'N') && re.charAt(i + 2) == '{') {
            return re.indexOf('}', i) + 1;
        }
        if ("QEkcux0123456789".indexOf(e) >= 0) {
            throw new Unsupported();
        }
        return i + 2;
    }

    static int classEnd(String re, int i) {
        int depth = 0;
        int j = i;
        while (true) {
            char c = re.charAt(j);
            if (c == '\\') {
                j = escapeEnd(re, j);
                continue;
            }
            if (c == '[') {
                depth++;
                j++;
                if (re.charAt(j) == '^') {
                    j++;
                }
                if (re.charAt(j) == ']') {
                    j++;
                }
                continue;
            }
            if (c == ']' && --depth == 0) {
                return j + 1;
            }
            j++;
        }
    }

    static int closing(String re, int open) {
        int depth = 0;
        int i = open;
        while (true) {
            char c = re.charAt(i);
            if (c == '\\') {
                i = escapeEnd(re, i);
                continue;
            }
            if (c == '[') {
                i = classEnd(re, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
            i++;
        }
    }
}
