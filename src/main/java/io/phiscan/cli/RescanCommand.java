package io.phiscan.cli;

import io.phiscan.job.RescanLauncher;
import io.phiscan.job.RunOutcome;
import io.phiscan.job.Terminal;
import io.phiscan.model.Severity;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code phiscan rescan}: every indexed message and exchange checked again under a policy, no export read. */
@Command(name = "rescan", mixinStandardHelpOptions = true,
        description = {"Applies a policy to everything indexed, without reading any export.",
                "",
                "Every message is annotated again under the policy (a changed lexicon, phones,",
                "custom rules or roster names), unless the index says this build already",
                "annotated every message under a policy that annotates alike, and every exchange",
                "that can be a finding is scored again (changed thresholds, allowlisted accounts,",
                "roster accounts). Writes the reports of every account and says what changed",
                "against the earlier runs: new findings, findings raised again, findings no",
                "longer raised, other severities."})
final class RescanCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    LockOptions lock;

    @Option(names = {"-p", "--policy"}, paramLabel = "FILE",
            description = "Policy file (YAML) to apply (default: built-in; see jobs/policy.yaml).")
    Path policy;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Folder for the run's reports (default: WORKSPACE/reports/<run-id>).")
    Path out;

    @Option(names = "--annotate-again",
            description = "Find every message's signals again, even when the index says this build found them under a policy "
                    + "that annotates alike.")
    boolean annotateAgain;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = AuditCommand.SeverityConverter.class,
            description = "Exit 3 when a new finding at or above this severity exists: high, medium or low.")
    Severity failOn;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return run(spec.commandLine(), workspace, new RescanLauncher.Request(policy, out, null, failOn, lock.wait, annotateAgain));
    }

    /** Runs a rescan and prints its summary; shared with {@code phiscan run}. */
    static int run(CommandLine cl, WorkspaceOptions workspace, RescanLauncher.Request request) throws Exception {
        RunOutcome outcome = new RescanLauncher(workspace.workspace(), AuditCommand.say(cl)).run(request);
        return RunSummary.report(RunSummary.CommandLine.of(cl), outcome, Terminal.interactive());
    }
}
