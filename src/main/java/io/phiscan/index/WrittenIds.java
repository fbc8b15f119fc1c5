package io.phiscan.index;

import java.util.ArrayList;
import java.util.List;

/**
 * The message ids a writer has written, remembered approximately in little memory: a Bloom
 * filter that grows by adding a filter twice as large, and with more bits per id, when the last
 * one is full (2 MB for the first million ids, 14 MB for seven million). It never forgets an
 * id; it may claim one it never saw, about one time in a hundred at most. The index uses it to
 * add a document without first deleting one under the same id when it knows no such document
 * can exist. Thread-safe.
 */
final class WrittenIds {
    /** Ids the first filter holds before a larger one is added. */
    static final int FIRST_CAPACITY = 1 << 20;
    /**
     * Bits per id of the first filter at least (its size is rounded up to a power of two), for a
     * false match rate of 0.8% at most when it is full; each later filter has two more, which
     * divides its rate by about 2.6, so that the rates of all the filters add up to 1.3% at most.
     */
    private static final int FIRST_BITS_PER_ID = 10;

    /**
     * A filter of {@code mask + 1} bits (a power of two: a probe's bit is its hash masked, not
     * divided) for {@code capacity} ids, each set at {@code probes} bits.
     */
    private record Filter(long[] bits, long mask, int capacity, int probes) {
    }

    private final List<Filter> filters = new ArrayList<>();
    private Filter last;
    private int inLast;

    WrittenIds() {
        this(FIRST_CAPACITY);
    }

    WrittenIds(int firstCapacity) {
        last = filter(firstCapacity, FIRST_BITS_PER_ID);
        filters.add(last);
    }

    private static Filter filter(int capacity, int bitsPerId) {
        long size = Math.max(64, Long.highestOneBit((long) capacity * bitsPerId - 1) << 1);
        // the number of probes that makes the false match rate of a full filter least: ln 2 per bit per id
        return new Filter(new long[Math.toIntExact(size / 64)], size - 1, capacity,
                (int) Math.round(bitsPerId * Math.log(2)));
    }

    /**
     * Remembers an id.
     *
     * @return whether the id may have been remembered before: always true when it was, and about
     *     once in a hundred times when it was not
     */
    synchronized boolean add(String id) {
        long h1 = hash(id);
        long h2 = mix(h1 ^ 0x9E3779B97F4A7C15L) | 1;
        boolean seen = false;
        for (Filter f : filters) {
            if (holds(f, h1, h2)) {
                seen = true;
                break;
            }
        }
        if (!seen) {
            if (inLast == last.capacity()) {
                int bitsPerId = FIRST_BITS_PER_ID + 2 * filters.size();
                last = filter((int) Math.min(1L << 30, 2L * last.capacity()), bitsPerId);
                filters.add(last);
                inLast = 0;
            }
            for (int i = 0; i < last.probes(); i++) {
                long bit = h1 + i * h2 & last.mask();
                last.bits()[(int) (bit >>> 6)] |= 1L << bit;
            }
            inLast++;
        }
        return seen;
    }

    /** Bytes the filters take. */
    synchronized long bytes() {
        return filters.stream().mapToLong(f -> 8L * f.bits().length).sum();
    }

    private static boolean holds(Filter f, long h1, long h2) {
        for (int i = 0; i < f.probes(); i++) {
            long bit = h1 + i * h2 & f.mask();
            if ((f.bits()[(int) (bit >>> 6)] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** A 64-bit hash of the id's characters (FNV-1a, then mixed so that every bit depends on every character). */
    private static long hash(String id) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001B3L;
        }
        return mix(h);
    }

    /** SplitMix64's finalizer. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
