package io.phiscan.review;

import io.phiscan.model.Sha256;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;

/**
 * The trail's record of runs and exports: the policy a run applied (an event whenever it
 * differs from the last one recorded), the run itself, and every set of files written from the
 * workspace (a run's reports, block lists) or removed by the retention. Thread-safe.
 */
public final class RunTrail {
    private final Jdbc jdbc;
    private final EventLog events;

    /** A trail over a data source; pass a transaction-aware one for writes to join a caller's transaction. */
    public RunTrail(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
        this.events = new EventLog(dataSource);
    }

    /**
     * The policy a run applied, as the trail states it.
     *
     * @param fileDigest the SHA-256 of the policy file, or {@code null} for the built-in policy
     */
    public static String describePolicy(String version, ReviewPolicy.LedgerRule rule, String fileDigest) {
        return version + "; ledger warnAfter " + rule.warnAfter() + ", blockAfter " + rule.blockAfter()
                + (fileDigest == null ? "; built-in" : "; file sha256 " + fileDigest.substring(0, Math.min(16, fileDigest.length())));
    }

    /** The SHA-256 of a file, in hex. */
    public static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), Sha256.newDigest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        }
    }

    /** Appends a policy event when {@code policy} differs from the last policy the trail recorded. */
    public void recordPolicy(String actor, String runId, String policy) {
        String last = jdbc.query("SELECT after_state FROM phiscan_event WHERE action = ? ORDER BY seq DESC LIMIT 1",
                rs -> rs.getString(1), EventLog.Action.POLICY.id()).stream().findFirst().orElse(null);
        if (!policy.equals(last)) {
            events.append(new EventLog.Entry(actor, EventLog.Action.POLICY, null, runId, last, policy, null,
                    last == null ? "the first policy this workspace applied" : "the policy differs from the one applied before"));
        }
    }

    /** Appends the event of a run that finished its report: its kind ({@code audit}, {@code rescan}…) and counts. */
    public void recordRun(String actor, String runId, String kind, int findings, long newFindings) {
        events.append(new EventLog.Entry(actor, EventLog.Action.RUN, null, runId, null, kind, null,
                findings + " finding(s), " + newFindings + " new"));
    }

    /** Appends the event of a run's reports removed from their folder by the retention: where, and how many files. */
    public void recordPrune(String actor, String runId, Path dir, int files, List<String> left) {
        events.append(new EventLog.Entry(actor, EventLog.Action.PRUNE, null, runId, null, "pruned", "older than the retention",
                files + " file(s) removed from " + dir.toAbsolutePath() + ", manifest.sha256 kept"
                        + (left.isEmpty() ? "" : "; left because changed since the run: " + String.join(", ", left))));
    }

    /** Appends the event of files written out of the workspace: where, and which. */
    public void recordExport(String actor, String runId, Path dir, List<String> files) {
        events.append(new EventLog.Entry(actor, EventLog.Action.EXPORT, null, runId, null, String.valueOf(files.size()) + " file(s)",
                null, dir.toAbsolutePath() + ": " + String.join(", ", files)));
    }
}
