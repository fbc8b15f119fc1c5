package io.phiscan.cli;

import io.phiscan.job.BatchApplication;
import io.phiscan.report.ReportHistory;
import io.phiscan.report.RunVerifier;
import io.phiscan.review.RunStore;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code phiscan verify}: checks a run's outputs against its manifest, and the chain of manifests. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Checks a run's output folder against its manifest and the chain of manifests.",
                "",
                "Names every file changed, missing, or readable by others, and every file in",
                "the folder the run did not write (UNLISTED: there before the run, in a reused",
                "--out folder, or put there since). Then follows the chain of manifests back",
                "to the first run of the workspace: a manifest deleted or altered after the",
                "next run chained to it, or unlike the hash recorded when it was written. The",
                "files of a run whose reports phiscan prune removed are not missing: its",
                "manifest stays and holds the chain.",
                "Exit 0 when all is intact, 1 when anything was altered, 2 when the run or the",
                "workspace does not exist."})
final class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RUN", arity = "0..1",
            description = "The run id to check (default: the latest run that wrote its outputs; see `phiscan runs`).")
    String runId;

    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    LockOptions lock;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var ws = workspace.existing();
        try (ConfigurableApplicationContext context = BatchApplication.startDatabase(ws, lock.wait, AuditCommand.say(spec.commandLine()))) {
            RunStore runs = context.getBean(RunStore.class);
            ReportHistory history = ReportHistory.of(runs);
            RunStore.Run run = runId != null
                    ? history.runs().stream().filter(r -> r.id().equals(runId)).findFirst()
                            .orElseThrow(() -> new ExitCodes.UsageException("no run " + runId + " in the workspace " + ws.root()))
                    : history.runs().stream().filter(r -> r.finishedAt() != null)
                            .max(Comparator.comparing(RunStore.Run::startedAt).thenComparing(RunStore.Run::id))
                            .orElseThrow(() -> new ExitCodes.UsageException("no run has written its outputs in " + ws.root()));
            RunVerifier.Result result = new RunVerifier(history, runs::manifestHash, runs::prunedAt).verify(run);
            print(spec.commandLine().getOut(), result);
            return result.intact() ? ExitCodes.DONE : ExitCodes.JOB_FAILED;
        }
    }

    static void print(PrintWriter o, RunVerifier.Result r) {
        o.printf("phiscan verify: run %s (%s)%n", r.runId(), r.folder());
        o.printf("  files: %d listed in the manifest%s%n", r.filesChecked(), r.prunedAt() == null ? ""
                : "; removed by phiscan prune on " + r.prunedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        + " (the retention): the manifest stays, and the files left are checked");
        for (RunVerifier.Problem p : r.problems()) {
            o.printf("  %-11s %s: %s%n", p.kind(), p.path(), p.message());
        }
        o.printf("  chain: %s%n", String.join(" -> ", r.chain()));
        o.println(r.intact() ? "  intact: every file " + (r.prunedAt() == null ? "" : "left ")
                + "matches the manifest and the chain holds back to the first run"
                : "  ALTERED: " + r.problems().size() + " problem(s) above");
        o.flush();
    }
}
