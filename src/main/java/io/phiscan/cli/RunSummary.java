package io.phiscan.cli;

import io.phiscan.job.RunOutcome;
import io.phiscan.job.Terminal;
import io.phiscan.model.Severity;
import io.phiscan.review.FindingHistory;
import io.phiscan.review.FindingHistory.Change;
import io.phiscan.review.RunStore;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an audit or a rescan prints when it ends: on a terminal, a few lines; under cron or
 * systemd, one line (the log file in the workspace has the rest). Counts only, never text.
 */
final class RunSummary {
    private RunSummary() {
    }

    /** Prints the outcome and returns the exit code the contract gives it. */
    static int report(CommandLine commandLine, RunOutcome outcome, boolean interactive) {
        PrintWriter out = commandLine.out();
        if (!outcome.completed()) {
            String how = outcome.status() == RunOutcome.Status.STOPPED
                    ? "stopped in step " + outcome.lastStep() + " at a chunk boundary"
                    : "failed in step " + outcome.lastStep() + ": " + Terminal.oneLine(outcome.failure());
            commandLine.err().println("phiscan: run " + outcome.runId() + " " + how + "; run the same command again to "
                    + "resume it from its last checkpoint (see: phiscan runs --failed)");
            commandLine.err().flush();
            return ExitCodes.JOB_FAILED;
        }
        if (interactive) {
            lines(out, outcome);
        } else {
            out.println(line(outcome));
        }
        out.flush();
        return outcome.failOnHits() > 0 ? ExitCodes.FINDINGS_AT_FAIL_ON : ExitCodes.DONE;
    }

    /** The one-line summary, for cron mail, the journal and the log. */
    static String line(RunOutcome o) {
        long messages = o.inputs().stream().filter(RunStore.RunInput::counted).mapToLong(RunStore.RunInput::messages).sum();
        long encrypted = o.inputs().stream().filter(RunStore.RunInput::counted).mapToLong(RunStore.RunInput::encrypted).sum();
        long copies = o.inputs().stream().filter(i -> !i.counted()).count();
        StringBuilder b = new StringBuilder("phiscan " + o.kind() + ": run " + o.runId() + " completed in "
                + duration(o.duration()));
        if (o.kind().equals("audit")) {
            b.append(String.format(": %d export(s) (%d unchanged, not read again%s%s), %d record(s) read, %d message(s) in "
                    + "the exports, %d skipped%s;", o.inputs().size(), o.unchangedExports(),
                    o.exportsWithNothingToRead() > 0 ? "; " + o.exportsWithNothingToRead() + " with nothing to read" : "",
                    copies > 0 ? "; " + copies + " the same as another, counted once" : "", o.read(), messages, o.skipped(),
                    encrypted > 0 ? ", " + encrypted + " encrypted" : ""));
        } else {
            b.append(";");
        }
        b.append(String.format(" %d finding(s) (%s); reports in %s", o.findings().size(), changes(o.changes()), o.out()));
        if (o.failOnHits() > 0) {
            b.append(String.format("; --fail-on: %d new at or above it", o.failOnHits()));
        }
        return b.toString();
    }

    private static void lines(PrintWriter o, RunOutcome outcome) {
        Map<String, Integer> platforms = new TreeMap<>();
        long messages = 0;
        long encrypted = 0;
        List<String> copies = new ArrayList<>();
        for (RunStore.RunInput in : outcome.inputs()) {
            platforms.merge(in.platform().id(), 1, Integer::sum);
            if (in.counted()) {
                messages += in.messages();
                encrypted += in.encrypted();
            } else {
                copies.add(in.path() + " is the same export as " + in.sameAs() + ": its " + in.messages()
                        + " message(s) are counted once");
            }
        }
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (FindingHistory.Brief f : outcome.findings()) {
            bySeverity.merge(f.severity(), 1, Integer::sum);
        }
        o.printf("phiscan %s: run %s completed in %s%s%n", outcome.kind(), outcome.runId(), duration(outcome.duration()),
                outcome.resumed() ? " (resumed)" : "");
        if (!outcome.takenOver().isEmpty()) {
            o.printf("  took over: %s%n", String.join(", ", outcome.takenOver()));
        }
        if (outcome.kind().equals("audit")) {
            o.printf("  exports:  %d %s, %d unchanged since an earlier run (not read again)%s%n", outcome.inputs().size(),
                    platforms, outcome.unchangedExports(), outcome.exportsWithNothingToRead() > 0
                            ? ", " + outcome.exportsWithNothingToRead() + " with no file to read for messages" : "");
            o.printf("  messages: %d in these exports, %d record(s) read by this run, %d record(s) skipped%s%n", messages,
                    outcome.read(), outcome.skipped(),
                    encrypted > 0 ? ", " + encrypted + " encrypted messages present, not readable" : "");
            copies.forEach(c -> o.printf("  same:     %s%n", Terminal.oneLine(c)));
        }
        o.printf("  findings: %d (high %d, medium %d, low %d); this run: %s%n", outcome.findings().size(),
                bySeverity.getOrDefault(Severity.HIGH, 0), bySeverity.getOrDefault(Severity.MEDIUM, 0),
                bySeverity.getOrDefault(Severity.LOW, 0), changes(outcome.changes()));
        o.printf("  reports:  %s%n", outcome.out());
        if (outcome.failOnHits() > 0) {
            o.printf("  --fail-on: %d new finding(s) at or above the threshold%n", outcome.failOnHits());
        }
    }

    static String changes(Map<Change, Integer> c) {
        return String.format("%d new, %d raised again, %d no longer raised, %d with another severity",
                c.getOrDefault(Change.NEW, 0), c.getOrDefault(Change.RAISED_AGAIN, 0),
                c.getOrDefault(Change.NO_LONGER_RAISED, 0), c.getOrDefault(Change.SEVERITY, 0));
    }

    static String duration(Duration d) {
        if (d == null) {
            return "-";
        }
        long ms = d.toMillis();
        return ms < 60_000 ? String.format("%.1fs", ms / 1000.0)
                : ms < 3_600_000 ? String.format("%dm%02ds", ms / 60_000, (ms / 1000) % 60)
                : String.format("%dh%02dm", ms / 3_600_000, (ms / 60_000) % 60);
    }

    /** The command line's two streams. */
    record CommandLine(PrintWriter out, PrintWriter err) {
        static CommandLine of(picocli.CommandLine cl) {
            return new CommandLine(cl.getOut(), cl.getErr());
        }
    }
}
