package io.phiscan.job;

import io.phiscan.detect.Policy;
import io.phiscan.ingest.ExportLocator;
import io.phiscan.ingest.ZipLimits;
import io.phiscan.model.Severity;
import io.phiscan.review.FindingStore;
import io.phiscan.review.RunStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs an audit on a workspace: checks the inputs and the policy, records the run, launches
 * {@code auditJob} and reports what it did. Used by the command line; one call per process.
 */
public final class AuditLauncher {
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** What to audit. {@code policy}, {@code out} and {@code failOn} may be {@code null}. */
    public record Request(List<Path> inputs, Path policy, Path out, Severity failOn) {
        public Request {
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * What the audit did.
     *
     * @param failOnHits new findings at or above the {@code --fail-on} severity
     * @param failure why the job failed, or {@code null} when it completed
     */
    public record Outcome(String runId, boolean completed, Path out, List<FindingStore.Stored> findings,
            List<RunStore.RunInput> inputs, long skipped, long failOnHits, String failure) {
    }

    private final Workspace workspace;

    public AuditLauncher(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Runs the audit.
     *
     * @throws UnreadableInputException when an input is missing or holds no export phiscan can read
     * @throws io.phiscan.detect.InvalidPolicyException when the policy file is not a valid policy
     */
    public Outcome run(Request request) throws IOException {
        checkInputs(request.inputs());
        Policy policy = request.policy() == null ? Policy.defaults() : Policy.load(request.policy());
        ReviewRecords.policy(request.policy() == null ? null : request.policy().toString());
        try (ConfigurableApplicationContext context = BatchApplication.start(workspace)) {
            RunStore runs = context.getBean(RunStore.class);
            FindingStore findings = context.getBean(FindingStore.class);
            String runId = newRunId(runs);
            Path out = request.out() != null ? request.out().toAbsolutePath() : workspace.reports().resolve(runId);
            runs.startRun(new RunStore.Run(runId, "audit", Instant.now(), null, policy.version(),
                    request.inputs().stream().map(p -> p.toAbsolutePath().normalize().toString()).toList(), out.toString()));
            JobParameters params = new JobParametersBuilder()
                    .addString(RunParameters.RUN_ID, runId)
                    .addString(RunParameters.POLICY, request.policy() == null ? "" : request.policy().toAbsolutePath().toString(), false)
                    .addString(RunParameters.OUT, out.toString(), false)
                    .toJobParameters();
            JobExecution execution = context.getBean(JobOperator.class).start(context.getBean(AuditJobConfiguration.NAME, Job.class), params);
            boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
            List<FindingStore.Stored> raised = findings.raisedIn(runId);
            long hits = request.failOn() == null ? 0 : raised.stream()
                    .filter(f -> f.newIn(runId) && f.finding().severity().atLeast(request.failOn())).count();
            long skipped = runs.skipped(runId).size();
            String failure = completed ? null : failureOf(execution);
            return new Outcome(runId, completed, out, raised, runs.inputs(runId), skipped, hits, failure);
        } catch (org.springframework.batch.core.launch.JobExecutionAlreadyRunningException
                | org.springframework.batch.core.launch.JobRestartException
                | org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException
                | org.springframework.batch.core.job.parameters.InvalidJobParametersException e) {
            throw new IllegalStateException("the audit job could not be started: " + e.getMessage(), e);
        }
    }

    private static void checkInputs(List<Path> inputs) throws IOException {
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(inputs)) {
            List<ExportLocator.Unrecognized> named = locator.unrecognized().stream().filter(ExportLocator.Unrecognized::named).toList();
            if (!named.isEmpty()) {
                ExportLocator.Unrecognized u = named.get(0);
                throw new UnreadableInputException(u.path() + ": " + u.seen());
            }
        }
    }

    private static String newRunId(RunStore runs) {
        String base = RUN_ID.format(Instant.now());
        String id = base;
        for (int n = 2; runs.run(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String failureOf(JobExecution execution) {
        List<Throwable> errors = execution.getAllFailureExceptions();
        if (errors.isEmpty()) {
            return "the job ended " + execution.getStatus();
        }
        Throwable t = errors.get(0);
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
