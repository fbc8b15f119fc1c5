package io.phiscan.cli;

import io.phiscan.job.RunHistory;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code phiscan runs}: the history of audits and rescans on a workspace. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = {"Lists the audits and rescans of a workspace, newest first.",
                "",
                "Per run: status, duration (first start to last end), records read from the",
                "exports by the run itself, messages among them, records skipped and",
                "encrypted messages (counted, not readable), an export given twice (such as",
                "a folder beside its own zip) counted once; findings its reports show, new",
                "findings and findings no longer raised (GONE), and where a completed run's",
                "reports are (REPORTS): kept in its output folder, pruned on a date by",
                "phiscan prune (the manifest stays), or not found.",
                "COMPLETED; FAILED: the job failed; STOPPED: stopped by SIGTERM or Ctrl-C;",
                "INTERRUPTED: the process ended mid-run (killed, crashed, rebooted);",
                "RUNNING (a workspace on PostgreSQL, read while an audit runs): the",
                "step it is in and, with --workers, its partitions and records read;",
                "ABANDONED: a later run took it over (another request: other inputs,",
                "policy, --out or --full; or exports changed since the run began)."})
final class RunsCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspace;

    @Option(names = "--failed", description = "Only runs that did not complete, with the command that resumes each.")
    boolean failed;

    @Mixin
    LockOptions lock;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<RunHistory.Entry> entries = new RunHistory(workspace.existing()).list(lock.wait, AuditCommand.say(spec.commandLine())).stream()
                .filter(e -> !failed || e.restartable()).toList();
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%-20s %-6s %-11s %-20s %8s %9s %9s %7s %9s %8s %5s %5s  %s%n", "RUN", "KIND", "STATUS", "STARTED",
                "DURATION", "READ", "INDEXED", "SKIPPED", "ENCRYPTED", "FINDINGS", "NEW", "GONE", "REPORTS");
        for (RunHistory.Entry e : entries) {
            o.printf("%-20s %-6s %-11s %-20s %8s %9s %9s %7s %9s %8s %5d %5d  %s%n", e.runId(), e.kind(), e.status(),
                    e.startedAt() == null ? "-" : e.startedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
                    RunSummary.duration(e.duration()), count(e.read()), count(e.indexed()), count(e.skipped()),
                    count(e.encrypted()), count(e.findings()), e.newFindings(), e.gone(), e.reports());
        }
        for (RunHistory.Entry e : entries) {
            if (!e.progress().isEmpty()) {
                o.printf("%nrun %s: %s%n", e.runId(), e.progress());
            }
        }
        if (failed) {
            for (RunHistory.Entry e : entries) {
                o.printf("%nrun %s: %s in step %s after %d execution(s)%n  resume it with: %s%n", e.runId(),
                        e.status().toLowerCase(), e.lastStep(), e.executions(),
                        e.command().isEmpty() ? "the command that started it" : e.command());
            }
            if (entries.isEmpty()) {
                o.println("no run to resume: every run completed (or was taken over by a later one)");
            }
        }
        o.flush();
        return ExitCodes.DONE;
    }

    private static String count(long n) {
        return n < 0 ? "-" : Long.toString(n);
    }
}
