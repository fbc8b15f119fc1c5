package io.phiscan.cli;

import io.phiscan.job.AuditLauncher;
import io.phiscan.model.Severity;
import io.phiscan.review.FindingStore;
import io.phiscan.review.RunStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code phiscan audit}: reads exports, finds clinical exchanges, writes the run's reports. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audits exports: reads every message, indexes it, scores every exchange, and writes",
                "findings.json, findings.csv, report.html, skipped.csv and manifest.sha256 to the run's folder."})
final class AuditCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "An export zip, an export folder, or a folder holding several (found recursively).")
    List<Path> inputs;

    @Mixin
    WorkspaceOptions workspace;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Folder for the run's reports (default: WORKSPACE/reports/<run-id>).")
    Path out;

    @Option(names = {"-p", "--policy"}, paramLabel = "FILE",
            description = "Policy file (YAML): thresholds, allowlists, lexicons, roster, custom rules (default: built-in; see jobs/policy.yaml).")
    Path policy;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = SeverityConverter.class,
            description = "Exit 3 when a new finding at or above this severity exists: high, medium or low.")
    Severity failOn;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AuditLauncher.Outcome outcome = new AuditLauncher(workspace.workspace())
                .run(new AuditLauncher.Request(inputs, policy, out, failOn));
        PrintWriter o = spec.commandLine().getOut();
        if (!outcome.completed()) {
            spec.commandLine().getErr().println("phiscan: run " + outcome.runId() + " failed: " + outcome.failure());
            return ExitCodes.JOB_FAILED;
        }
        summary(o, outcome);
        return outcome.failOnHits() > 0 ? ExitCodes.FINDINGS_AT_FAIL_ON : ExitCodes.DONE;
    }

    static void summary(PrintWriter o, AuditLauncher.Outcome outcome) {
        Map<String, Integer> platforms = new TreeMap<>();
        long messages = 0;
        long encrypted = 0;
        for (RunStore.RunInput in : outcome.inputs()) {
            platforms.merge(in.platform().id(), 1, Integer::sum);
            messages += in.messages();
            encrypted += in.encrypted();
        }
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        long fresh = 0;
        for (FindingStore.Stored f : outcome.findings()) {
            bySeverity.merge(f.finding().severity(), 1, Integer::sum);
            fresh += f.newIn(outcome.runId()) ? 1 : 0;
        }
        o.printf("phiscan audit: run %s completed%n", outcome.runId());
        o.printf("  exports:  %d %s%n", outcome.inputs().size(), platforms);
        o.printf("  messages: %d read and indexed, %d record(s) skipped%s%n", messages, outcome.skipped(),
                encrypted > 0 ? ", " + encrypted + " encrypted messages present, not readable" : "");
        o.printf("  findings: %d (high %d, medium %d, low %d), %d new%n", outcome.findings().size(),
                bySeverity.getOrDefault(Severity.HIGH, 0), bySeverity.getOrDefault(Severity.MEDIUM, 0),
                bySeverity.getOrDefault(Severity.LOW, 0), fresh);
        o.printf("  reports:  %s%n", outcome.out());
        if (outcome.failOnHits() > 0) {
            o.printf("  --fail-on: %d new finding(s) at or above the threshold%n", outcome.failOnHits());
        }
        o.flush();
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
