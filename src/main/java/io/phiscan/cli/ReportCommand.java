package io.phiscan.cli;

import io.phiscan.job.ReportLauncher;
import io.phiscan.job.Terminal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code phiscan report}: a run's reports rendered again from the store. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Renders a completed run's reports again from the store.",
                "",
                "The findings that run showed, with their review status as it is now",
                "(reportJob). Reads no export and no index."})
final class ReportCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    LockOptions lock;

    @Option(names = "--run", paramLabel = "ID", description = "The run (default: the latest completed audit or rescan; see: phiscan runs).")
    String runId;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Folder to write to (default: a new folder beside the run's own, <run folder>-rendered-<time>).")
    Path out;

    @Option(names = {"-p", "--policy"}, paramLabel = "FILE",
            description = "Policy whose practice details and ledger thresholds the warnings and chart notes use (default: the policy file the run was made under, when it still holds the run's version; the built-in policy for a run made under it).")
    Path policy;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ReportLauncher.Outcome outcome = new ReportLauncher(workspace.existing(), AuditCommand.say(spec.commandLine()))
                .render(runId, out, policy, lock.wait);
        if (!outcome.completed()) {
            spec.commandLine().getErr().println("phiscan: rendering the reports of run " + outcome.runId() + " failed: "
                    + Terminal.oneLine(outcome.failure()) + "; run the same command again");
            return ExitCodes.JOB_FAILED;
        }
        spec.commandLine().getOut().printf("phiscan report: run %s rendered again, %d finding(s), reports in %s%n",
                outcome.runId(), outcome.findings(), outcome.out());
        spec.commandLine().getOut().flush();
        return ExitCodes.DONE;
    }
}
