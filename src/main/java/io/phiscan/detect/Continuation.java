package io.phiscan.detect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A condition on the text after a token: it goes on with one of some strings (" saw me",
 * " left knee"). The strings are held as a trie in one array, so that a check reads each char
 * after the token once, from memory laid out in the order it is read, and stops at the first char
 * no string has there. Immutable.
 */
final class Continuation {
    /**
     * The trie, node after node, breadth first: a node is 1 when a string ends there (its children
     * do not matter then), else 0 followed by its number of children and, per child in ascending
     * order of its char, the char and the child's index in the array.
     */
    private final int[] trie;

    Continuation(Collection<String> strings) {
        Node root = new Node();
        for (String s : strings) {
            Node n = root;
            for (int k = 0; k < s.length() && !n.end; k++) {
                n = n.children.computeIfAbsent(s.charAt(k), c -> new Node());
            }
            n.end = true;
            n.children.clear();
        }
        List<Node> order = new ArrayList<>();
        ArrayDeque<Node> queue = new ArrayDeque<>(List.of(root));
        int size = 0;
        while (!queue.isEmpty()) {
            Node n = queue.poll();
            n.at = size;
            order.add(n);
            size += n.end ? 1 : 2 + 2 * n.children.size();
            queue.addAll(n.children.values());
        }
        trie = new int[size];
        for (Node n : order) {
            int k = n.at;
            trie[k++] = n.end ? 1 : 0;
            if (!n.end) {
                trie[k++] = n.children.size();
                for (Map.Entry<Character, Node> e : n.children.entrySet()) {
                    trie[k++] = e.getKey();
                    trie[k++] = e.getValue().at;
                }
            }
        }
    }

    private static final class Node {
        final TreeMap<Character, Node> children = new TreeMap<>();
        boolean end;
        int at;
    }

    /** Whether a match may go on after token {@code i} of {@code text}: the folded text there begins with one of the strings. */
    boolean allows(FoldedText text, int i) {
        String folded = text.folded();
        int j = text.tokens().get(i).end();
        int n = folded.length();
        int at = 0;
        while (trie[at] == 0) {
            if (j >= n) {
                return false;
            }
            char c = folded.charAt(j++);
            int k = at + 2;
            int end = k + 2 * trie[at + 1];
            at = -1;
            for (; k < end && trie[k] <= c; k += 2) {
                if (trie[k] == c) {
                    at = trie[k + 1];
                    break;
                }
            }
            if (at < 0) {
                return false;
            }
        }
        return true;
    }
}
