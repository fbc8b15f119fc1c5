package io.phiscan.generate;

import java.util.SplittableRandom;

/**
 * The generator's source of chance: a seeded {@link SplittableRandom} (SplitMix64, whose output is
 * specified, so the same seed gives the same numbers on every JVM) with the few draws the writers
 * need. Not thread-safe: one per export.
 */
final class Dice {
    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A seed for the {@code index}-th independent stream of a run seeded with {@code seed}. */
    static long derive(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** 0 (inclusive) to {@code bound} (exclusive). */
    int below(int bound) {
        return random.nextInt(bound);
    }

    /** {@code low} to {@code high}, both inclusive. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    long betweenLong(long low, long high) {
        return low + random.nextLong(high - low + 1);
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double fraction() {
        return random.nextDouble();
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    /** {@code n} lower-case letters and digits. */
    String alnum(int n) {
        String chars = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(chars.charAt(random.nextInt(chars.length())));
        }
        return b.toString();
    }

    /** {@code n} digits, the first not 0. */
    String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        b.append((char) ('1' + random.nextInt(9)));
        for (int i = 1; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    /** {@code n} lower-case hexadecimal digits. */
    String hex(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(Character.forDigit(random.nextInt(16), 16));
        }
        return b.toString();
    }
}
