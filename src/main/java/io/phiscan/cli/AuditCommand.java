package io.phiscan.cli;

import io.phiscan.job.AuditLauncher;
import io.phiscan.job.RunOutcome;
import io.phiscan.job.Terminal;
import io.phiscan.model.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code phiscan audit}: reads exports, finds clinical exchanges, writes the run's reports. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audits exports: reads, indexes and scores their messages, writes the reports.",
                "",
                "Writes findings.json, findings.csv, report.html, report-redacted.html,",
                "skipped.csv, warnings.csv, blocklist-<platform>.csv,",
                "blocklist-twitter-ids.txt, notes/<finding-id>.txt and manifest.sha256 to the",
                "run's folder. Incremental: an export file unchanged since the last completed",
                "audit (same size and SHA-256) is not read again, nor read to be hashed when",
                "the file system shows it untouched since (same size, times and inode:",
                "docs/operations.md), and only exchanges with new or changed messages are",
                "scored again; the reports still show every current finding of the exports'",
                "accounts. An audit that did not complete (a crash, kill -9, SIGTERM) is",
                "resumed by running the same command again (with or without --workers).",
                "",
                "With --workers the ingest step runs on the workers of the workspace (phiscan",
                "worker), through a RabbitMQ broker: see docs/scaling.md."})
final class AuditCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "An export zip, an export folder, or a folder holding several (found recursively).")
    List<Path> inputs;

    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    LockOptions lock;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Folder for the run's reports (default: WORKSPACE/reports/<run-id>).")
    Path out;

    @Option(names = {"-p", "--policy"}, paramLabel = "FILE",
            description = "Policy file (YAML): thresholds, allowlists, lexicons, roster, custom rules (default: built-in; see jobs/policy.yaml).")
    Path policy;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = SeverityConverter.class,
            description = "Exit 3 when a new finding at or above this severity exists: high, medium or low.")
    Severity failOn;

    @Option(names = "--full", description = "Read every export and score every exchange of their accounts, even unchanged ones.")
    boolean full;

    @Option(names = "--workers", description = "Run the ingest step on workers (phiscan worker) on this or other machines: "
            + "partition requests go through the broker (--broker), every process shares the database (--db-url, PostgreSQL) "
            + "and the workspace folder; the workers write index shards that this process merges (docs/scaling.md).")
    boolean workers;

    @Mixin
    BrokerOptions broker;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return run(spec.commandLine(), workspace, new AuditLauncher.Request(inputs, policy, out, failOn, full, null, lock.wait),
                workers ? java.util.Objects.requireNonNullElse(broker.broker, "") : null);
    }

    /** Runs an audit and prints its summary; shared with {@code phiscan run}. */
    static int run(CommandLine cl, WorkspaceOptions workspace, AuditLauncher.Request request) throws Exception {
        return run(cl, workspace, request, null);
    }

    /** Runs an audit, on workers through {@code broker} unless it is {@code null}, and prints its summary. */
    static int run(CommandLine cl, WorkspaceOptions workspace, AuditLauncher.Request request, String workersBroker)
            throws Exception {
        AuditLauncher launcher = new AuditLauncher(workspace.workspace(), say(cl));
        if (workersBroker != null) {
            launcher.withWorkers(workersBroker);
        }
        RunOutcome outcome = launcher.run(request);
        return RunSummary.report(RunSummary.CommandLine.of(cl), outcome, Terminal.interactive());
    }

    /** What the launchers tell the user besides the summary goes to standard error, one line each. */
    static java.util.function.Consumer<String> say(CommandLine cl) {
        String clearProgress = Terminal.progress() ? "\r\u001b[K" : "";
        return message -> {
            synchronized (System.err) {
                cl.getErr().println(clearProgress + "phiscan: " + Terminal.oneLine(message));
                cl.getErr().flush();
            }
        };
    }

    /** Parses {@code high}, {@code medium}, {@code low}. */
    static final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            try {
                return Severity.fromId(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a severity: use high, medium or low");
            }
        }
    }
}
