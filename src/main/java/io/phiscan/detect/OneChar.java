package io.phiscan.detect;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Expressions that match one char ({@code atom}: a class, an escape such as {@code \\d}, or
 * {@code .}) as {@link MatchStarts} follows them: whether one matches a given char, and the chars
 * it may match when they are few. Each is compiled and listed once. Thread-safe.
 */
final class OneChar {
    /** Single-char expressions, compiled once, with and without case-insensitivity. */
    private static final Map<String, Pattern[]> COMPILED = new ConcurrentHashMap<>();
    /** Per single-char expression, the few chars it may match past the word ({@link #few}). */
    private static final Map<String, String> FEW = new ConcurrentHashMap<>();

    private OneChar() {
    }

    /** Whether {@code atom} matches {@code c}, with or without case-insensitivity. */
    static boolean matches(String atom, String c) {
        Pattern[] p = COMPILED.computeIfAbsent(atom, a -> new Pattern[] {Pattern.compile(a), Pattern.compile(a, Pattern.CASE_INSENSITIVE)});
        return p[0].matcher(c).matches() || p[1].matcher(c).matches();
    }

    /** {@link #few(String)}, worked out once per expression. */
    static String fewOf(String atom) {
        return FEW.computeIfAbsent(atom, OneChar::few);
    }

    /**
     * The chars a one-char expression may match in folded text, when they are few: {@code \\d},
     * {@code \\s}, or a class that lists a few chars or ranges (ASCII upper case as lower case, the
     * folded text having none); else "".
     */
    static String few(String atom) {
        if (atom.equals("\\d")) {
            return "0123456789";
        }
        if (atom.equals("\\s")) {
            return " \t\n\u000B\f\r";
        }
        if (!atom.startsWith("[") || atom.startsWith("[^") || atom.length() < 3
                || atom.substring(1, atom.length() - 1).chars().anyMatch(c -> c == '[' || c == ']' || c == '\\' || c == '&')) {
            return "";
        }
        String inside = atom.substring(1, atom.length() - 1);
        StringBuilder chars = new StringBuilder();
        for (int k = 0; k < inside.length(); k++) {
            char from = inside.charAt(k);
            char to = from;
            if (k + 2 < inside.length() && inside.charAt(k + 1) == '-') {
                to = inside.charAt(k + 2);
                k += 2;
            }
            if (to - from > 10) {
                return "";
            }
            for (char c = from; c <= to; c++) {
                char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                if (chars.indexOf(String.valueOf(lower)) < 0) {
                    chars.append(lower);
                }
            }
        }
        return chars.length() <= 10 ? chars.toString() : "";
    }
}
