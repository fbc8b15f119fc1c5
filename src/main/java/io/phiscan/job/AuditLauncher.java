package io.phiscan.job;

import io.phiscan.index.MessageIndex;
import io.phiscan.detect.Policy;
import io.phiscan.ingest.ExportLocator;
import io.phiscan.ingest.ZipLimits;
import io.phiscan.model.Severity;
import io.phiscan.review.PartLedger;
import io.phiscan.review.RunStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs an audit on a workspace: checks the inputs and the policy, takes the workspace, and
 * either resumes the unfinished audit this same request started (a crash, a kill, a stop) or
 * starts a new run, which takes over any other unfinished audit (marked abandoned; the
 * exchanges it had indexed are scored by the new run, the exports it had not read are read by
 * the next audit that names them). One call per process.
 */
public final class AuditLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLauncher.class);

    /**
     * What to audit.
     *
     * @param policy the policy file, or {@code null} for the built-in policy
     * @param out the run's output folder, or {@code null} for {@code reportsRoot/<run-id>}
     * @param failOn exit 3 when a new finding at or above it exists, or {@code null}
     * @param full read every export and score every exchange of its accounts, changed or not
     * @param reportsRoot the folder of the runs' output folders, or {@code null} for {@code WORKSPACE/reports}
     * @param lockWait how long to wait for a workspace in use
     */
    public record Request(List<Path> inputs, Path policy, Path out, Severity failOn, boolean full, Path reportsRoot,
            Duration lockWait) {
        public Request {
            inputs = List.copyOf(inputs);
            lockWait = lockWait == null ? Duration.ZERO : lockWait;
        }

        public Request(List<Path> inputs, Path policy, Path out, Severity failOn) {
            this(inputs, policy, out, failOn, false, null, Duration.ZERO);
        }

        /** What makes two requests the same audit: the same inputs, policy, output and scope. */
        String key() {
            return String.join("\n", inputs.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList())
                    + "\npolicy=" + abs(policy) + "\nout=" + abs(out) + "\nreports=" + abs(reportsRoot) + "\nfull=" + full;
        }

        private static String abs(Path p) {
            return p == null ? "" : p.toAbsolutePath().normalize().toString();
        }
    }

    private final Workspace workspace;
    private final Consumer<String> say;
    private Broker workers;

    public AuditLauncher(Workspace workspace) {
        this(workspace, message -> { });
    }

    /** A launcher that tells the user (e.g. on standard error) what it does beyond the run itself. */
    public AuditLauncher(Workspace workspace, Consumer<String> say) {
        this.workspace = workspace;
        this.say = say;
    }

    /**
     * Runs the ingest step on workers ({@code phiscan worker}) through a broker, instead of in this process.
     *
     * @param brokerUrl the broker, {@code amqp://user:password@host:5672}
     * @throws RemoteSetupException when the database is the workspace's embedded one, or the URL is not a broker's
     */
    public AuditLauncher withWorkers(String brokerUrl) {
        this.workers = RemoteAudits.broker(workspace, brokerUrl, "audit --workers");
        return this;
    }

    /** The context of the audit: with the manager's side of remote partitioning when it runs with workers. */
    private ConfigurableApplicationContext start(Request request) {
        if (workers == null) {
            return BatchApplication.start(workspace, request.lockWait(), say);
        }
        ConfigurableApplicationContext context = BatchApplication.start(workspace, request.lockWait(), say,
                java.util.Map.of(Broker.PROPERTY, workers.url().toString()), List.of(RemoteIngestConfiguration.class));
        try {
            var broker = context.getBean(org.springframework.amqp.rabbit.connection.CachingConnectionFactory.class);
            RemoteAudits.reach(broker, workers);
            RemoteAudits.mayPublish(broker, workers, java.time.Duration.ofSeconds(30));
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        say.accept("ingest runs on the workers of queue " + Broker.queue(workspace) + " at " + workers.display());
        return context;
    }

    /**
     * Runs the audit.
     *
     * @throws UnreadableInputException when an input is missing or holds no export phiscan can read, or the
     *     reports cannot be written where the request says (a file is there)
     * @throws io.phiscan.detect.InvalidPolicyException when the policy file is not a valid policy
     * @throws WorkspaceBusyException when another process holds the workspace
     */
    public RunOutcome run(Request request) throws IOException {
        checkInputs(request.inputs());
        ReportsFolder.check(request.out(), request.reportsRoot());
        Policy policy = request.policy() == null ? Policy.defaults() : Policy.load(request.policy());
        ReviewRecords.policy(request.policy() == null ? null : request.policy().toString());
        try (ConfigurableApplicationContext context = start(request)) {
            Instant began = Instant.now();
            RunStore runs = context.getBean(RunStore.class);
            JobOperator operator = context.getBean(JobOperator.class);
            String key = RunParameters.digest(request.key());
            List<JobExecution> unfinished = UnfinishedRuns.of(context.getBean(JobRepository.class), operator,
                    AuditJobConfiguration.NAME);
            Optional<JobExecution> same = unfinished.stream()
                    .filter(e -> key.equals(e.getJobParameters().getString(RunParameters.REQUEST))).reduce((a, b) -> b);
            JobExecution execution;
            List<String> takenOver = new ArrayList<>();
            boolean resumed = same.isPresent() && resumable(context, same.get(), request, policy);
            if (resumed) {
                String runId = UnfinishedRuns.runId(same.get());
                say.accept("resuming run " + runId + " (" + same.get().getStatus().name().toLowerCase() + " in step "
                        + UnfinishedRuns.lastStep(same.get()) + ") from its last checkpoint");
                LOG.info("audit: resuming run {} ({} in step {})", runId, same.get().getStatus(), UnfinishedRuns.lastStep(same.get()));
                execution = JobRunner.restart(context, same.get(), say);
            } else {
                for (JobExecution other : unfinished) {
                    abandon(operator, other);
                    takenOver.add(UnfinishedRuns.runId(other));
                }
                execution = startNew(context, runs, request, policy, key, takenOver);
            }
            return RunOutcome.of(context, execution, began, request.failOn(), resumed, takenOver);
        }
    }

    private JobExecution startNew(ConfigurableApplicationContext context, RunStore runs, Request request, Policy policy,
            String key, List<String> takenOver) {
        String runId = RunParameters.newRunId(runs);
        Path root = request.reportsRoot() != null ? ReportsFolder.of(request.reportsRoot()) : workspace.reports();
        Path out = request.out() != null ? ReportsFolder.ofRun(request.out()) : root.resolve(runId);
        boolean full = request.full();
        MessageIndex index = context.getBean(MessageIndex.class);
        if (!full && !index.emptyAtOpen() && (!runs.knowsIndex(index.identity())
                || !index.readBy().isEmpty() && runs.run(index.readBy()).isEmpty())) {
            // messages already in the index would not be written again, and their exchanges not scored
            full = true;
            say.accept("the workspace's database does not record the audits that wrote its index (the database was "
                    + "replaced or restored since, or those audits never completed): this run reads every export and "
                    + "scores every exchange of their accounts, as audit --full does");
            LOG.warn("audit: the database does not record the audits that wrote the index {} (last: {}): run {} is full",
                    index.identity(), index.readBy(), runId);
        }
        runs.startRun(new RunStore.Run(runId, "audit", Instant.now(), null, policy.version(),
                request.inputs().stream().map(p -> p.toAbsolutePath().normalize().toString()).toList(), out.toString()));
        JobParameters params = new JobParametersBuilder()
                .addString(RunParameters.RUN_ID, runId)
                .addString(RunParameters.POLICY, request.policy() == null ? "" : request.policy().toAbsolutePath().toString(), false)
                .addString(RunParameters.OUT, out.toString(), false)
                .addString(RunParameters.FULL, Boolean.toString(full), false)
                .addString(RunParameters.SCOPE, full ? ExchangeItemReader.Scope.ACCOUNTS.name()
                        : ExchangeItemReader.Scope.TOUCHED.name(), false)
                .addString(RunParameters.TAKEOVER, String.join(",", takenOver), false)
                .addString(RunParameters.REQUEST, key, false)
                .addString(RunParameters.COMMAND, RunParameters.command(), false)
                .toJobParameters();
        LOG.info("audit: run {} starts over {} input(s){}{}", runId, request.inputs().size(), full ? ", full" : "",
                takenOver.isEmpty() ? "" : ", taking over " + takenOver);
        return JobRunner.start(context, AuditJobConfiguration.NAME, params, say);
    }

    /** Whether an unfinished run can resume: same policy content, and its exports as it planned them. */
    private boolean resumable(ConfigurableApplicationContext context, JobExecution execution, Request request, Policy policy)
            throws IOException {
        String runId = UnfinishedRuns.runId(execution);
        RunStore.Run run = context.getBean(RunStore.class).run(runId).orElse(null);
        if (run == null || !run.policyVersion().equals(policy.version())) {
            say.accept("run " + runId + " is not resumed: the policy's version changed since it began");
            return false;
        }
        List<PartLedger.Part> plan = context.getBean(PartLedger.class).plan(runId);
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(request.inputs())) {
            Optional<String> changed = IngestPlanner.changedSince(plan, locator.exports(), locator::tree);
            changed.ifPresent(why -> say.accept("run " + runId + " is not resumed: " + why));
            return changed.isEmpty();
        }
    }

    private void abandon(JobOperator operator, JobExecution execution) {
        String runId = UnfinishedRuns.runId(execution);
        try {
            operator.abandon(execution);
        } catch (org.springframework.batch.core.launch.JobExecutionAlreadyRunningException e) {
            throw new IllegalStateException("run " + runId + " is marked running and cannot be taken over", e);
        }
        say.accept("run " + runId + " (" + execution.getStatus().name().toLowerCase() + ", started by another request) is "
                + "taken over by this run: what it indexed is scored now; exports it had not read are read by the next "
                + "audit that names them");
        LOG.info("audit: run {} abandoned and taken over", runId);
    }

    /** Exits early (before the workspace is taken) when a named input holds no export; the ingest step locates them all. */
    private static void checkInputs(List<Path> inputs) throws IOException {
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locateFirst(inputs)) {
            List<ExportLocator.Unrecognized> named = locator.unrecognized().stream().filter(ExportLocator.Unrecognized::named).toList();
            if (!named.isEmpty()) {
                ExportLocator.Unrecognized u = named.get(0);
                throw new UnreadableInputException(u.path() + ": " + u.seen());
            }
        }
    }
}
