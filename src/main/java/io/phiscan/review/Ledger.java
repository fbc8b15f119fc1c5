package io.phiscan.review;

import io.phiscan.model.Platform;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The offender ledger across runs: each counterpart's incidents (per platform identity, not
 * dismissed), and where the {@link ReviewPolicy.LedgerRule} puts them: warned, then blocked.
 * Computed from the incidents each time, so a dismissal takes its strikes back at once.
 * Thread-safe.
 */
public final class Ledger {
    private final Jdbc jdbc;

    /** A ledger over a data source; pass a transaction-aware one for writes to join a caller's transaction. */
    public Ledger(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /**
     * The ledger as it stood after a run: incidents of that run and the runs before it, with
     * the dispositions as they are now.
     *
     * @param runId the run, or {@code null} for every run so far
     */
    public List<Offender> standing(String runId, ReviewPolicy.LedgerRule rule) {
        StringBuilder sql = new StringBuilder("SELECT i.platform, i.counterpart_key, i.finding_id, i.run_id, i.first_at, "
                + "i.last_at FROM phiscan_incident i JOIN phiscan_run r ON r.run_id = i.run_id WHERE i.voided = FALSE");
        List<Object> args = new ArrayList<>();
        if (runId != null) {
            sql.append(" AND r.started_at <= (SELECT started_at FROM phiscan_run WHERE run_id = ?)");
            args.add(runId);
        }
        sql.append(" ORDER BY i.platform, i.counterpart_key, r.started_at, i.run_id, i.finding_id");
        Map<String, List<Row>> byCounterpart = new LinkedHashMap<>();
        for (Row row : jdbc.query(sql.toString(), Ledger::row, args.toArray())) {
            byCounterpart.computeIfAbsent(row.platform + "\u0000" + row.key, k -> new ArrayList<>()).add(row);
        }
        Map<String, Identity> identities = byCounterpart.isEmpty() ? Map.of() : identities();
        List<Offender> out = new ArrayList<>();
        for (List<Row> rows : byCounterpart.values()) {
            out.add(offender(rows, rule, identities));
        }
        return out;
    }

    /** The counterparts a run's warning list names: warned by that run. */
    public List<Offender> warnedIn(String runId, ReviewPolicy.LedgerRule rule) {
        return standing(runId, rule).stream().filter(o -> runId.equals(o.warnedIn()) && o.blockedIn() == null).toList();
    }

    /** Every counterpart blocked as of a run ({@code null}: as of now), on every platform. */
    public List<Offender> blocked(String runId, ReviewPolicy.LedgerRule rule) {
        return standing(runId, rule).stream().filter(o -> o.standing() == Offender.Standing.BLOCKED).toList();
    }

    /** Records the thresholds a run applied (once: a restarted run keeps them). */
    public void recordRule(String runId, ReviewPolicy.LedgerRule rule) {
        jdbc.update("INSERT INTO phiscan_run_ledger (run_id, warn_after, block_after) SELECT ?, ?, ? WHERE NOT EXISTS "
                + "(SELECT 1 FROM phiscan_run_ledger WHERE run_id = ?)", runId, rule.warnAfter(), rule.blockAfter(), runId);
    }

    /** The thresholds a run applied, when it recorded them. */
    public Optional<ReviewPolicy.LedgerRule> ruleOf(String runId) {
        return jdbc.query("SELECT warn_after, block_after FROM phiscan_run_ledger WHERE run_id = ?",
                rs -> new ReviewPolicy.LedgerRule(rs.getInt(1), rs.getInt(2)), runId).stream().findFirst();
    }

    /** The thresholds of the latest run that recorded them. */
    public Optional<ReviewPolicy.LedgerRule> latestRule() {
        return jdbc.query("SELECT l.warn_after, l.block_after FROM phiscan_run_ledger l JOIN phiscan_run r ON r.run_id = l.run_id "
                + "ORDER BY r.started_at DESC, r.run_id DESC", rs -> new ReviewPolicy.LedgerRule(rs.getInt(1), rs.getInt(2)))
                .stream().findFirst();
    }

    private record Row(String platform, String key, String findingId, String runId, Instant first, Instant last) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                rs.getTimestamp(6).toInstant());
    }

    /** What is known of a counterpart across all findings: id, handle, name, and the accounts they wrote to. */
    private static final class Identity {
        String id;
        String handle;
        String name;
        final Set<String> accounts = new TreeSet<>();
    }

    private Map<String, Identity> identities() {
        Map<String, Identity> out = new HashMap<>();
        jdbc.query("SELECT c.platform, c.counterpart_key, c.author_id, c.handle, c.display_name, f.account "
                + "FROM phiscan_counterpart c JOIN phiscan_finding f ON f.id = c.finding_id "
                + "ORDER BY f.last_seen_run DESC, c.finding_id", rs -> {
                    Identity i = out.computeIfAbsent(rs.getString(1) + "\u0000" + rs.getString(2), k -> new Identity());
                    i.id = i.id != null ? i.id : rs.getString(3);
                    i.handle = i.handle != null ? i.handle : rs.getString(4);
                    i.name = i.name != null ? i.name : rs.getString(5);
                    i.accounts.add(rs.getString(6));
                    return i;
                });
        return out;
    }

    private static Offender offender(List<Row> rows, ReviewPolicy.LedgerRule rule, Map<String, Identity> identities) {
        Row any = rows.get(0);
        StrikeRule.Outcome outcome = StrikeRule.apply(rows.stream().map(Row::runId).toList(), rule);
        Identity who = identities.getOrDefault(any.platform + "\u0000" + any.key, new Identity());
        List<Offender.Incident> incidents = rows.stream()
                .map(r -> new Offender.Incident(r.findingId, r.runId, r.first, r.last)).toList();
        return new Offender(Platform.fromId(any.platform), any.key, who.id, who.handle, who.name, who.accounts, incidents,
                outcome.warnedIn(), outcome.blockedIn());
    }
}
