package io.phiscan.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the folded text after a trigger word must hold for a rule to match there, derived from
 * the rule's expression: the literal text of each way a match can begin, followed through
 * groups, alternatives and optional parts, up to a few chars past the word. Inside the word, a
 * class or an escape such as {@code \d} is matched against the word's own char (a way to begin
 * that it does not match is dropped); past the word, a class of a few chars is followed with
 * each, a repeated {@code \s}, {@code \w}, {@code \d} or {@code [a-z]} is followed as a run
 * ({@link Runs}), and any other class or repeat ends a prefix (the match may go on with
 * anything); {@code \b} and lookarounds are passed over, since they only narrow a match. The
 * result is thus a condition every match meets, never one that makes a match: a rule skips a
 * token where it fails, and its expression decides everywhere else, so what the rule finds does
 * not change. Stateless.
 */
final class MatchStarts {
    /** Beyond this many ways to begin, a shorter reach is tried, and after the last the expression is left to decide alone. */
    private static final int MAX = 4096;
    /** How many chars past the word a way to begin is followed: the first that gives at most {@link #MAX} ways. */
    private static final int[] REACH = {6, 3, 2};
    private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?[a-zA-Z-]");

    private MatchStarts() {
    }

    private record State(String prefix, boolean closed) {
    }

    private static final class TooMany extends RuntimeException {
        TooMany() {
            super(null, null, false, false);
        }
    }

    /**
     * What must follow the token {@code word} for one of {@code alternatives} (expressions over
     * folded text) to match where it starts, or null when anything may. The literal text of each
     * way to begin is followed as far as {@link #REACH} chars past the word, or less where that
     * gives too many ways. For {@link Triggers#DIGIT}, a token that starts with a digit, it is what
     * the token itself must begin with. An expression with inline flags other than {@code (?i:...)}
     * has none.
     */
    static Continuation after(List<String> alternatives, String word) {
        if (alternatives.stream().anyMatch(a -> INLINE_FLAGS.matcher(a.replace("(?i:", "")).find()
                || a.chars().anyMatch(c -> Runs.isMarker((char) c)))) {
            return null;
        }
        boolean digit = word.equals(Triggers.DIGIT);
        String w = digit ? "" : word;
        for (int reach : REACH) {
            Set<String> prefixes = new LinkedHashSet<>();
            try {
                for (String alt : alternatives) {
                    for (State s : sequence(alt, List.of(new State("", false)), w, reach)) {
                        prefixes.add(s.prefix());
                    }
                }
            } catch (TooMany | RegexScan.Unsupported e) {
                continue;
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                return null;
            }
            List<String> rests = new ArrayList<>();
            for (String p : prefixes) {
                if (p.length() <= w.length()) {
                    return null;
                }
                rests.add(p.substring(w.length()));
            }
            return new Continuation(rests, digit);
        }
        return null;
    }

    /** The states after {@code re} from {@code in}, keeping only those that can begin with {@code word}. */
    private static List<State> sequence(String re, List<State> in, String word, int reach) {
        List<State> states = in;
        int i = 0;
        while (i < re.length() && states.stream().anyMatch(s -> !s.closed())) {
            char c = re.charAt(i);
            int end;
            List<State> next;
            if (c == '\\') {
                char e = re.charAt(i + 1);
                end = RegexScan.escapeEnd(re, i);
                next = "bBAGzZ".indexOf(e) >= 0 ? null : Character.isLetterOrDigit(e) ? single(states, re.substring(i, end), word, reach)
                        : append(states, e, word, reach);
            } else if (c == '[') {
                end = RegexScan.classEnd(re, i);
                next = single(states, re.substring(i, end), word, reach);
            } else if (c == '(') {
                end = RegexScan.closing(re, i) + 1;
                next = group(re.substring(i + 1, end - 1), states, word, reach);
            } else if (c == '^' || c == '$') {
                end = i + 1;
                next = null;
            } else if (c == '.') {
                end = i + 1;
                next = single(states, ".", word, reach);
            } else {
                end = i + 1;
                next = append(states, c, word, reach);
            }
            int[] q = RegexScan.quantifier(re, end);
            // a repeat of at least two is read as one of at least one: a weaker condition, still met by every match
            char run = q[1] > 1 && next != null ? Runs.marker(re.substring(i, end), Math.min(q[0], 1)) : 0;
            if (run != 0) {
                states = keep(run(states, re.substring(i, end), run, q[0], word, reach), word);
            } else if (next != null) {
                List<State> once = q[1] > 1 ? close(next) : next;
                if (q[0] == 0) {
                    once = new ArrayList<>(once);
                    once.addAll(states);
                }
                states = keep(once, word);
            }
            i = q[2];
        }
        return states;
    }

