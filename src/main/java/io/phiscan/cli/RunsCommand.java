package io.phiscan.cli;

import io.phiscan.job.RunHistory;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code phiscan runs}: the history of audits on a workspace. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "Lists the audit runs of a workspace, newest first, with their status and counts.")
final class RunsCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspace;

    @Option(names = "--failed", description = "Only runs that did not complete (to restart them).")
    boolean failed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<RunHistory.Entry> entries = new RunHistory(workspace.workspace()).list();
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%-20s %-10s %-22s %9s %9s %9s %8s %9s %5s%n", "RUN", "STATUS", "STARTED", "DURATION", "READ",
                "INDEXED", "SKIPPED", "FINDINGS", "NEW");
        for (RunHistory.Entry e : entries) {
            if (failed && e.status().equals("COMPLETED")) {
                continue;
            }
            o.printf("%-20s %-10s %-22s %9s %9d %9d %8d %9d %5d%n", e.runId(), e.status(),
                    e.startedAt() == null ? "-" : e.startedAt().toString(), duration(e.duration()), e.read(), e.indexed(),
                    e.skipped(), e.findings(), e.newFindings());
        }
        o.flush();
        return ExitCodes.DONE;
    }

    private static String duration(Duration d) {
        if (d == null) {
            return "-";
        }
        long ms = d.toMillis();
        return ms < 60_000 ? String.format("%.1fs", ms / 1000.0) : String.format("%dm%02ds", ms / 60_000, (ms / 1000) % 60);
    }
}
