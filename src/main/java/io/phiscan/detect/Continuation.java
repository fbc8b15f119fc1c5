package io.phiscan.detect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A condition on the text after a token: it goes on with one of some strings (" saw me",
 * " left knee"); or on the token and what follows it ("90 y", "101 y"). The strings are held as
 * a trie in one array, so that a check reads each char once, from memory laid out in the order
 * it is read, and stops at the first char no string has there. Immutable.
 */
final class Continuation {
    /**
     * The trie, node after node, breadth first: a node is 1 when a string ends there (its children
     * do not matter then), else 0 followed by its number of children by a char and, per child in
     * ascending order of its char, the char and the child's index in the array; then its number of
     * children by a run ({@link Runs}) and, per child, the run's marker and the child's index.
     */
    private final int[] trie;
    /** Whether the strings begin at the token's start (the token itself must begin with one) rather than after it. */
    private final boolean fromStart;

    Continuation(Collection<String> strings, boolean fromStart) {
        this.fromStart = fromStart;
        String[] sorted = strings.toArray(String[]::new);
        Arrays.sort(sorted);
        // a string that begins with another adds nothing: the check stops at the shorter one
        List<String> kept = new ArrayList<>();
        for (String s : sorted) {
            if (kept.isEmpty() || !s.startsWith(kept.get(kept.size() - 1))) {
                kept.add(s);
            }
        }
        // breadth first; a node is the range of the sorted strings that share its prefix
        int[] out = new int[16];
        int size = 0;
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {0, kept.size(), 0, -1});
        while (!queue.isEmpty()) {
            int[] n = queue.poll();
            int lo = n[0];
            int hi = n[1];
            int depth = n[2];
            if (n[3] >= 0) {
                out[n[3]] = size;
            }
            boolean end = lo < hi && kept.get(lo).length() == depth;
            int children = 0;
            for (int k = lo; !end && k < hi; k++) {
                if (k == lo || kept.get(k).charAt(depth) != kept.get(k - 1).charAt(depth)) {
                    children++;
                }
            }
            int runs = 0;
            for (int k = lo; !end && k < hi; k++) {
                if (Runs.isMarker(kept.get(k).charAt(depth)) && (k == lo || kept.get(k).charAt(depth) != kept.get(k - 1).charAt(depth))) {
                    runs++;
                }
            }
            int need = end ? 1 : 3 + 2 * children;
            if (size + need > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, size + need));
            }
            out[size] = end ? 1 : 0;
            if (!end) {
                out[size + 1] = children - runs;
                out[size + 2 + 2 * (children - runs)] = runs;
                int literal = size + 2;
                int run = size + 3 + 2 * (children - runs);
                for (int k = lo; k < hi; ) {
                    char c = kept.get(k).charAt(depth);
                    int j = k + 1;
                    while (j < hi && kept.get(j).charAt(depth) == c) {
                        j++;
                    }
                    int slot = Runs.isMarker(c) ? run : literal;
                    out[slot] = c;
                    queue.add(new int[] {k, j, depth + 1, slot + 1});
                    if (Runs.isMarker(c)) {
                        run += 2;
                    } else {
                        literal += 2;
                    }
                    k = j;
                }
            }
            size += need;
        }
        trie = Arrays.copyOf(out, size);
    }

    /**
     * Whether a match may begin at token {@code i} of {@code text}: the folded text after it (or
     * from its start) begins with one of the strings.
     */
    boolean allows(FoldedText text, int i) {
        FoldedText.Token t = text.tokens().get(i);
        return walk(text.folded(), 0, fromStart ? t.start() : t.end());
    }

    /** Whether the text from {@code j} begins with one of the strings below node {@code at}. */
    private boolean walk(String folded, int at, int j) {
        int n = folded.length();
        while (trie[at] == 0) {
            int k = at + 2;
            int end = k + 2 * trie[at + 1];
            int next = -1;
            if (j < n) {
                char c = folded.charAt(j);
                for (; k < end && trie[k] <= c; k += 2) {
                    if (trie[k] == c) {
                        next = trie[k + 1];
                        break;
                    }
                }
            }
            int runs = trie[end];
            if (runs == 0) {
                if (next < 0) {
                    return false;
                }
                at = next;
                j++;
                continue;
            }
            if (next >= 0 && walk(folded, next, j + 1)) {
                return true;
            }
            for (int r = end + 1; r < end + 1 + 2 * runs; r += 2) {
                char marker = (char) trie[r];
                int e = j;
                while (e < n && Runs.takes(marker, folded.charAt(e))) {
                    e++;
                }
                if (e - j >= Runs.min(marker) && walk(folded, trie[r + 1], e)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }
}
