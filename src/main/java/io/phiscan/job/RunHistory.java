package io.phiscan.job;

import io.phiscan.review.FindingStore;
import io.phiscan.review.RunStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/** The history of runs on a workspace, as the job repository and the run store know it. */
public final class RunHistory {

    /**
     * One run.
     *
     * @param status the last execution's status ({@code COMPLETED}, {@code FAILED}, {@code STARTED}…)
     * @param read records read from the exports: messages, skipped and encrypted ones
     * @param indexed messages read and written to the index
     * @param skipped records skipped
     * @param findings findings raised; {@code newFindings} of them for the first time
     */
    public record Entry(String runId, String status, Instant startedAt, Duration duration, long read, long indexed,
            long skipped, long findings, long newFindings, int executions) {
    }

    private final Workspace workspace;

    public RunHistory(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Every audit run, newest first. */
    public List<Entry> list() {
        try (ConfigurableApplicationContext context = BatchApplication.start(workspace)) {
            JobRepository repository = context.getBean(JobRepository.class);
            FindingStore findings = context.getBean(FindingStore.class);
            RunStore runs = context.getBean(RunStore.class);
            List<Entry> out = new ArrayList<>();
            for (JobInstance instance : repository.findJobInstances(AuditJobConfiguration.NAME)) {
                List<JobExecution> executions = repository.getJobExecutions(instance);
                if (executions.isEmpty()) {
                    continue;
                }
                JobExecution last = executions.stream().max(Comparator.comparing(JobExecution::getId)).orElseThrow();
                String runId = last.getJobParameters().getString(RunParameters.RUN_ID);
                List<RunStore.RunInput> inputs = runs.inputs(runId);
                long indexed = inputs.stream().mapToLong(RunStore.RunInput::messages).sum();
                long skipped = runs.skipped(runId).size();
                long read = indexed + inputs.stream().mapToLong(i -> i.skipped() + i.encrypted()).sum();
                var raised = findings.raisedIn(runId);
                Instant start = executions.stream().map(JobExecution::getStartTime).filter(t -> t != null)
                        .min(Comparator.naturalOrder()).map(RunHistory::instant).orElse(runs.run(runId).map(RunStore.Run::startedAt).orElse(null));
                Instant end = last.getEndTime() == null ? null : instant(last.getEndTime());
                out.add(new Entry(runId, last.getStatus().name(), start,
                        start == null || end == null ? null : Duration.between(start, end), read, indexed, skipped,
                        raised.size(), raised.stream().filter(f -> f.newIn(runId)).count(), executions.size()));
            }
            out.sort(Comparator.comparing(Entry::runId).reversed());
            return out;
        }
    }

    private static Instant instant(LocalDateTime t) {
        return t.atZone(ZoneId.systemDefault()).toInstant();
    }
}
