package io.phiscan.review;

import io.phiscan.model.Severity;
import io.phiscan.model.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reviewers' dispositions of findings: decisions (confirm, dismiss, escalate, reopen), decisions
 * imported from a file (all or nothing), and follow-ups done outside phiscan (called, warned,
 * blocked). Each is made by a named reviewer, checked, applied in one transaction with its
 * event in the trail, and reflected in the ledger: dismissing a finding voids its incidents,
 * taking a dismissal back restores them. Dismissing a high-severity finding needs a reason.
 * Thread-safe.
 */
public final class Dispositions {
    private final Jdbc jdbc;
    private final EventLog events;

    public Dispositions(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    public Dispositions(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.events = new EventLog(jdbc, clock);
    }

    /** What a decision did: {@code changed} is false when the finding already had that status (nothing recorded). */
    public record Outcome(String findingId, Status before, Status after, boolean changed) {
    }

    /**
     * What an import did.
     *
     * @param undecided rows without a decision, left alone
     */
    public record ImportResult(String file, String sha256, List<Outcome> outcomes, int undecided) {
        public long changed() {
            return outcomes.stream().filter(Outcome::changed).count();
        }
    }

    /**
     * Applies a decision.
     *
     * @param reason required to dismiss a high-severity finding; may be {@code null} otherwise
     * @throws ReviewInputException for an unknown finding, a blank reviewer, or a missing reason
     */
    public Outcome decide(String findingId, Decision decision, String reviewer, String reason) {
        String by = reviewer(reviewer);
        Current current = current(jdbc, findingId).orElseThrow(() -> unknown(findingId));
        checkReason(current, decision, reason).ifPresent(p -> {
            throw new ReviewInputException(p);
        });
        return jdbc.inTransaction(tx -> apply(tx, current, decision, by, blankToNull(reason), null));
    }

    /**
     * Applies every decision of a decisions file, or none: a file with any bad row (an unknown
     * finding id, a decision that is not one, a high-severity dismissal without a reason, a
     * finding decided twice) is rejected whole, naming each bad row.
     *
     * @param importer who runs the import; a row's {@code reviewer} cell, when present, names who decided it
     */
    public ImportResult importFile(Path file, String importer) throws IOException {
        String by = reviewer(importer);
        DecisionsCsv.Parsed parsed = DecisionsCsv.read(file);
        List<String> problems = new ArrayList<>(parsed.problems());
        for (DecisionsCsv.Row row : parsed.rows()) {
            Optional<Current> current = current(jdbc, row.findingId());
            if (current.isEmpty()) {
                problems.add("row " + row.row() + ": no finding has the id " + DecisionsCsv.shortened(row.findingId()));
                continue;
            }
            checkReason(current.get(), row.decision(), row.reason()).ifPresent(p -> problems.add("row " + row.row() + ": " + p));
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(Dispositions::rowOf));
            throw new ReviewInputException(file.getFileName() + ": nothing was applied; fix these rows and import the file again:",
                    problems);
        }
        String sha = RunTrail.sha256(file);
        String name = file.getFileName().toString();
        List<Outcome> outcomes = jdbc.inTransaction(tx -> {
            List<Outcome> out = new ArrayList<>();
            for (int i = 0; i < parsed.rows().size(); i++) {
                DecisionsCsv.Row row = parsed.rows().get(i);
                String decidedBy = row.reviewer() != null ? reviewer(row.reviewer()) : by;
                Current now = current(tx, row.findingId()).orElseThrow(() -> unknown(row.findingId()));
                out.add(apply(tx, now, row.decision(), decidedBy, row.reason(), "imported by " + by + " from " + name + ", row "
                        + row.row()));
            }
            long changed = out.stream().filter(Outcome::changed).count();
            events.in(tx).append(new EventLog.Entry(by, EventLog.Action.IMPORT, null, null, null, null, null,
                    name + " (sha256 " + sha + "): " + parsed.rows().size() + " decision(s), " + changed + " applied, "
                            + (parsed.rows().size() - changed) + " unchanged, " + parsed.undecided() + " row(s) without a decision"));
            return out;
        });
        return new ImportResult(name, sha, outcomes, parsed.undecided());
    }

    /**
     * Records a follow-up done outside phiscan (the call made, the warning given, the account
     * blocked) for a finding that is not dismissed.
     */
    public void done(String findingId, FollowUp followUp, String reviewer, String note) {
        String by = reviewer(reviewer);
        Current current = current(jdbc, findingId).orElseThrow(() -> unknown(findingId));
        if (current.status == Status.DISMISSED) {
            throw new ReviewInputException(findingId + " is dismissed: it is not an incident to follow up");
        }
        List<String> who = jdbc.query("SELECT platform, counterpart_key FROM phiscan_counterpart WHERE finding_id = ? "
                + "ORDER BY counterpart_key", rs -> rs.getString(1) + ":" + rs.getString(2), findingId);
        events.append(new EventLog.Entry(by, EventLog.Action.DONE, findingId, current.lastSeenRun, null, followUp.id(),
                blankToNull(note), "counterpart(s): " + String.join(", ", who)));
    }

    private Outcome apply(Jdbc tx, Current current, Decision decision, String by, String reason, String detail) {
        Status after = decision.result();
        if (current.status == after) {
            return new Outcome(current.id, current.status, after, false);
        }
        int n = tx.update("UPDATE phiscan_finding SET status = ? WHERE id = ? AND status = ?", after.id(), current.id,
                current.status.id());
        if (n != 1) {
            throw new StoreException(current.id + " changed while the decision was being applied; nothing was applied", null);
        }
        IncidentTable incidents = new IncidentTable(tx);
        if (after == Status.DISMISSED) {
            incidents.voidAll(current.id);
        } else if (current.status == Status.DISMISSED) {
            incidents.restoreAll(current.id);
        }
        events.in(tx).append(new EventLog.Entry(by, decision.action(), current.id, current.lastSeenRun, current.status.id(),
                after.id(), reason, detail));
        return new Outcome(current.id, current.status, after, true);
    }

    private record Current(String id, Status status, Severity severity, String lastSeenRun) {
    }

    private static Optional<Current> current(Jdbc jdbc, String findingId) {
        return jdbc.query("SELECT id, status, severity, last_seen_run FROM phiscan_finding WHERE id = ?",
                rs -> new Current(rs.getString(1), Status.fromId(rs.getString(2)), Severity.fromId(rs.getString(3)),
                        rs.getString(4)), findingId.strip()).stream().findFirst();
    }

    private static Optional<String> checkReason(Current current, Decision decision, String reason) {
        if (decision == Decision.DISMISS && current.severity == Severity.HIGH && blankToNull(reason) == null
                && current.status != Status.DISMISSED) {
            return Optional.of(current.id + " is high severity: dismissing it needs a reason");
        }
        return Optional.empty();
    }

    private static String reviewer(String name) {
        if (name == null || name.isBlank()) {
            throw new ReviewInputException("a decision needs the reviewer's name (--by NAME)");
        }
        return name.strip();
    }

    private static ReviewInputException unknown(String id) {
        return new ReviewInputException("no finding has the id " + id.strip());
    }

    /** The row a problem names ("row 12: …"), for listing them in file order. */
    private static int rowOf(String problem) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^row (\\d+)").matcher(problem);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
