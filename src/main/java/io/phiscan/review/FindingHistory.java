package io.phiscan.review;

import io.phiscan.model.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Which findings are current, what each run's scoring changed, and which findings each run's
 * reports showed. A finding is current from the run that raises it until a run scores its
 * exchange again and finds it no longer a finding. Thread-safe.
 */
public final class FindingHistory {

    /** What a run's scoring changed about a finding, against the state the earlier runs left. */
    public enum Change {
        /** Raised for the first time. */
        NEW("new"),
        /** Raised again after a run had found it no longer a finding. */
        RAISED_AGAIN("raised-again"),
        /** Raised again with another severity ({@code detail}: {@code from>to}). */
        SEVERITY("severity"),
        /** Its exchange, scored again, is no longer a finding. */
        NO_LONGER_RAISED("no-longer-raised");

        private final String id;

        Change(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        static Change fromId(String id) {
            for (Change c : values()) {
                if (c.id.equals(id)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("not a change: " + id);
        }
    }

    /** One change of one finding in one run. */
    public record Changed(String findingId, Change change, String detail) {
    }

    /** A finding in brief, without its messages: for counts and exit codes. */
    public record Brief(String id, Severity severity, double score, String firstSeenRun) {
        /** Whether the finding was raised for the first time in this run. */
        public boolean newIn(String runId) {
            return firstSeenRun.equals(runId);
        }
    }

    private final Jdbc jdbc;

    /** A history over a data source; pass a transaction-aware one for writes to join a chunk's transaction. */
    public FindingHistory(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** Which of these findings a run has found no longer raised (and none has raised since). */
    public Set<String> clearedAmong(Collection<String> findingIds) {
        return new HashSet<>(jdbc.queryIn(n -> "SELECT finding_id FROM phiscan_finding_cleared WHERE finding_id IN ("
                + Jdbc.marks(n) + ")", List.copyOf(findingIds), rs -> rs.getString(1)));
    }

    /**
     * Records that a run raised these findings, and what that changed for each ({@link Changed#change}
     * {@code null}: nothing); {@code cleared} holds those of them that a run had found no longer
     * raised ({@link #clearedAmong}), which are current again.
     */
    public void raised(String runId, List<Changed> raised, Set<String> cleared) {
        jdbc.batch("DELETE FROM phiscan_finding_cleared WHERE finding_id = ?", raised.stream()
                .filter(r -> cleared.contains(r.findingId())).map(r -> new Object[] {r.findingId()}).toList());
        raised.stream().filter(r -> r.change() != null).forEach(r -> note(runId, r.findingId(), r.change(), r.detail()));
    }

    /** Records that a run scored the finding's exchange and it is no longer a finding. */
    public void cleared(String runId, String findingId) {
        jdbc.update("INSERT INTO phiscan_finding_cleared (finding_id, run_id) SELECT ?, ? WHERE NOT EXISTS "
                + "(SELECT 1 FROM phiscan_finding_cleared WHERE finding_id = ?)", findingId, runId, findingId);
        note(runId, findingId, Change.NO_LONGER_RAISED, "");
    }

    private void note(String runId, String findingId, Change change, String detail) {
        jdbc.update("DELETE FROM phiscan_finding_change WHERE run_id = ? AND finding_id = ?", runId, findingId);
        jdbc.update("INSERT INTO phiscan_finding_change (run_id, finding_id, kind, detail) VALUES (?, ?, ?, ?)", runId,
                findingId, change.id(), detail == null ? "" : detail);
    }

    /** What a run's scoring changed, by finding id. */
    public List<Changed> changes(String runId) {
        return jdbc.query("SELECT finding_id, kind, detail FROM phiscan_finding_change WHERE run_id = ? ORDER BY kind, finding_id",
                rs -> new Changed(rs.getString(1), Change.fromId(rs.getString(2)), rs.getString(3)), runId);
    }

    /** The ids of the current findings of these accounts (of every account when {@code null}). */
    public List<String> current(Collection<String> accounts) {
        String sql = "SELECT f.id FROM phiscan_finding f WHERE NOT EXISTS "
                + "(SELECT 1 FROM phiscan_finding_cleared c WHERE c.finding_id = f.id)";
        if (accounts == null) {
            return jdbc.query(sql + " ORDER BY f.id", rs -> rs.getString(1));
        }
        List<String> ids = new ArrayList<>();
        for (String account : accounts) {
            ids.addAll(jdbc.query(sql + " AND f.account = ? ORDER BY f.id", rs -> rs.getString(1), account));
        }
        return ids;
    }

    /** The exchange ids of every current finding (raised and not since cleared). */
    public List<String> currentExchanges() {
        return jdbc.query("SELECT f.exchange_id FROM phiscan_finding f WHERE NOT EXISTS "
                + "(SELECT 1 FROM phiscan_finding_cleared c WHERE c.finding_id = f.id) ORDER BY f.exchange_id",
                rs -> rs.getString(1));
    }

    /** The findings with these ids, in brief, highest score first. */
    public List<Brief> briefs(Collection<String> ids) {
        List<Brief> out = new ArrayList<>(jdbc.queryIn(FindingHistory::briefsQuery, List.copyOf(ids),
                rs -> new Brief(rs.getString(1), Severity.fromId(rs.getString(2)), rs.getDouble(3), rs.getString(4))));
        out.sort(java.util.Comparator.comparingDouble((Brief b) -> -b.score()).thenComparing(Brief::id));
        return out;
    }

    /**
     * The query of {@link #briefs} for {@code n} ids: its columns are all in an index, so that the
     * rows, which hold the findings' bodies, are not read.
     */
    static String briefsQuery(int n) {
        return "SELECT id, severity, score, first_seen_run FROM phiscan_finding WHERE id IN (" + Jdbc.marks(n) + ")";
    }

    /** Records the findings a run's reports show (replacing what was recorded before). */
    public void reported(String runId, Collection<String> findingIds) {
        jdbc.update("DELETE FROM phiscan_run_finding WHERE run_id = ?", runId);
        jdbc.batch("INSERT INTO phiscan_run_finding (run_id, finding_id) VALUES (?, ?)",
                findingIds.stream().map(id -> new Object[] {runId, id}).toList());
    }

    /** The ids of the findings a run's reports showed. */
    public List<String> reportedIn(String runId) {
        return jdbc.query("SELECT finding_id FROM phiscan_run_finding WHERE run_id = ? ORDER BY finding_id",
                rs -> rs.getString(1), runId);
    }
}
