package io.phiscan.generate;

/**
 * Numeric ids that never repeat within an export yet look random: the n-th id is n times an odd
 * constant, modulo 2^52 (a bijection), moved past a floor. Not thread-safe.
 */
final class Ids {
    private static final long MASK = (1L << 52) - 1;
    private final long floor;
    private final long salt;
    private long n;

    /** Ids above {@code floor}, their order shuffled by {@code salt}. */
    Ids(long floor, long salt) {
        this.floor = floor;
        this.salt = salt;
    }

    long next() {
        return floor + (((n++ + salt) * 0x9E3779B97F4A7C15L) & MASK);
    }

    /** The next id in base 36, as Reddit writes them. */
    String nextBase36() {
        return Long.toString(next(), 36);
    }
}
