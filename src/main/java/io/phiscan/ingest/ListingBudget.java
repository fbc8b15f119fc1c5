package io.phiscan.ingest;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What the listings of the zips open in this process hold together, in entries as each zip's
 * central directory counts them, against what the heap can hold ({@link ZipTree#heapBound}): two
 * zips each within that bound filled the heap together. A zip takes its entries while it is
 * listed. One that does not fit beside the others first lets go the listings no one is reading,
 * the longest unused first (each is listed again when it is next read), then waits until a zip
 * being read is put down; it is refused only when the thread asking is itself reading another
 * zip, which would wait for itself, or when it has waited longer than {@link #waitLimit}.
 *
 * <p>One per process ({@link #PROCESS}). Thread-safe: every method is called holding its
 * monitor, which also guards the state of each {@link ZipTree}'s listing (a zip is listed
 * outside it).
 */
final class ListingBudget {
    static final ListingBudget PROCESS = new ListingBudget();

    /** Entries of the zips listed now. */
    private long held;
    /**
     * How long a zip waits at most for room: a file of a zip left open by mistake would keep the
     * zips waiting for its room waiting for ever. Long enough for any zip read on a slow machine.
     */
    private Duration waitLimit = Duration.ofMinutes(Math.max(1, Long.getLong("phiscan.zips.wait-minutes", 360)));
    /** Zips listed and read by no one, the longest unused first: let go when another zip needs their room. */
    private final Set<ZipTree> idle = new LinkedHashSet<>();
    /** How many zips each thread reads now (a file of it open, or the zip held). */
    private final Map<Thread, Integer> reading = new HashMap<>();

    private ListingBudget() {
    }

    /**
     * Makes room for a zip of {@code entries} entries and takes it: true once taken; false when
     * the room is taken by zips being read, for which the caller then {@link #await}s.
     *
     * @throws ArchiveFormatException when the room is taken by zips that this thread reads itself
     */
    boolean take(String name, long entries, long maxHeap) {
        long bound = ZipTree.heapBound(maxHeap);
        for (Iterator<ZipTree> oldest = idle.iterator(); held > 0 && held + entries > bound && oldest.hasNext();) {
            ZipTree zip = oldest.next();
            oldest.remove();
            held -= zip.letGo();
        }
        if (held == 0 || held + entries <= bound) {
            held += entries;
            return true;
        }
        if (reading.getOrDefault(Thread.currentThread(), 0) > 0) {
            throw new ArchiveFormatException(name, "", "refused: its " + entries + " entries, with the " + held
                    + " entries of the zips this run is reading, are more than this process can hold with its heap of "
                    + (maxHeap >> 20) + " MB (about 1 KB per entry): a larger -Xmx reads it", null);
        }
        return false;
    }

    /** How long a zip waits at most for room ({@code phiscan.zips.wait-minutes}, by default 6 hours). */
    synchronized Duration waitLimit() {
        return waitLimit;
    }

    /** Sets how long a zip waits at most for room, and returns the wait it replaces (for tests). */
    synchronized Duration waitAtMost(Duration limit) {
        Duration before = waitLimit;
        waitLimit = limit;
        return before;
    }

    /**
     * Waits until a zip is put down, closed or listed, letting go of the monitor meanwhile, or
     * until {@code deadline} ({@link System#nanoTime}): false when it has passed.
     */
    boolean await(String name, long deadline) throws InterruptedIOException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        try {
            wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for room to list " + name);
        }
    }

    /** Wakes the threads that {@link #await}. */
    void changed() {
        notifyAll();
    }

    /** Gives back what a zip took ({@link #take}) and no longer holds: its listing failed, or was let go. */
    void giveBack(long entries) {
        held -= entries;
        notifyAll();
    }

    /** A thread begins to read a listed zip: it is no longer idle. */
    void reading(ZipTree zip, Thread reader) {
        idle.remove(zip);
        reading.merge(reader, 1, Integer::sum);
    }

    /** A thread has put a zip down; {@code idle}: no one reads it now, and it is still listed. */
    void putDown(ZipTree zip, Thread reader, boolean nowIdle) {
        reading.computeIfPresent(reader, (t, n) -> n > 1 ? n - 1 : null);
        if (nowIdle) {
            idle.add(zip);
        }
        notifyAll();
    }

    /** A listed zip is closed: its room is given back. */
    void closed(ZipTree zip) {
        idle.remove(zip);
        giveBack(zip.letGo());
    }
}
