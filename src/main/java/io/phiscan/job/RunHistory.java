package io.phiscan.job;

import io.phiscan.review.FindingHistory;
import io.phiscan.review.RunStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/** The history of audits and rescans on a workspace, as the job repository and the stores know it. */
public final class RunHistory {

    /**
     * One run.
     *
     * @param kind {@code audit} or {@code rescan}
     * @param status {@code COMPLETED}, {@code FAILED}, {@code STOPPED}, {@code ABANDONED} (taken over by a
     *     later run), or {@code INTERRUPTED} (the process ended mid-run: killed, crashed, rebooted)
     * @param read records read from the exports by the run itself (-1 for a rescan, which reads none)
     * @param indexed messages among them, now in the index (-1 for a rescan)
     * @param skipped records skipped (-1 for a rescan)
     * @param findings the findings its reports show (-1 until it completes)
     * @param newFindings findings raised for the first time; {@code gone} findings no longer raised
     * @param lastStep the step its last execution ended in
     * @param command the command that started it: the same command resumes it
     */
    public record Entry(String runId, String kind, String status, Instant startedAt, Duration duration, long read,
            long indexed, long skipped, long findings, long newFindings, long gone, int executions, String lastStep,
            String command) {

        /** Whether the run can be resumed with its command. */
        public boolean restartable() {
            return status.equals("FAILED") || status.equals("STOPPED") || status.equals("INTERRUPTED");
        }
    }

    private final Workspace workspace;

    public RunHistory(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Every audit and rescan, newest first.
     *
     * @throws WorkspaceBusyException when another process holds the workspace
     */
    public List<Entry> list() {
        try (ConfigurableApplicationContext context = BatchApplication.start(workspace)) {
            JobRepository repository = context.getBean(JobRepository.class);
            List<Entry> out = new ArrayList<>();
            for (String job : List.of(AuditJobConfiguration.NAME, RescanJobConfiguration.NAME)) {
                for (JobInstance instance : repository.findJobInstances(job)) {
                    List<JobExecution> executions = repository.getJobExecutions(instance);
                    if (!executions.isEmpty()) {
                        out.add(entry(context, job, executions));
                    }
                }
            }
            out.sort(Comparator.comparing(Entry::runId).reversed());
            return out;
        }
    }

    private static Entry entry(ConfigurableApplicationContext context, String job, List<JobExecution> executions) {
        RunStore runs = context.getBean(RunStore.class);
        FindingHistory history = context.getBean(FindingHistory.class);
        JobExecution last = executions.stream().max(Comparator.comparing(JobExecution::getId)).orElseThrow();
        String runId = last.getJobParameters().getString(RunParameters.RUN_ID);
        boolean rescan = job.equals(RescanJobConfiguration.NAME);
        List<RunStore.RunInput> inputs = runs.inputs(runId);
        long indexed = inputs.stream().mapToLong(RunStore.RunInput::messages).sum();
        long read = inputs.stream().mapToLong(i -> i.messages() + i.skipped() + i.encrypted()).sum();
        Map<FindingHistory.Change, Integer> changes = context.getBean(RunPicture.class).changeCounts(runId);
        Instant start = executions.stream().map(JobExecution::getStartTime).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).map(RunHistory::instant)
                .orElse(runs.run(runId).map(RunStore.Run::startedAt).orElse(null));
        Instant end = last.getEndTime() == null ? null : instant(last.getEndTime());
        String status = last.getStatus().isRunning() || last.getStatus() == BatchStatus.UNKNOWN ? "INTERRUPTED"
                : last.getStatus().name();
        String command = last.getJobParameters().getString(RunParameters.COMMAND);
        return new Entry(runId, rescan ? "rescan" : "audit", status, start,
                start == null || end == null ? null : Duration.between(start, end),
                rescan ? -1 : read, rescan ? -1 : indexed, rescan ? -1 : runs.skipped(runId).size(),
                last.getStatus() == BatchStatus.COMPLETED ? history.reportedIn(runId).size() : -1,
                changes.getOrDefault(FindingHistory.Change.NEW, 0), changes.getOrDefault(FindingHistory.Change.NO_LONGER_RAISED, 0),
                executions.size(), UnfinishedRuns.lastStep(last), command == null ? "" : command);
    }

    private static Instant instant(LocalDateTime t) {
        return t.atZone(ZoneId.systemDefault()).toInstant();
    }
}