    /** The states after a group: a lookaround matches no text; other groups, each alternative in turn. */
    private static List<State> group(String inner, List<State> states, String word, int reach) {
        if (inner.startsWith("?=") || inner.startsWith("?!") || inner.startsWith("?<=") || inner.startsWith("?<!")) {
            return null;
        }
        String body = inner.startsWith("?:") ? inner.substring(2) : inner.startsWith("?i:") ? inner.substring(3)
                : inner.startsWith("?<") ? inner.substring(inner.indexOf('>') + 1) : inner.startsWith("?") ? null : inner;
        if (body == null) {
            return close(states);
        }
        List<State> out = new ArrayList<>();
        List<State> open = new ArrayList<>();
        for (State s : states) {
            (s.closed() ? out : open).add(s);
        }
        for (String alt : Triggers.split(body)) {
            if (!open.isEmpty() && (alt.isEmpty() || !outsideWord(alt, open, word))) {
                out.addAll(sequence(alt, open, word, reach));
            }
        }
        return out;
    }

    /**
     * Whether {@code alt} begins with a letter that takes every state off {@code word}: each is still
     * inside the word, and the word goes on with another letter. Such an alternative adds no state.
     */
    private static boolean outsideWord(String alt, List<State> open, String word) {
        char c = alt.charAt(0);
        if (!Character.isLetter(c) || alt.length() > 1 && "?*+{".indexOf(alt.charAt(1)) >= 0) {
            return false;
        }
        char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        for (State s : open) {
            int n = s.prefix().length();
            if (n >= word.length() || word.charAt(n) == lower) {
                return false;
            }
        }
        return true;
    }

    /**
     * The open states with {@code c} added; the folded text has no upper-case ASCII letter, so none
     * is added. A state closes once it holds {@code reach} chars past the word.
     */
    private static List<State> append(List<State> states, char c, String word, int reach) {
        return append(states, String.valueOf(c), word, reach);
    }

    /** The open states, each with each of {@code chars} added. */
    private static List<State> append(List<State> states, String chars, String word, int reach) {
        List<State> out = new ArrayList<>(states.size() * chars.length());
        for (State s : states) {
            if (s.closed()) {
                out.add(s);
                continue;
            }
            if (Runs.endsWithRunTaking(s.prefix(), chars)) {
                out.add(new State(s.prefix(), true));
                continue;
            }
            for (int k = 0; k < chars.length(); k++) {
                char c = chars.charAt(k);
                char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                String p = s.prefix() + lower;
                out.add(new State(p, p.length() - word.length() >= reach));
            }
        }
        return out;
    }

    /**
     * The states after an expression that matches one char ({@code atom}: a class, an escape such
     * as {@code \\d}, or {@code .}). Inside the word, that char is the word's own, so a state goes on
     * with it where the expression matches it and ends where it does not (with or without
     * case-insensitivity, which of the two applies there is not followed). Past the word, a
     * state goes on with each char of a small class ({@code \\d}, {@code \\s}, {@code [mf]}), and
     * closes after any other (the char is unknown).
     */
    private static List<State> single(List<State> states, String atom, String word, int reach) {
        String few = OneChar.fewOf(atom);
        List<State> out = new ArrayList<>(states.size());
        for (State s : states) {
            int n = s.prefix().length();
            if (s.closed()) {
                out.add(s);
            } else if (n < word.length()) {
                String c = word.substring(n, n + 1);
                if (OneChar.matches(atom, c)) {
                    out.add(new State(s.prefix() + c, false));
                }
            } else if (few.isEmpty()) {
                out.add(new State(s.prefix(), true));
            } else {
                out.addAll(append(List.of(s), few, word, reach));
            }
        }
        return out;
    }

    private static List<State> close(List<State> states) {
        List<State> out = new ArrayList<>(states.size());
        for (State s : states) {
            out.add(new State(s.prefix(), true));
        }
        return out;
    }

    /**
     * The states after a class that repeats ({@link Runs}): past the word, each open state goes on
     * with the run, unless it ends with a run that could take the new run's chars (it closes); inside the word,
     * the class matches the word's char once and the state closes, as after any repeat.
     */
    private static List<State> run(List<State> states, String atom, char run, int min, String word, int reach) {
        List<State> out = new ArrayList<>();
        for (State s : states) {
            if (s.closed()) {
                out.add(s);
            } else if (s.prefix().length() < word.length()) {
                out.addAll(close(single(List.of(s), atom, word, reach)));
                if (min == 0) {
                    out.add(s);
                }
            } else if (!Runs.canFollow(s.prefix(), run)) {
                out.add(new State(s.prefix(), true));
            } else {
                String p = s.prefix() + run;
                out.add(new State(p, p.length() - word.length() >= reach));
            }
        }
        return out;
    }

    /** The states that can begin a match at a token of {@code word}: their prefix and the word agree. */
    private static List<State> keep(List<State> states, String word) {
        List<State> out = new ArrayList<>(states.size());
        for (State s : states) {
            if (s.prefix().startsWith(word) || word.startsWith(s.prefix())) {
                out.add(s);
            }
        }
        if (out.size() > 64) {
            out = new ArrayList<>(new LinkedHashSet<>(out));
        }
        if (out.size() > MAX) {
            throw new TooMany();
        }
        return out;
    }

}
