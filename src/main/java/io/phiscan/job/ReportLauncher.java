package io.phiscan.job;

import io.phiscan.detect.InvalidPolicyException;
import io.phiscan.detect.Policy;
import io.phiscan.review.FindingHistory;
import io.phiscan.review.RunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Renders a completed run's reports again from the store ({@code reportJob}): the findings that
 * run showed, with their review status as it is now, into the run's folder or another. Reads no
 * export and no index. One call per process.
 */
public final class ReportLauncher {

    /** What a rendering did. */
    public record Outcome(String runId, boolean completed, Path out, int findings, String failure) {
    }

    private final Workspace workspace;
    private final Consumer<String> say;

    public ReportLauncher(Workspace workspace, Consumer<String> say) {
        this.workspace = workspace;
        this.say = say;
    }

    /**
     * Renders a run's reports.
     *
     * @param runId the run, or {@code null} for the latest completed audit or rescan
     * @param out the folder to write to, or {@code null} for a new folder beside the run's own
     *     ({@code <run folder>-rendered-<time>}): the run's own files, and the manifest chain of
     *     the runs after it, stay as they were
     * @param policy the policy whose practice details and ledger thresholds the compliance files
     *     use, or {@code null} for the one the run was made under ({@link #policyOf})
     * @throws NoSuchRunException when there is no such completed run
     * @throws InvalidPolicyException when {@code policy} is null and the run's policy file is gone
     *     or holds another version now
     * @throws UnreadableInputException when {@code out}, or a folder above it, is a file
     * @throws WorkspaceBusyException when another process holds the workspace
     */
    public Outcome render(String runId, Path out, Path policy, Duration lockWait) {
        ReportsFolder.check(out, null);
        try (ConfigurableApplicationContext context = BatchApplication.startReporting(workspace, lockWait, say)) {
            RunStore runs = context.getBean(RunStore.class);
            RunStore.Run run = runId != null ? runs.run(runId).orElseThrow(() -> new NoSuchRunException(
                    "no run " + runId + " in the workspace " + workspace.root() + " (see: phiscan runs)"))
                    : runs.runs().stream().filter(r -> r.finishedAt() != null && !r.kind().equals("report")).findFirst()
                            .orElseThrow(() -> new NoSuchRunException("no completed run in the workspace " + workspace.root()));
            if (run.finishedAt() == null) {
                throw new NoSuchRunException("run " + run.id() + " did not complete, so it has no reports to render: "
                        + "resume it first (see: phiscan runs --failed)");
            }
            Path rendering = policy != null ? policy : policyOf(context.getBean(JobRepository.class), run);
            Instant now = Instant.now();
            Path target = out != null ? ReportsFolder.ofRun(out)
                    : Path.of(run.outDir() + "-rendered-" + RunParameters.RUN_ID_FORMAT.format(now));
            JobExecution execution = JobRunner.start(context, ReportJobConfiguration.NAME, new JobParametersBuilder()
                    .addString(RunParameters.RUN_ID, run.id())
                    .addString(RunParameters.OUT, target.toString(), false)
                    .addString(RunParameters.POLICY, rendering == null ? "" : rendering.toAbsolutePath().toString(), false)
                    .addString(RunParameters.RENDERED_AT, now.toString())
                    .toJobParameters(), say);
            boolean done = execution.getStatus() == BatchStatus.COMPLETED;
            return new Outcome(run.id(), done, target, context.getBean(FindingHistory.class).reportedIn(run.id()).size(),
                    done ? null : execution.getExitStatus().getExitDescription().lines().findFirst().orElse("failed"));
        }
    }

    /**
     * The policy file a run was made under, or null when it was made under the built-in policy:
     * its warnings and chart notes are rendered with the practice details they were written with.
     *
     * @throws InvalidPolicyException when that file is gone, or holds another version than the
     *     run's (the details it gives now may not be the run's): {@code --policy} says which to use
     */
    static Path policyOf(JobRepository repository, RunStore.Run run) {
        String recorded = null;
        for (String job : java.util.List.of(AuditJobConfiguration.NAME, RescanJobConfiguration.NAME)) {
            for (JobInstance instance : repository.findJobInstances(job)) {
                for (JobExecution e : repository.getJobExecutions(instance)) {
                    if (run.id().equals(e.getJobParameters().getString(RunParameters.RUN_ID))) {
                        recorded = e.getJobParameters().getString(RunParameters.POLICY);
                    }
                }
            }
        }
        if (recorded == null || recorded.isEmpty()) {
            return null;
        }
        Path file = Path.of(recorded);
        String hint = ": give --policy FILE to render the run's warnings and chart notes with the practice details of FILE";
        if (!Files.isRegularFile(file)) {
            throw new InvalidPolicyException(file, "run " + run.id() + " was made under this file, which is gone" + hint);
        }
        String version;
        try {
            version = Policy.load(file).version();
        } catch (java.io.IOException e) {
            throw new InvalidPolicyException(file, "run " + run.id() + " was made under this file, which cannot be read now ("
                    + e.getMessage() + ")" + hint);
        }
        if (!version.equals(run.policyVersion())) {
            throw new InvalidPolicyException(file, "run " + run.id() + " was made under this file's version '" + run.policyVersion()
                    + "', and it holds version '" + version + "' now" + hint);
        }
        return file;
    }
}
