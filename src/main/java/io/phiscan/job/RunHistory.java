package io.phiscan.job;

import io.phiscan.review.FindingHistory;
import io.phiscan.review.RunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
     * @param read records read from the exports by the run itself, an export given twice (a folder beside its
     *     own zip) counted once (-1 for a rescan, which reads none)
     * @param indexed messages among them, now in the index (-1 for a rescan)
     * @param skipped records skipped, an export given twice counted once (-1 for a rescan)
     * @param encrypted encrypted messages among the records read, counted but not readable (-1 for a rescan)
     * @param findings the findings its reports show (-1 until it completes)
     * @param newFindings findings raised for the first time; {@code gone} findings no longer raised
     * @param lastStep the step its last execution ended in
     * @param command the command that started it: the same command resumes it
     * @param progress for a run that is {@code RUNNING}, where it is (its step; on workers, its partitions), else empty
     * @param reports where its reports are: {@code kept} in its output folder, {@code pruned <date>} by
     *     {@code phiscan prune} (the manifest stays), {@code not found} when its folder is not there, {@code -}
     *     for a run that did not complete
     */
    public record Entry(String runId, String kind, String status, Instant startedAt, Duration duration, long read,
            long indexed, long skipped, long encrypted, long findings, long newFindings, long gone, int executions, String lastStep,
            String command, String progress, String reports) {

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
     * Every audit and rescan, newest first. On a workspace whose database is shared (PostgreSQL),
     * it reads while an audit runs, without the workspace lock: that run is {@code RUNNING}, with
     * its progress.
     *
     * @throws WorkspaceBusyException when another process holds a workspace on its embedded database
     */
    public List<Entry> list() {
        return list(Duration.ZERO, m -> { });
    }

    /**
     * Every audit and rescan, newest first, waiting up to {@code wait} for a process that holds a
     * workspace on its embedded database.
     *
     * @param onWait told once, in words, whom it waits for
     * @throws WorkspaceBusyException when another process still holds it after {@code wait}
     */
    public List<Entry> list(Duration wait, java.util.function.Consumer<String> onWait) {
        if (workspace.embeddedDatabase()) {
            // the database alone: the history needs no index, and one that is damaged does not hide it
            try (ConfigurableApplicationContext context = BatchApplication.startDatabase(workspace, wait, onWait)) {
                return list(context, false);
            }
        }
        boolean busy;
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace.root(), Duration.ZERO, m -> { })) {
            busy = false;
        } catch (WorkspaceBusyException e) {
            busy = true;
        }
        try (ConfigurableApplicationContext context = ObserverApplication.start(workspace)) {
            return list(context, busy);
        }
    }

    private static List<Entry> list(ConfigurableApplicationContext context, boolean busy) {
        JobRepository repository = context.getBean(JobRepository.class);
        RunPicture picture = new RunPicture(context.getBean(RunStore.class), context.getBean(io.phiscan.review.FindingStore.class),
                context.getBean(FindingHistory.class), context.getBean(io.phiscan.review.PartLedger.class));
        List<Entry> out = new ArrayList<>();
        for (String job : List.of(AuditJobConfiguration.NAME, RescanJobConfiguration.NAME)) {
            for (JobInstance instance : repository.findJobInstances(job)) {
                List<JobExecution> executions = repository.getJobExecutions(instance);
                if (!executions.isEmpty()) {
                    out.add(entry(context, picture, job, executions, busy));
                }
            }
        }
        out.sort(Comparator.comparing(Entry::runId).reversed());
        return out;
    }

    private static Entry entry(ConfigurableApplicationContext context, RunPicture picture, String job,
            List<JobExecution> executions, boolean busy) {
        RunStore runs = context.getBean(RunStore.class);
        FindingHistory history = context.getBean(FindingHistory.class);
        JobExecution last = executions.stream().max(Comparator.comparing(JobExecution::getId)).orElseThrow();
        String runId = last.getJobParameters().getString(RunParameters.RUN_ID);
        boolean rescan = job.equals(RescanJobConfiguration.NAME);
        Optional<RunStore.Run> run = runs.run(runId);
        RunPicture.ReadNow readNow = picture.readNow(runId);
        Map<FindingHistory.Change, Integer> changes = picture.changeCounts(runId);
        Instant start = executions.stream().map(JobExecution::getStartTime).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).map(RunHistory::instant)
                .orElse(run.map(RunStore.Run::startedAt).orElse(null));
        Instant end = last.getEndTime() == null ? null : instant(last.getEndTime());
        boolean running = busy && last.getStatus().isRunning();
        String status = running ? "RUNNING" : last.getStatus().isRunning() || last.getStatus() == BatchStatus.UNKNOWN
                ? "INTERRUPTED" : last.getStatus().name();
        String command = last.getJobParameters().getString(RunParameters.COMMAND);
        return new Entry(runId, rescan ? "rescan" : "audit", status, start,
                start == null || end == null ? null : Duration.between(start, end),
                rescan ? -1 : readNow.records(), rescan ? -1 : readNow.messages(), rescan ? -1 : readNow.skipped(),
                rescan ? -1 : readNow.encrypted(),
                last.getStatus() == BatchStatus.COMPLETED ? history.reportedIn(runId).size() : -1,
                changes.getOrDefault(FindingHistory.Change.NEW, 0), changes.getOrDefault(FindingHistory.Change.NO_LONGER_RAISED, 0),
                executions.size(), UnfinishedRuns.lastStep(last), command == null ? "" : command,
                running ? progress(context.getBean(JobRepository.class), last) : "",
                last.getStatus() == BatchStatus.COMPLETED ? reports(runs, run, runId) : "-");
    }

    /** Where a completed run's reports are: kept, pruned (and when), or not found. */
    private static String reports(RunStore runs, Optional<RunStore.Run> run, String runId) {
        Optional<Instant> pruned = runs.prunedAt(runId);
        if (pruned.isPresent()) {
            return "pruned " + pruned.get().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        return run.isPresent() && run.get().outDir() != null && Files.isDirectory(Path.of(run.get().outDir())) ? "kept" : "not found";
    }

    /** Where a running execution is: its step, and on workers the state of its partitions. */
    private static String progress(JobRepository repository, JobExecution last) {
        JobExecution now = repository.getJobExecution(last.getId());
        if (now == null) {
            return "";
        }
        java.util.Map<BatchStatus, Integer> partitions = new java.util.EnumMap<>(BatchStatus.class);
        long read = 0;
        for (var step : now.getStepExecutions()) {
            if (step.getStepName().startsWith(IngestPartitioner.WORKER_STEP + ":")) {
                partitions.merge(step.getStatus(), 1, Integer::sum);
                read += step.getReadCount() + step.getReadSkipCount();
            }
        }
        String step = UnfinishedRuns.lastStep(now);
        if (partitions.isEmpty() || !step.startsWith(IngestPartitioner.WORKER_STEP) && !step.equals("ingest")) {
            return "in step " + step;
        }
        StringBuilder s = new StringBuilder("in step ingest: partitions");
        partitions.forEach((status, n) -> s.append(' ').append(status.name().toLowerCase(java.util.Locale.ROOT)).append(' ')
                .append(n));
        return s.append("; ").append(read).append(" record(s) read").toString();
    }

    private static Instant instant(LocalDateTime t) {
        return t.atZone(ZoneId.systemDefault()).toInstant();
    }
}
