package io.phiscan.cli;

import io.phiscan.job.AuditLauncher;
import io.phiscan.job.JobSpec;
import io.phiscan.job.RescanLauncher;
import io.phiscan.job.Terminal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code phiscan run SPEC}: a scheduled job described by a YAML job spec. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the job a job spec describes, for cron and systemd.",
                "",
                "A job spec (see jobs/nightly.yaml) is a YAML file with: job (audit or",
                "rescan), inputs, workspace, out (each run writes out/<run-id>/), policy,",
                "fail-on, full, wait, db-url, db-user (the password comes from",
                "PHISCAN_DB_PASSWORD), workers (true: ingest on phiscan worker processes,",
                "through the broker of PHISCAN_BROKER), keep-reports (e.g. 90d: after a run",
                "that finished, the reports of older runs are removed, as phiscan prune",
                "--keep does). Relative paths are relative to the spec's folder.",
                "The same spec resumes a run that did not complete."})
final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SPEC", description = "The job spec, a YAML file.")
    Path specFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        JobSpec job = JobSpec.load(specFile);
        WorkspaceOptions workspace = new WorkspaceOptions();
        workspace.workspace = job.workspace();
        workspace.dbUrl = job.dbUrl();
        workspace.dbUser = job.dbUser();
        workspace.dbPassword = System.getenv("PHISCAN_DB_PASSWORD");
        int exit;
        if (job.job().equals("rescan")) {
            exit = RescanCommand.run(spec.commandLine(), workspace,
                    new RescanLauncher.Request(job.policy(), null, job.out(), job.failOn(), job.lockWait()));
        } else {
            exit = AuditCommand.run(spec.commandLine(), workspace, new AuditLauncher.Request(job.inputs(), job.policy(), null,
                    job.failOn(), job.full(), job.out(), job.lockWait()),
                    job.workers() ? java.util.Objects.requireNonNullElse(System.getenv("PHISCAN_BROKER"), "") : null);
        }
        boolean finished = exit == ExitCodes.DONE || exit == ExitCodes.FINDINGS_AT_FAIL_ON;
        if (finished && job.keepReports() != null) {
            // the retention, once the run has written its own reports. The run's exit code stands
            // (a scheduler's alert on exit 3 must not be lost); a failure is said on standard error
            try {
                PruneCommand.prune(spec.commandLine(), workspace.workspace(), job.keepReports(), false, job.lockWait(), false);
            } catch (Exception e) {
                spec.commandLine().getErr().println("phiscan: keep-reports: the reports of older runs were not pruned ("
                        + Terminal.oneLine(e.getMessage()) + "); run phiscan prune --keep to try again");
                spec.commandLine().getErr().flush();
            }
        }
        return exit;
    }
}
