package io.phiscan.job;

import io.phiscan.detect.Policy;
import io.phiscan.index.IndexSearch;
import io.phiscan.model.Severity;
import io.phiscan.review.RunStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a rescan: every message in the index annotated again and every exchange scored again
 * under a policy, without reading any export, then the reports of every account with what
 * changed against the earlier runs. An unfinished rescan of the same request is resumed; other
 * unfinished rescans are abandoned (this one covers everything they would have). One call per process.
 */
public final class RescanLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(RescanLauncher.class);

    /**
     * What to rescan with.
     *
     * @param policy the policy file, or {@code null} for the built-in policy
     * @param out the run's output folder, or {@code null} for {@code reportsRoot/<run-id>}
     * @param reportsRoot the folder of the runs' output folders, or {@code null} for {@code WORKSPACE/reports}
     * @param failOn exit 3 when a new finding at or above it exists, or {@code null}
     * @param annotateAgain find every message's signals again even when the index says they were
     *     found by this build under this policy
     */
    public record Request(Path policy, Path out, Path reportsRoot, Severity failOn, Duration lockWait,
            boolean annotateAgain) {
        public Request {
            lockWait = lockWait == null ? Duration.ZERO : lockWait;
        }

        public Request(Path policy, Path out, Path reportsRoot, Severity failOn, Duration lockWait) {
            this(policy, out, reportsRoot, failOn, lockWait, false);
        }

        String key() {
            return "rescan\npolicy=" + abs(policy) + "\nout=" + abs(out) + "\nreports=" + abs(reportsRoot)
                    + (annotateAgain ? "\nannotate-again" : "");
        }

        private static String abs(Path p) {
            return p == null ? "" : p.toAbsolutePath().normalize().toString();
        }
    }

    private final Workspace workspace;
    private final Consumer<String> say;

    public RescanLauncher(Workspace workspace, Consumer<String> say) {
        this.workspace = workspace;
        this.say = say;
    }

    /**
     * Runs the rescan.
     *
     * @throws UnreadableInputException when the workspace has no index to rescan
     * @throws io.phiscan.detect.InvalidPolicyException when the policy file is not a valid policy
     * @throws io.phiscan.review.ReviewInputException when its ledger or practice section is not valid
     * @throws WorkspaceBusyException when another process holds the workspace
     */
    public RunOutcome run(Request request) throws IOException {
        Policy policy = request.policy() == null ? Policy.defaults() : Policy.load(request.policy());
        // its ledger and practice sections are read by the report step: a mistake there is said now, not after detection
        ReviewRecords.policy(request.policy() == null ? null : request.policy().toString());
        ReportsFolder.check(request.out(), request.reportsRoot());
        if (!IndexSearch.exists(workspace.index())) {
            throw new UnreadableInputException("the workspace " + workspace.root() + " has no index: run an audit first");
        }
        try (ConfigurableApplicationContext context = BatchApplication.start(workspace, request.lockWait(), say)) {
            Instant began = Instant.now();
            RunStore runs = context.getBean(RunStore.class);
            JobOperator operator = context.getBean(JobOperator.class);
            String key = RunParameters.digest(request.key());
            List<JobExecution> unfinished = UnfinishedRuns.of(context.getBean(JobRepository.class), operator,
                    RescanJobConfiguration.NAME);
            Optional<JobExecution> same = unfinished.stream()
                    .filter(e -> key.equals(e.getJobParameters().getString(RunParameters.REQUEST)))
                    .filter(e -> runs.run(UnfinishedRuns.runId(e)).map(r -> r.policyVersion().equals(policy.version())).orElse(false))
                    .reduce((a, b) -> b);
            JobExecution execution;
            if (same.isPresent()) {
                say.accept("resuming rescan " + UnfinishedRuns.runId(same.get()) + " from its last checkpoint");
                execution = JobRunner.restart(context, same.get(), say);
            } else {
                for (JobExecution other : unfinished) {
                    try {
                        operator.abandon(other);
                    } catch (JobExecutionAlreadyRunningException e) {
                        throw new IllegalStateException("rescan " + UnfinishedRuns.runId(other) + " is marked running", e);
                    }
                    say.accept("rescan " + UnfinishedRuns.runId(other) + " did not complete and is replaced by this one");
                }
                execution = startNew(context, runs, request, policy, key);
            }
            return RunOutcome.of(context, execution, began, request.failOn(), same.isPresent(), List.of());
        }
    }

    private JobExecution startNew(ConfigurableApplicationContext context, RunStore runs, Request request, Policy policy,
            String key) {
        String runId = RunParameters.newRunId(runs);
        Path root = request.reportsRoot() != null ? ReportsFolder.of(request.reportsRoot()) : workspace.reports();
        Path out = request.out() != null ? ReportsFolder.ofRun(request.out()) : root.resolve(runId);
        runs.startRun(new RunStore.Run(runId, "rescan", Instant.now(), null, policy.version(), List.of(), out.toString()));
        JobParameters params = new JobParametersBuilder()
                .addString(RunParameters.RUN_ID, runId)
                .addString(RunParameters.POLICY, request.policy() == null ? "" : request.policy().toAbsolutePath().toString(), false)
                .addString(RunParameters.OUT, out.toString(), false)
                .addString(RunParameters.SCOPE, ExchangeItemReader.Scope.ALL.name(), false)
                .addString(RunParameters.REANNOTATE, request.annotateAgain() ? "force" : "true", false)
                .addString(RunParameters.REQUEST, key, false)
                .addString(RunParameters.COMMAND, RunParameters.command(), false)
                .toJobParameters();
        LOG.info("rescan: run {} starts under policy {}", runId, policy.version());
        return JobRunner.start(context, RescanJobConfiguration.NAME, params, say);
    }
}
