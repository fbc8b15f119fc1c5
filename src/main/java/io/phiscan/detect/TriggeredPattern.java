package io.phiscan.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression tried only where one of its {@link Triggers} starts a token: at each such
 * token, only the alternatives that can begin with that word are matched, anchored there (the
 * text around stays visible to {@code \b} and lookbehinds). That finds what a scan of the whole
 * text would, at a fraction of the cost. Without derivable triggers it scans the whole text.
 * Immutable and thread-safe.
 */
final class TriggeredPattern {
    private final Pattern pattern;
    private final Set<String> triggers;
    private final boolean original;
    /** Per trigger word, its entry: the subpattern to try at it, and what must follow it. */
    private final Map<String, Integer> byWord = new HashMap<>();
    private final List<Pattern> subpatterns = new ArrayList<>();
    /** Per entry, the index of its subpattern. */
    private final int[] entrySubpatterns;
    /** Per entry, what the text after the word must hold for a match to start there (null: anything may follow). */
    private final Continuation[] continuations;
    /** Each thread's matchers of the subpatterns and the text each was last reset to: no matcher is built per message. */
    private final ThreadLocal<Matchers> matchers;

    private static final class Matchers {
        final Matcher[] matcher;
        final String[] text;

        Matchers(int n) {
            matcher = new Matcher[n];
            text = new String[n];
        }
    }

    TriggeredPattern(Pattern pattern, boolean original) {
        this.pattern = pattern;
        this.original = original;
        this.triggers = Triggers.of(pattern.pattern());
        if (triggers != null) {
            List<String> alternatives = Triggers.split(pattern.pattern());
            Map<String, List<String>> alts = new HashMap<>();
            for (String alt : alternatives) {
                for (String w : Triggers.of(alt)) {
                    alts.computeIfAbsent(w, k -> new ArrayList<>()).add(alt);
                }
            }
            Map<String, Integer> ids = new HashMap<>();
            List<Integer> entries = new ArrayList<>();
            List<Continuation> follows = new ArrayList<>();
            alts.forEach((w, list) -> {
                String joined = String.join("|", new LinkedHashSet<>(list));
                Integer id = ids.computeIfAbsent(joined, j -> {
                    subpatterns.add(list.size() == alternatives.size() ? pattern : Pattern.compile(j, pattern.flags()));
                    return subpatterns.size() - 1;
                });
                byWord.put(w, entries.size());
                entries.add(id);
                follows.add(original || (pattern.flags() & ~Pattern.CASE_INSENSITIVE) != 0 ? null : MatchStarts.after(list, w));
            });
            if (entries.size() > 0xfff) {
                throw new IllegalStateException("a rule with more than 4095 first words: " + pattern.pattern());
            }
            this.entrySubpatterns = entries.stream().mapToInt(Integer::intValue).toArray();
            this.continuations = follows.toArray(Continuation[]::new);
        } else {
            this.entrySubpatterns = new int[0];
            this.continuations = new Continuation[0];
        }
        int n = subpatterns.size();
        this.matchers = ThreadLocal.withInitial(() -> new Matchers(n));
    }

    Pattern pattern() {
        return pattern;
    }

    /** Every pattern a matcher handed to {@code forEach} may have: the whole expression and each first word's alternatives. */
    List<Pattern> patterns() {
        List<Pattern> all = new ArrayList<>(subpatterns);
        all.add(pattern);
        return all;
    }

    /** The first words of its matches, or null when it scans the whole text. */
    Set<String> triggers() {
        return triggers;
    }

    /**
     * The entry of {@code word} ({@link Triggers#DIGIT} for digits): which alternatives can begin
     * with it and what must follow it; -1 when none can.
     */
    int subpattern(String word) {
        Integer p = byWord.get(word);
        return p == null ? -1 : p;
    }

    /**
     * Calls {@code action} with the matcher at each match, left to right, not overlapping; the
     * matcher is only valid during the call.
     */
    void forEach(FoldedText text, Recognizer owner, Consumer<Matcher> action) {
        String s = original ? text.original() : text.folded();
        if (triggers == null) {
            Matcher m = pattern.matcher(s);
            while (m.find()) {
                action.accept(m);
            }
            return;
        }
        List<FoldedText.Token> tokens = text.tokens();
        int[] candidates = text.candidates(owner);
        int last = -1;
        int n = candidates != null ? candidates.length : tokens.size();
        Matchers mine = null;
        for (int i = 0; i < n; i++) {
            int p;
            int k = candidates != null ? TriggerIndex.token(candidates[i]) : i;
            FoldedText.Token t = tokens.get(k);
            if (candidates != null) {
                p = TriggerIndex.subpattern(candidates[i]);
            } else {
                p = subpattern(t.folded());
                if (p < 0 && Character.isDigit(t.folded().charAt(0))) {
                    p = subpattern(Triggers.DIGIT);
                }
            }
            if (p < 0 || t.start() < last || continuations[p] != null && !continuations[p].allows(text, k)) {
                continue;
            }
            p = entrySubpatterns[p];
            if (mine == null) {
                mine = matchers.get();
            }
            Matcher m = mine.matcher[p];
            if (m == null) {
                m = subpatterns.get(p).matcher(s);
                mine.matcher[p] = m;
            } else if (mine.text[p] != s) {
                m.reset(s);
            }
            mine.text[p] = s;
            m.useTransparentBounds(true).useAnchoringBounds(false).region(t.start(), s.length());
            if (!m.lookingAt()) {
                m = null;
            }
            if (m != null) {
                action.accept(m);
                last = Math.max(m.end(), t.start() + 1);
            }
        }
    }

}
