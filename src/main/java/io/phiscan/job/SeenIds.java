package io.phiscan.job;

import java.util.HashSet;
import java.util.Set;

/**
 * The message ids an ingest unit has read, kept in about 22 bytes each, so that a unit of millions
 * of messages tells a repeat from a new message without holding the ids themselves. An id as
 * {@link io.phiscan.model.Message#stableId} writes it (a platform prefix, a dash, 20 hex digits:
 * 80 bits of a hash) is kept as those 80 bits, exactly: two ids are the same when their bits are.
 * Any other id (none is written so today) is kept whole. Not thread-safe (one per unit).
 */
final class SeenIds {
    private static final int HEX = 20;
    private String prefix;
    private long[] high = new long[1024];
    private short[] low = new short[1024];
    private boolean[] used = new boolean[1024];
    private int size;
    private final Set<String> others = new HashSet<>();

    /** Adds an id: true when it was not seen before. */
    boolean add(String id) {
        int dash = id.length() - HEX - 1;
        if (dash < 1 || id.charAt(dash) != '-' || !hex(id, dash + 1)) {
            return others.add(id);
        }
        if (prefix == null) {
            prefix = id.substring(0, dash + 1);
        } else if (prefix.length() != dash + 1 || !id.startsWith(prefix)) {
            return others.add(id); // another platform's id: kept whole
        }
        long h = Long.parseUnsignedLong(id, dash + 1, dash + 17, 16);
        short l = (short) Integer.parseInt(id, dash + 17, dash + 21, 16);
        if (2 * (size + 1) > used.length) {
            grow();
        }
        return put(h, l);
    }

    private boolean put(long h, short l) {
        int mask = used.length - 1;
        for (int i = slot(h, l) & mask; ; i = (i + 1) & mask) {
            if (!used[i]) {
                used[i] = true;
                high[i] = h;
                low[i] = l;
                size++;
                return true;
            }
            if (high[i] == h && low[i] == l) {
                return false;
            }
        }
    }

    private static int slot(long h, short l) {
        long x = (h ^ (l * 0x9E3779B97F4A7C15L)) * 0xBF58476D1CE4E5B9L;
        return (int) (x ^ (x >>> 31));
    }

    private void grow() {
        long[] oldHigh = high;
        short[] oldLow = low;
        boolean[] oldUsed = used;
        high = new long[oldUsed.length * 2];
        low = new short[oldUsed.length * 2];
        used = new boolean[oldUsed.length * 2];
        size = 0;
        for (int i = 0; i < oldUsed.length; i++) {
            if (oldUsed[i]) {
                put(oldHigh[i], oldLow[i]);
            }
        }
    }

    private static boolean hex(String id, int from) {
        for (int i = from; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
