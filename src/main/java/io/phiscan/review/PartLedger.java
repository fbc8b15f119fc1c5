package io.phiscan.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What each audit did with each part (file) of each export: its plan, in reading order, with
 * the part's fingerprint (size, modification time, SHA-256) and the records counted from it. A
 * part's row in the latest completed audit that planned its export is its fingerprint: a later
 * audit that finds the same size and hash does not read the part again and carries its counts.
 * An export whose every part a run found as an earlier run's rows have it (same names in the same
 * order, sizes, times, stamps and hashes) is recorded by its export row alone, naming that run
 * ({@code parts_of_run}): the run's plan holds those rows, carried, without storing them again.
 * Thread-safe.
 */
public final class PartLedger {

    /** What a run does with a part. */
    public enum Mode {
        /** Read and indexed by this run. */
        READ,
        /** Unchanged, but parsed (not indexed) because a later part of the export needs what it names. */
        WARM,
        /** Unchanged: not read; its counts are carried from the run that read it. */
        UNCHANGED,
        /** Not a part: marks an export of the run, in order ({@code part} is empty). */
        EXPORT
    }

    /**
     * One row of a run's plan.
     *
     * @param stamp the part's file stamp when the run planned it ({@code ExportTree.stamp}), empty when none
     * @param readInRun the run that read the part (this run when {@code READ})
     * @param messages records read from the part as messages (carried from {@code readInRun} unless READ)
     */
    public record Part(int seq, String export, String part, Mode mode, long size, long modified, String sha256,
            String stamp, String readInRun, long messages, long skipped, long encrypted) {

        /** Whether the part's records are carried from an earlier run rather than read now. */
        public boolean carried() {
            return mode == Mode.WARM || mode == Mode.UNCHANGED;
        }

        /** The part's file as skipped records name it: {@code export!part}. */
        public String file() {
            return export + "!" + part;
        }
    }

    private static final String COLUMNS = "seq, export_path, part, mode, size, modified, sha256, stamp, read_in_run, "
            + "messages, skipped, encrypted";
    private final Jdbc jdbc;

