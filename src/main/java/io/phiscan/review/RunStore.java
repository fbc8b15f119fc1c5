package io.phiscan.review;

import io.phiscan.model.Platform;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Runs, the exports each read with its reconciliation, and every record skipped. Thread-safe.
 */
public final class RunStore {
    private final Jdbc jdbc;

    /** A store over a data source; pass a transaction-aware one for writes to join a caller's transaction. */
    public RunStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** A run as recorded when it started. */
    public record Run(String id, String kind, Instant startedAt, Instant finishedAt, String policyVersion,
            List<String> inputs, String outDir) {
    }

    /** One export of a run: {@code messages + skipped} records were read from it. */
    /**
     * An export a run named, with its counts.
     *
     * @param sameAs the input before it that holds the same export (the same files read for messages, byte for byte:
     *     an export beside its own zip), or null: its messages are indexed once, and counted once
     *     in a run's totals, under that input
     */
    public record RunInput(String path, Platform platform, String account, String layout, long messages,
            long skipped, long encrypted, List<String> notes, String sameAs) {
        public RunInput {
            notes = List.copyOf(notes);
        }

        /** An input that is no copy of another. */
        public RunInput(String path, Platform platform, String account, String layout, long messages, long skipped,
                long encrypted, List<String> notes) {
            this(path, platform, account, layout, messages, skipped, encrypted, notes, null);
        }

        /** Whether its messages count in a run's totals: false for a copy of another input's export. */
        public boolean counted() {
            return sameAs == null;
        }
    }

    /** A record not ingested. */
    public record Skipped(String file, String position, String reason) {
    }

    public void startRun(Run run) {
        jdbc.update("INSERT INTO phiscan_run (run_id, kind, started_at, policy_version, inputs, out_dir) "
                + "SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM phiscan_run WHERE run_id = ?)",
                run.id(), run.kind(), Timestamp.from(run.startedAt()), run.policyVersion(),
                String.join("\n", run.inputs()), run.outDir(), run.id());
    }

    /** Records the identity of the index a run writes into. */
    public void indexedInto(String runId, String indexId) {
        jdbc.update("UPDATE phiscan_run SET index_id = ? WHERE run_id = ?", indexId, runId);
    }

    /** Whether a completed audit wrote into the index of this identity. */
    public boolean knowsIndex(String indexId) {
        return !jdbc.query("SELECT 1 FROM phiscan_run WHERE index_id = ? AND finished_at IS NOT NULL FETCH FIRST 1 ROWS ONLY",
                rs -> 1, indexId).isEmpty();
    }

    /**
     * Records an index that had documents but no identity (an earlier phiscan wrote it) as the
     * index of every run that recorded none.
     */
    public void adoptIndex(String indexId) {
        jdbc.update("UPDATE phiscan_run SET index_id = ? WHERE index_id IS NULL", indexId);
    }

    public void finishRun(String runId, Instant at) {
        jdbc.update("UPDATE phiscan_run SET finished_at = ? WHERE run_id = ?", Timestamp.from(at), runId);
    }

    public Optional<Run> run(String runId) {
        return jdbc.query("SELECT run_id, kind, started_at, finished_at, policy_version, inputs, out_dir FROM phiscan_run "
                + "WHERE run_id = ?", RunStore::toRun, runId).stream().findFirst();
    }

    /** Runs, newest first. */
    public List<Run> runs() {
        return jdbc.query("SELECT run_id, kind, started_at, finished_at, policy_version, inputs, out_dir FROM phiscan_run "
                + "ORDER BY started_at DESC, run_id DESC", RunStore::toRun);
    }

    private static Run toRun(ResultSet rs) throws SQLException {
        Timestamp fin = rs.getTimestamp(4);
        String inputs = rs.getString(6);
        return new Run(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                fin == null ? null : fin.toInstant(), rs.getString(5),
                inputs.isEmpty() ? List.of() : List.of(inputs.split("\n")), rs.getString(7));
    }

