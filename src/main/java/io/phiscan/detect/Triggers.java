package io.phiscan.detect;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words a regular expression's matches can begin with, derived from the expression itself,
 * so that a rule is tried only where one of them starts a token instead of at every char of
 * every message. Understands what the rules here are written with: literal words, groups of
 * alternatives, optional parts, {@code \b} and lookarounds at the start; a match that can begin
 * with a digit gives {@link #DIGIT}. Returns null for anything else ({@code \w}, classes, "^"),
 * and the rule then scans the whole text. Stateless.
 */
final class Triggers {
    /** The trigger standing for "a token that starts with a digit". */
    static final String DIGIT = "#d";
    private static final int MAX = 4000;

    private Triggers() {
    }

    /** The folded first words of every match of {@code regex}, or null when they cannot be known. */
    static Set<String> of(String regex) {
        try {
            Set<String> out = new HashSet<>();
            for (String alt : split(regex)) {
                Set<State> states = sequence(alt);
                for (State s : states) {
                    if (s.prefix.isEmpty()) {
                        return null;
                    }
                    out.add(s.prefix.equals(DIGIT) ? DIGIT : FoldedText.fold(s.prefix));
                }
                if (out.size() > MAX) {
                    return null;
                }
            }
            return out;
        } catch (Unknown | RegexScan.Unsupported e) {
            return null;
        }
    }

    private record State(String prefix, boolean done) {
    }

    private static final class Unknown extends RuntimeException {
        Unknown() {
            super(null, null, false, false);
        }
    }

    /** Top-level alternatives of an expression. */
    static java.util.List<String> split(String re) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean inClass = false;
        for (int i = 0; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(re.substring(start, i));
                start = i + 1;
            }
        }
        out.add(re.substring(start));
        return out;
    }

    private static Set<State> sequence(String re) {
        return sequence(re, true);
    }

    /** The states after a sequence; a group's alternatives may end mid-word, so theirs stay open. */
    private static Set<State> sequence(String re, boolean closeAtEnd) {
        Set<State> states = new LinkedHashSet<>();
        states.add(new State("", false));
        int i = 0;
        while (i < re.length() && states.stream().anyMatch(s -> !s.done)) {
            char c = re.charAt(i);
            int end;
            Set<State> next;
            if (c == '\\') {
                char e = re.charAt(i + 1);
                end = i + 2;
                if (e == 'b') {
                    states = map(states, st -> st.prefix.isEmpty() ? st : new State(st.prefix, true));
                    i = end;
                    continue;
                } else if (e == 'B') {
                    throw new Unknown();
                } else if (e == 'd') {
                    next = map(states, s -> s.prefix.isEmpty() ? new State(DIGIT, true) : unknown());
                } else if (e == 's' || !Character.isLetterOrDigit(e)) {
                    next = map(states, Triggers::stop);
                } else {
                    throw new Unknown();
                }
            } else if (c == '(') {
                end = RegexScan.closing(re, i) + 1;
                String inner = re.substring(i + 1, end - 1);
                if (inner.startsWith("?<=") || inner.startsWith("?<!") || inner.startsWith("?=") || inner.startsWith("?!")) {
                    i = end;
                    continue;
                }
                String body = inner.startsWith("?:") ? inner.substring(2) : inner.startsWith("?i:") ? inner.substring(3)
                        : inner.startsWith("?<") ? inner.substring(inner.indexOf('>') + 1) : inner;
                if (body.startsWith("?")) {
                    throw new Unknown();
                }
                Set<State> group = new LinkedHashSet<>();
                for (String alt : split(body)) {
                    group.addAll(sequence(alt, false));
                }
                next = new LinkedHashSet<>();
                for (State s : states) {
                    if (s.done) {
                        next.add(s);
                        continue;
                    }
                    for (State g : group) {
                        next.add(new State(s.prefix + g.prefix, g.done));
                    }
                }
            } else if (c == '[' && re.indexOf(']', i) > i + 1 && re.substring(i + 1, re.indexOf(']', i)).chars()
                    .allMatch(Character::isLetter)) {
                end = re.indexOf(']', i) + 1;
                String letters = re.substring(i + 1, end - 1).toLowerCase(Locale.ROOT);
                next = new LinkedHashSet<>();
                for (State st : states) {
                    if (st.done) {
                        next.add(st);
                    } else {
                        letters.chars().forEach(l -> next.add(new State(st.prefix + (char) l, false)));
                    }
                }
            } else if (re.startsWith("['’]", i) || re.startsWith("['\u2019]", i)) {
                end = re.indexOf(']', i) + 1;
                next = map(states, s -> new State(s.prefix + "'", false));
            } else if (Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019') {
                end = i + 1;
                String lower = c == '\u2019' ? "'" : String.valueOf(c).toLowerCase(Locale.ROOT);
                next = map(states, s -> Character.isDigit(c) && s.prefix.isEmpty() ? new State(DIGIT, true)
                        : new State(s.prefix + lower, false));
            } else if (" -,/:&#%=\"".indexOf(c) >= 0) {
                end = i + 1;
                next = map(states, Triggers::stop);
            } else {
                throw new Unknown();
            }
            int q = end < re.length() ? re.charAt(end) : 0;
            boolean spaceClass = re.startsWith("\\s", i);
            if (spaceClass && (q == '?' || q == '*' || q == '{')) {
                // "mrn\\s*123": taken as two words; a rule tried at token starts misses "mrn123".
                end = q == '{' ? re.indexOf('}', end) + 1 : end + 1;
            } else if (q == '?' || q == '*' || q == '{' && re.startsWith("{0", end)) {
                int after = q == '{' ? re.indexOf('}', end) + 1 : end + 1;
                if (after < re.length() && re.charAt(after) == '?') {
                    after++;
                }
                next.addAll(states);
                end = after;
            } else if (q == '+' || q == '{') {
                if (!next.stream().allMatch(s -> s.done)) {
                    throw new Unknown();
                }
                end = q == '{' ? re.indexOf('}', end) + 1 : end + 1;
            }
            states = next;
            if (states.size() > MAX) {
                throw new Unknown();
            }
            i = end;
        }
        return closeAtEnd ? map(states, s -> new State(s.prefix, true)) : states;
    }

    /**
     * A char that is not part of a token ends the word. With nothing before it (a match that
     * begins with one, or a group that begins with a space) the state is closed and empty: at the
     * top level that makes the expression untriggerable; in a group it ends the outer word.
     */
    private static State stop(State s) {
        return new State(s.prefix, true);
    }

    private static Set<State> map(Set<State> in, java.util.function.UnaryOperator<State> f) {
        Set<State> out = new LinkedHashSet<>();
        for (State s : in) {
            out.add(s.done ? s : f.apply(s));
        }
        return out;
    }

    private static State unknown() {
        throw new Unknown();
    }
}
