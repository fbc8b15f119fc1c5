package io.phiscan.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Terms of one or more folded words, each with values (a category, say), found at a token by
 * walking the words that follow it: the longest term starting there costs as many lookups as it
 * has words, however many terms share its first words (a roster of 60,000 names sharing a given
 * name, a message of 20,000 such names). Not thread-safe while terms are added; immutable and
 * thread-safe once built and no longer added to.
 *
 * @param <V> what a term carries
 */
final class TermTrie<V> {
    private final Node<V> root = new Node<>();
    private int terms;

    private static final class Node<V> {
        private Map<String, Node<V>> next;
        private List<V> values;
    }

    /** The longest term at a token: its length in words and its values in the order they were added. */
    record Longest<V>(int length, List<V> values) {
    }

    /** Adds a term with a value; a value the term already has is not added twice. */
    void add(String[] words, V value) {
        if (words.length == 0) {
            return;
        }
        Node<V> node = root;
        for (String word : words) {
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            node = node.next.computeIfAbsent(word, w -> new Node<>());
        }
        if (node.values == null) {
            node.values = new ArrayList<>(1);
            terms++;
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
        }
    }

    /** The number of distinct terms. */
    int size() {
        return terms;
    }

    /** Whether this one word is a term. */
    boolean containsWord(String folded) {
        Node<V> node = root.next == null ? null : root.next.get(folded);
        return node != null && node.values != null;
    }

    /** The longest term whose words are the tokens from {@code i} on, or null when no term starts there. */
    Longest<V> longestAt(List<FoldedText.Token> tokens, int i) {
        Node<V> node = root;
        Node<V> found = null;
        int length = 0;
        for (int k = i; k < tokens.size() && node.next != null; k++) {
            node = node.next.get(tokens.get(k).folded());
            if (node == null) {
                break;
            }
            if (node.values != null) {
                found = node;
                length = k - i + 1;
            }
        }
        return found == null ? null : new Longest<>(length, found.values);
    }
}
