package io.phiscan.job;

import io.phiscan.model.Severity;
import io.phiscan.review.FindingHistory;
import io.phiscan.review.PartLedger;
import io.phiscan.review.RunStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What an audit or a rescan did, for the command line's summary and exit code.
 *
 * @param status how the run ended: completed, stopped (a signal; resumable) or failed (resumable)
 * @param findings the current findings the run's reports show (empty unless completed)
 * @param inputs every export the run named, with counts read now or carried from earlier runs
 * @param read records read from the exports by this run itself (0 when nothing changed), an export given
 *     twice counted once
 * @param skipped records listed in the run's skipped.csv, those of an export given twice counted once
 * @param unchangedExports exports not read again: every part unchanged since an earlier run
 * @param exportsWithNothingToRead exports that hold no file phiscan reads for messages (a LinkedIn export
 *     holding only {@code Profile.csv}): neither read nor unchanged
 * @param changes what the run's scoring changed, by kind
 * @param failOnHits new findings at or above the {@code --fail-on} severity
 * @param failure why the job failed, or {@code null}
 * @param resumed whether this command resumed an unfinished run rather than starting one
 * @param takenOver unfinished runs this run took over
 * @param lastStep the step the run was in when it ended
 */
public record RunOutcome(String runId, String kind, Status status, Path out, List<FindingHistory.Brief> findings,
        List<RunStore.RunInput> inputs, long read, long skipped, int unchangedExports, int exportsWithNothingToRead,
        Map<FindingHistory.Change, Integer> changes, long failOnHits, String failure, Duration duration, boolean resumed,
        List<String> takenOver, String lastStep) {

    /** How a run ended. */
    public enum Status { COMPLETED, STOPPED, FAILED }

    public RunOutcome {
        findings = List.copyOf(findings);
        inputs = List.copyOf(inputs);
        changes = Map.copyOf(changes);
        takenOver = List.copyOf(takenOver);
    }

    public boolean completed() {
        return status == Status.COMPLETED;
    }

    static RunOutcome of(ConfigurableApplicationContext context, JobExecution execution, Instant began, Severity failOn,
            boolean resumed, List<String> takenOver) {
        String runId = UnfinishedRuns.runId(execution);
        RunStore runs = context.getBean(RunStore.class);
        RunPicture picture = context.getBean(RunPicture.class);
        Status status = execution.getStatus() == BatchStatus.COMPLETED ? Status.COMPLETED
                : execution.getStatus() == BatchStatus.STOPPED ? Status.STOPPED : Status.FAILED;
        FindingHistory history = context.getBean(FindingHistory.class);
        List<FindingHistory.Brief> findings = status == Status.COMPLETED ? history.briefs(history.reportedIn(runId)) : List.of();
        List<PartLedger.Part> plan = context.getBean(PartLedger.class).plan(runId);
        long read = picture.readNow(runId).records();
        List<RunStore.RunInput> inputs = picture.inputs(runId, plan);
        // an export given twice lists its skipped records under each input, and counts them once
        long skipped = picture.skipped(runId, plan).size()
                - inputs.stream().filter(i -> !i.counted()).mapToLong(RunStore.RunInput::skipped).sum();
        Map<FindingHistory.Change, Integer> changes = picture.changeCounts(runId);
        Map<String, List<PartLedger.Mode>> modes = new java.util.HashMap<>();
        for (PartLedger.Part p : plan) {
            modes.computeIfAbsent(p.export(), k -> new java.util.ArrayList<>());
            if (p.mode() != PartLedger.Mode.EXPORT) {
                modes.get(p.export()).add(p.mode());
            }
        }
        int nothingToRead = (int) modes.values().stream().filter(List::isEmpty).count();
        int unchanged = (int) modes.values().stream()
                .filter(m -> !m.isEmpty() && m.stream().allMatch(mode -> mode == PartLedger.Mode.UNCHANGED)).count();
        long hits = failOn == null ? 0 : findings.stream()
                .filter(f -> f.newIn(runId) && f.severity().atLeast(failOn)).count();
        RunStore.Run run = runs.run(runId).orElseThrow();
        LoggerFactory.getLogger(RunOutcome.class).info("{}: run {} ended {} in step {}: {} record(s) read, {} finding(s) in its "
                + "reports, changes {}", run.kind(), runId, status, UnfinishedRuns.lastStep(execution), read, findings.size(),
                changes);
        return new RunOutcome(runId, run.kind(), status, Path.of(run.outDir()), findings, inputs, read, skipped, unchanged,
                nothingToRead, changes, hits, status == Status.FAILED ? failureOf(execution) : null, Duration.between(began, Instant.now()),
                resumed, takenOver, UnfinishedRuns.lastStep(execution));
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
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + LogThrowableConverter.withoutRowValues(t.getMessage()));
    }
}
