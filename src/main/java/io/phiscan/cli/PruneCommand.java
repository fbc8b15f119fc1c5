package io.phiscan.cli;

import io.phiscan.job.BatchApplication;
import io.phiscan.report.ReportPruner;
import io.phiscan.review.RunStore;
import io.phiscan.review.RunTrail;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code phiscan prune}: the retention of reports. */
@Command(name = "prune", mixinStandardHelpOptions = true,
        description = {"Removes the reports of runs that finished longer ago than a period.",
                "",
                "From each such run's folder, removes the files its manifest lists and that",
                "are still as the run wrote them; keeps manifest.sha256, so that phiscan",
                "verify still follows the chain of manifests; names any file left because it",
                "changed since. The newest finished run keeps its reports whatever its age,",
                "and a folder without the run's own manifest is not touched. The workspace",
                "(index, database, findings, decisions, trail) is not touched either, and the",
                "trail records each removal. The job spec's keep-reports runs it after each",
                "scheduled run."})
final class PruneCommand implements Callable<Integer> {

    @Option(names = "--keep", required = true, paramLabel = "PERIOD", converter = LockOptions.DurationConverter.class,
            description = "Keep the reports of the runs that finished within this period: e.g. 90d, 36h (at most 36500d).")
    Duration keep;

    @Option(names = "--dry-run", description = "Say what would be removed, and remove nothing.")
    boolean dryRun;

    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    LockOptions lock;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var ws = workspace.existing();
        return prune(spec.commandLine(), ws, keep, dryRun, lock.wait, true);
    }

    /**
     * Prunes the workspace's reports and prints what it did: run by run and in a summary line,
     * or (after a job spec's run, whose output cron mails) in the summary line alone.
     */
    static int prune(CommandLine cl, io.phiscan.job.Workspace ws, Duration keep, boolean dryRun, Duration wait, boolean runByRun)
            throws Exception {
        try (ConfigurableApplicationContext context = BatchApplication.startDatabase(ws, wait, AuditCommand.say(cl))) {
            ReportPruner pruner = new ReportPruner(context.getBean(RunStore.class), context.getBean(RunTrail.class));
            ReportPruner.Outcome outcome = pruner.prune(keep, Instant.now(), dryRun);
            print(cl.getOut(), outcome, keep, dryRun, runByRun);
            return ExitCodes.DONE;
        }
    }

    private static void print(PrintWriter o, ReportPruner.Outcome outcome, Duration keep, boolean dryRun, boolean runByRun) {
        String verb = dryRun ? "would remove" : "removed";
        for (ReportPruner.Pruned p : runByRun ? outcome.pruned() : java.util.List.<ReportPruner.Pruned>of()) {
            o.printf("  run %s: %s %d file(s), %s, from %s; manifest.sha256 kept%n", p.runId(), verb, p.files(),
                    megabytes(p.bytes()), p.folder());
            if (!p.left().isEmpty()) {
                o.printf("    left, changed since the run wrote them: %s%n", String.join(", ", p.left()));
            }
        }
        for (ReportPruner.Untouched u : runByRun ? outcome.untouched() : java.util.List.<ReportPruner.Untouched>of()) {
            o.printf("  run %s: left whole (%s): %s%n", u.runId(), u.folder(), u.reason());
        }
        o.printf("phiscan prune%s: %d run(s) older than %s, %s %s%s%n", dryRun ? " (dry run)" : "", outcome.pruned().size(),
                period(keep), verb, megabytes(outcome.bytes()),
                outcome.untouched().isEmpty() ? "" : "; " + outcome.untouched().size() + " left whole");
        o.flush();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /** The retention as given, in its largest whole unit: 90d, 36h, 90m, 45s, 0d (never rounded: 90s is not 1m). */
    static String period(Duration d) {
        long s = d.getSeconds();
        if (d.getNano() != 0) {
            return d.toMillis() + "ms";
        }
        return s % 86_400 == 0 ? s / 86_400 + "d" : s % 3600 == 0 ? s / 3600 + "h" : s % 60 == 0 ? s / 60 + "m" : s + "s";
    }
}
