package io.phiscan.cli;

import io.phiscan.job.WorkerLauncher;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code phiscan worker}: runs the ingest partitions of audits started with {@code --workers}, until stopped. */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Runs the ingest partitions of audits started with audit --workers, until stopped.",
                "",
                "Takes partition requests off the workspace's queue on the broker (one export",
                "file, or the files of an export that are read in order, per partition), reads,",
                "annotates and indexes each into its own index shard in the workspace folder,",
                "which the audit merges. Needs the same workspace folder as the audit (shared,",
                "e.g. over NFS), its database (--db-url, PostgreSQL), the broker, and the",
                "exports and policy file at the paths the audit names. Takes no workspace",
                "lock: run one worker on every machine, with --threads one per core.",
                "",
                "Prints one line per partition taken and ended. SIGTERM (systemctl stop) puts",
                "requests not taken back on the queue and stops the running partitions at their",
                "next chunk boundary; the audit then ends stopped, and the same audit command",
                "runs them again. A second signal ends it at once."})
final class WorkerCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    BrokerOptions broker;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "${env:PHISCAN_WORKER_THREADS:-1}",
            description = "Partitions run at once (default: ${DEFAULT-VALUE}; env PHISCAN_WORKER_THREADS). "
                    + "One per core suits a machine given to phiscan.")
    int threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        new WorkerLauncher(workspace.workspace(), broker.broker, threads, message -> {
            cl.getOut().println("phiscan worker: " + message);
            cl.getOut().flush();
        }).run();
        return ExitCodes.DONE;
    }
}
