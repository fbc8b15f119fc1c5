package io.phiscan.generate;

/**
 * Times for a stream of items, newest first: it starts a few days before the export's date and
 * steps back by random gaps sized so that the stream spans about three years. Exports mostly list
 * their items newest first, so they can be written as they are made (a forward timeline serves
 * those that list the oldest first). Not thread-safe.
 */
final class Timeline {
    /** When every generated export was made: a fixed clock, so that the same arguments give the same bytes. */
    static final long EXPORTED_AT = 1_771_400_482_518L; // 2026-02-18T07:41:22.518Z
    static final long SPAN = 3L * 365 * 24 * 3600 * 1000;
    private static final long NEWEST = EXPORTED_AT - 3L * 24 * 3600 * 1000;

    private final Dice dice;
    private final long meanGap;
    private final long direction;
    private long next;

    /** A stream of about {@code items} items, newest first. */
    Timeline(Dice dice, long items) {
        this(dice, items, false);
    }

    /** A stream of about {@code items} items, oldest first when {@code forward}. */
    Timeline(Dice dice, long items, boolean forward) {
        this.dice = dice;
        this.meanGap = Math.max(2_000, SPAN / Math.max(1, items));
        this.direction = forward ? 1 : -1;
        this.next = forward ? NEWEST - SPAN : NEWEST;
    }

    /** The next time (older, or newer when forward), epoch milliseconds. */
    long next() {
        long at = next;
        next += direction * (1_000 + dice.betweenLong(0, 2 * meanGap));
        return at;
    }
}
