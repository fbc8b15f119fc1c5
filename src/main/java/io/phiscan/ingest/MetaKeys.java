package io.phiscan.ingest;

import io.phiscan.model.Message;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Native keys for Meta records, which have no ids: the conversation, the time as the export
 * gives it, the sender and a hash of the content, plus an index that tells apart identical
 * records at the same time (two "ok" sent in the same millisecond). The index counts only
 * among records of the same conversation and time, which Meta writes next to each other (files
 * are sorted by time), so only the current time's counts are held per conversation (at most
 * {@value #MAX_AT_ONE_TIME}), and reading the same export again, in the same order, gives the same
 * keys. Thread-safe.
 */
final class MetaKeys {
    /** Records kept per time; past this many at one time (never seen in a real export) counting starts again. */
    static final int MAX_AT_ONE_TIME = 10_000;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    private static final class Slot {
        private String stamp;
        private final Map<String, Integer> seen = new HashMap<>();
    }

    /**
     * The key of the next record.
     *
     * @param conversation the thread or stream the record is in
     * @param stamp its time as the export gives it (epoch ms, or a local date-time)
     * @param sender who wrote it
     * @param content what it holds (text and attachments)
     */
    String next(String conversation, String stamp, String sender, String content) {
        String base = conversation + "|" + stamp + "|" + sender + "|" + Message.hash(content, 8);
        Slot slot = slots.computeIfAbsent(conversation, c -> new Slot());
        synchronized (slot) {
            if (!stamp.equals(slot.stamp) || slot.seen.size() >= MAX_AT_ONE_TIME) {
                slot.stamp = stamp;
                slot.seen.clear();
            }
            int n = slot.seen.merge(base, 1, Integer::sum) - 1;
            return base + "|" + n;
        }
    }
}
