package io.phiscan.review;

import io.phiscan.model.Finding;
import io.phiscan.model.Status;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Findings under their stable ids. A finding raised again keeps its review status and the run
 * it was first seen in; its content (messages, signals, score) is replaced by the latest. Thread-safe.
 */
public final class FindingStore {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final Jdbc jdbc;

    /** A store over a data source; pass a transaction-aware one for writes to join a caller's transaction. */
    public FindingStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** A stored finding with when it was first and last raised. */
    public record Stored(Finding finding, String firstSeenRun, String lastSeenRun) {
        /** Whether the finding was raised for the first time in this run. */
        public boolean newIn(String runId) {
            return firstSeenRun.equals(runId);
        }
    }

    /** Stores a finding raised by a run; its status is the stored one when it was raised before. */
    public Finding raise(Finding f, String runId) {
        Optional<Stored> existing = find(f.id());
        Finding stored = existing.map(e -> f.withStatus(e.finding().status())).orElse(f.withStatus(Status.NEW));
        String body = JSON.writeValueAsString(stored);
        if (existing.isPresent()) {
            jdbc.update("UPDATE phiscan_finding SET severity = ?, score = ?, policy_version = ?, last_seen_run = ?, body = ? "
                    + "WHERE id = ?", stored.severity().id(), stored.score(), stored.policyVersion(), runId, body, f.id());
        } else {
            jdbc.update("INSERT INTO phiscan_finding (id, exchange_id, platform, account, severity, score, status, "
                    + "policy_version, first_seen_run, last_seen_run, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    f.id(), f.exchangeId(), f.platform().id(), f.account(), stored.severity().id(), stored.score(),
                    stored.status().id(), stored.policyVersion(), runId, runId, body);
        }
        return stored;
    }

    public Optional<Stored> find(String id) {
        return jdbc.query("SELECT body, status, first_seen_run, last_seen_run FROM phiscan_finding WHERE id = ?",
                rs -> toStored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), id).stream().findFirst();
    }

    /** The stored findings with these ids, in no particular order (ids not stored are left out). */
    public List<Stored> findAll(java.util.Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        java.util.ArrayList<Stored> out = new java.util.ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += 500) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(batch.size(), "?"));
            out.addAll(jdbc.query("SELECT body, status, first_seen_run, last_seen_run FROM phiscan_finding WHERE id IN ("
                    + marks + ")", rs -> toStored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                    batch.toArray()));
        }
        return out;
    }

    /** The findings a run raised, highest score first. */
    public List<Stored> raisedIn(String runId) {
        return jdbc.query("SELECT body, status, first_seen_run, last_seen_run FROM phiscan_finding WHERE last_seen_run = ? "
                + "ORDER BY score DESC, id", rs -> toStored(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)), runId);
    }

    private static Stored toStored(String body, String status, String first, String last) {
        Finding f = JSON.readValue(body, Finding.class).withStatus(Status.fromId(status));
        return new Stored(f, first, last);
    }
}
