package io.phiscan.generate;

/**
 * Numeric ids that never repeat within an export yet look random: the n-th id is n times an odd
 * constant, modulo 2^bits (a bijection, so 2^bits ids before one repeats), moved past a floor.
 * Not thread-safe.
 */
final class Ids {
    private final long floor;
    private final long salt;
    private final long mask;
    private long n;

    /** Ids from {@code floor} to {@code floor + 2^52}, their order shuffled by {@code salt}. */
    Ids(long floor, long salt) {
        this(floor, salt, 52);
    }

    /** Ids from {@code floor} to {@code floor + 2^bits}. */
    Ids(long floor, long salt, int bits) {
        this.floor = floor;
        this.salt = salt;
        this.mask = (1L << bits) - 1;
    }

    long next() {
        return floor + (((n++ + salt) * 0x9E3779B97F4A7C15L) & mask);
    }

    /** The next id in base 36, as Reddit writes them. */
    String nextBase36() {
        return Long.toString(next(), 36);
    }
}
