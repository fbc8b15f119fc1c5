package io.phiscan.review;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Finding;
import io.phiscan.model.Message;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The ledger's tables: the counterparts of each finding and their incidents (strikes). Written
 * when a finding is raised or grows, voided and restored by dispositions, read by the
 * {@link Ledger}. Thread-safe.
 */
final class IncidentTable {
    private final Jdbc jdbc;

    IncidentTable(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Records (or refreshes the handle and name of) every counterpart of a finding. */
    void counterparts(Finding f) {
        for (Author a : f.counterparts()) {
            String key = cut(a.key(), 300);
            int n = jdbc.update("UPDATE phiscan_counterpart SET author_id = COALESCE(?, author_id), "
                    + "handle = COALESCE(?, handle), display_name = COALESCE(?, display_name) "
                    + "WHERE finding_id = ? AND counterpart_key = ?", cut(a.id(), 100), cut(a.handle(), 200),
                    cut(a.name(), 300), f.id(), key);
            if (n == 0) {
                jdbc.update("INSERT INTO phiscan_counterpart (finding_id, counterpart_key, platform, author_id, handle, "
                        + "display_name) VALUES (?, ?, ?, ?, ?, ?)", f.id(), key, f.platform().id(), cut(a.id(), 100),
                        cut(a.handle(), 200), cut(a.name(), 300));
            }
        }
    }

    /**
     * Strikes every counterpart of a finding raised for the first time: the incident spans the
     * counterpart's own messages, or the whole exchange when they wrote none (the owner's public
     * reply to them).
     */
    void strikeAll(Finding f, String runId) {
        for (Author a : f.counterparts()) {
            List<Message> own = f.messages().stream().filter(m -> wrote(a, m)).toList();
            strike(f, a, runId, own.isEmpty() ? f.messages() : own);
        }
    }

    /** Strikes the counterparts who wrote any of the new messages of a grown finding; returns how many. */
    int strikeWriters(Finding f, List<Message> added, String runId) {
        int n = 0;
        for (Author a : f.counterparts()) {
            List<Message> own = added.stream().filter(m -> wrote(a, m)).toList();
            if (!own.isEmpty()) {
                strike(f, a, runId, own);
                n++;
            }
        }
        return n;
    }

    /** A dismissal: the finding's incidents so far no longer count. */
    void voidAll(String findingId) {
        jdbc.update("UPDATE phiscan_incident SET voided = TRUE WHERE finding_id = ?", findingId);
    }

    /** A dismissal taken back: the finding's incidents count again. */
    void restoreAll(String findingId) {
        jdbc.update("UPDATE phiscan_incident SET voided = FALSE WHERE finding_id = ?", findingId);
    }

    private void strike(Finding f, Author a, String runId, List<Message> messages) {
        Instant first = messages.stream().map(Message::at).min(Instant::compareTo).orElseThrow();
        Instant last = messages.stream().map(Message::at).max(Instant::compareTo).orElseThrow();
        String key = cut(a.key(), 300);
        jdbc.update("INSERT INTO phiscan_incident (finding_id, counterpart_key, platform, run_id, first_at, last_at, voided) "
                + "SELECT ?, ?, ?, ?, ?, ?, FALSE WHERE NOT EXISTS (SELECT 1 FROM phiscan_incident "
                + "WHERE finding_id = ? AND counterpart_key = ? AND run_id = ?)", f.id(), key, f.platform().id(), runId,
                Timestamp.from(first), Timestamp.from(last), f.id(), key, runId);
    }

    private static boolean wrote(Author a, Message m) {
        return m.direction() == Direction.INBOUND && (m.author().key().equals(a.key()) || m.author().sameAs(a));
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