    /** A ledger over a data source; pass a transaction-aware one for counts to join a chunk's transaction. */
    public PartLedger(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /**
     * The parts of an export as the latest completed audit that planned the export recorded
     * them, by part name; empty when no completed audit planned it. A part that audit did not
     * see (added, or gone and back since) is not in the map: it is read again. A few queries,
     * however many runs the workspace holds.
     */
    public Map<String, Part> lastCompleted(String export) {
        return last(export).parts();
    }

    /** The rows of {@link #lastCompleted}, with the run that holds them. */
    public LastParts last(String export) {
        return last(export, null);
    }

    /**
     * The rows of {@link #lastCompleted} among the audits that wrote into the index of this
     * identity ({@code null}: into any index), with the run that holds them.
     */
    public LastParts last(String export, String indexId) {
        String ofIndex = indexId == null ? "" : "AND r.index_id = ? ";
        Object[] args = indexId == null ? new Object[] {export} : new Object[] {export, indexId};
        Optional<String[]> run = jdbc.query("SELECT r.run_id, p.parts_of_run FROM phiscan_run r JOIN phiscan_run_part p "
                + "ON p.run_id = r.run_id WHERE p.export_path = ? AND p.part = '' AND r.kind = 'audit' "
                + "AND r.finished_at IS NOT NULL " + ofIndex
                + "ORDER BY r.finished_at DESC, r.run_id DESC FETCH FIRST 1 ROWS ONLY",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, args).stream().findFirst();
        if (run.isEmpty()) {
            return LastParts.NONE;
        }
        String holder = run.get()[1].isEmpty() ? run.get()[0] : run.get()[1];
        Map<String, Part> parts = new LinkedHashMap<>();
        rows(holder, export).forEach(p -> parts.put(p.part(), p));
        return new LastParts(holder, parts);
    }

    /** The part rows a run stored of an export, in plan order. */
    private List<Part> rows(String runId, String export) {
        return jdbc.query("SELECT " + COLUMNS + " FROM phiscan_run_part WHERE run_id = ? AND export_path = ? AND part <> '' "
                + "ORDER BY seq", PartLedger::toPart, runId, export);
    }

    /**
     * Records the plan of a run that has none yet. Callers record it in one transaction: a
     * restarted run finds its whole plan, or none.
     *
     * @throws StoreException when a row of the plan is recorded already
     */
    public void record(String runId, List<Part> plan) {
        record(runId, plan, Map.of());
    }

    /**
     * Records the plan of a run that has none yet; the parts of each export in {@code partsOf}
     * are those of the named run's rows (see {@link LastParts#carriedWhole}) and are not stored again.
     *
     * @throws StoreException when a row of the plan is recorded already
     */
    public void record(String runId, List<Part> plan, Map<String, String> partsOf) {
        List<Object[]> rows = new ArrayList<>();
        for (Part p : plan) {
            String holder = partsOf.get(p.export());
            if (holder != null && p.mode() != Mode.EXPORT) {
                continue;
            }
            rows.add(new Object[] {runId, p.seq(), p.export(), p.part(), p.mode().name(), p.size(), p.modified(), p.sha256(),
                p.stamp(), p.readInRun(), p.messages(), p.skipped(), p.encrypted(),
                holder != null && p.mode() == Mode.EXPORT ? holder : ""});
        }
        jdbc.batch("INSERT INTO phiscan_run_part (run_id, " + COLUMNS + ", parts_of_run) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** A run's plan, in reading order; empty when none was recorded. */
    public List<Part> plan(String runId) {
        return expanded(jdbc.query("SELECT " + COLUMNS + ", parts_of_run FROM phiscan_run_part WHERE run_id = ? ORDER BY seq",
                PartLedger::toStored, runId));
    }

    /** The rows of one export in a run's plan, in plan order. */
    public List<Part> plan(String runId, String export) {
        return expanded(jdbc.query("SELECT " + COLUMNS + ", parts_of_run FROM phiscan_run_part WHERE run_id = ? "
                + "AND export_path = ? ORDER BY seq", PartLedger::toStored, runId, export));
    }

    /** A row as stored, with the run whose part rows it names, if any. */
    private record Stored(Part part, String partsOf) {
    }

    /** Stored rows with the parts of each export row that names another run's rows in their place, carried. */
    private List<Part> expanded(List<Stored> stored) {
        List<Part> out = new ArrayList<>();
        for (Stored row : stored) {
            Part e = row.part();
            out.add(e);
            if (e.mode() == Mode.EXPORT && !row.partsOf().isEmpty()) {
                int seq = e.seq();
                for (Part held : rows(row.partsOf(), e.export())) {
                    out.add(new Part(++seq, e.export(), held.part(), Mode.UNCHANGED, held.size(), held.modified(),
                            held.sha256(), held.stamp(), held.readInRun(), held.messages(), held.skipped(), held.encrypted()));
                }
            }
        }
        return out;
    }

    /** Adds to the counts of a part a run reads. */
    public void count(String runId, String export, String part, long messages, long skipped, long encrypted) {
        jdbc.update("UPDATE phiscan_run_part SET messages = messages + ?, skipped = skipped + ?, encrypted = encrypted + ? "
                + "WHERE run_id = ? AND export_path = ? AND part = ?", messages, skipped, encrypted, runId, export, part);
    }

    /** The records skipped in the parts a run's plan ({@link #plan}) carried, as the runs that read those parts listed them. */
    public List<RunStore.Skipped> carriedSkipped(List<Part> plan) {
        List<RunStore.Skipped> out = new ArrayList<>();
        for (Part p : plan) {
            if (p.carried() && p.skipped() > 0) {
                out.addAll(jdbc.query("SELECT file, position, reason FROM phiscan_skipped WHERE run_id = ? AND file = ? "
                        + "ORDER BY position", rs -> new RunStore.Skipped(rs.getString(1), rs.getString(2), rs.getString(3)),
                        p.readInRun(), p.file()));
            }
        }
        return out;
    }

    private static Stored toStored(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Stored(toPart(rs), rs.getString(13));
    }

    private static Part toPart(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Part(rs.getInt(1), rs.getString(2), rs.getString(3), Mode.valueOf(rs.getString(4)), rs.getLong(5),
                rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getLong(10), rs.getLong(11),
                rs.getLong(12));
    }
}