    /** Records that a run reads an export (once: a restarted run keeps its counts). */
    public void addInput(String runId, String path, Platform platform, String account, String layout, List<String> notes) {
        jdbc.update("INSERT INTO phiscan_run_input (run_id, export_path, platform, account, layout, messages, skipped, "
                + "encrypted, notes) SELECT ?, ?, ?, ?, ?, 0, 0, 0, ? WHERE NOT EXISTS "
                + "(SELECT 1 FROM phiscan_run_input WHERE run_id = ? AND export_path = ?)",
                runId, path, platform.id(), account, layout, String.join("\n", notes), runId, path);
    }

    /** Adds to an export's counts. */
    public void count(String runId, String path, long messages, long skipped, long encrypted) {
        jdbc.update("UPDATE phiscan_run_input SET messages = messages + ?, skipped = skipped + ?, encrypted = encrypted + ? "
                + "WHERE run_id = ? AND export_path = ?", messages, skipped, encrypted, runId, path);
    }

    public List<RunInput> inputs(String runId) {
        return jdbc.query("SELECT export_path, platform, account, layout, messages, skipped, encrypted, notes "
                + "FROM phiscan_run_input WHERE run_id = ? ORDER BY export_path", rs -> new RunInput(rs.getString(1),
                        Platform.fromId(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6),
                        rs.getLong(7), rs.getString(8).isEmpty() ? List.of() : List.of(rs.getString(8).split("\n"))), runId);
    }

    /** Records a skipped record; the same file and position is recorded once per run. */
    public boolean skip(String runId, Skipped s) {
        String position = s.position().isEmpty() ? "-" : s.position();
        return jdbc.update("INSERT INTO phiscan_skipped (run_id, file, position, reason) SELECT ?, ?, ?, ? WHERE NOT EXISTS "
                + "(SELECT 1 FROM phiscan_skipped WHERE run_id = ? AND file = ? AND position = ?)",
                runId, truncate(s.file(), 2000), truncate(position, 200), truncate(s.reason(), 2000),
                runId, truncate(s.file(), 2000), truncate(position, 200)) > 0;
    }

    public List<Skipped> skipped(String runId) {
        return jdbc.query("SELECT file, position, reason FROM phiscan_skipped WHERE run_id = ? ORDER BY file, position",
                rs -> new Skipped(rs.getString(1), rs.getString(2), rs.getString(3)), runId);
    }

    /**
     * Records the SHA-256 of the manifest a run wrote (again on a re-render: the latest counts, and
     * the reports are no longer pruned).
     */
    public void recordManifest(String runId, String sha256) {
        jdbc.update("DELETE FROM phiscan_manifest WHERE run_id = ?", runId);
        jdbc.update("INSERT INTO phiscan_manifest (run_id, sha256) VALUES (?, ?)", runId, sha256);
    }

    /** The SHA-256 of the manifest a run wrote, when recorded. */
    public Optional<String> manifestHash(String runId) {
        return jdbc.query("SELECT sha256 FROM phiscan_manifest WHERE run_id = ?", rs -> rs.getString(1), runId)
                .stream().findFirst();
    }

    /**
     * Records that a run's reports were removed from its folder (all but its manifest, whose
     * SHA-256 is recorded with it when the run had none recorded: a run of an older workspace).
     */
    public void markPruned(String runId, String manifestSha256, Instant at) {
        if (jdbc.update("UPDATE phiscan_manifest SET pruned_at = ? WHERE run_id = ?", Timestamp.from(at), runId) == 0) {
            jdbc.update("INSERT INTO phiscan_manifest (run_id, sha256, pruned_at) VALUES (?, ?, ?)", runId, manifestSha256,
                    Timestamp.from(at));
        }
    }

    /** When a run's reports were removed from its folder, if they were (a re-render writes them again). */
    public Optional<Instant> prunedAt(String runId) {
        return jdbc.query("SELECT pruned_at FROM phiscan_manifest WHERE run_id = ? AND pruned_at IS NOT NULL",
                rs -> rs.getTimestamp(1).toInstant(), runId).stream().findFirst();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
