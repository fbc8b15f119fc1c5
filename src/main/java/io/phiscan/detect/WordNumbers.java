package io.phiscan.detect;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A number for every word some rule looks for at a token, shared by all rules: a text's tokens
 * are looked up here once ({@link FoldedText#wordId}), and each rule then finds what it does at a
 * word in an array by that number instead of a map by the word. Words are numbered as rules are
 * built and never forgotten; numbers are small and dense. Thread-safe.
 */
final class WordNumbers {
    private static final Map<String, Integer> NUMBERS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private WordNumbers() {
    }

    /** The number of {@code word}, given it now if it has none. */
    static int number(String word) {
        return NUMBERS.computeIfAbsent(word, k -> NEXT.getAndIncrement());
    }

    /** The number of {@code word}, or -1 when no rule has looked for it. */
    static int of(String word) {
        Integer n = NUMBERS.get(word);
        return n == null ? -1 : n;
    }
}
