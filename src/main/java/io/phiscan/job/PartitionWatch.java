package io.phiscan.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Watches the partitions of a remote-partitioned ingest step while the manager waits for them.
 * A worker updates its partition at every chunk; a partition started but not updated for
 * {@code staleAfter} belongs to a worker that died (killed, its machine lost): it is marked
 * failed, so that the step ends once the others have, and the same command run again runs it
 * again on a live worker, from its last checkpoint. When the job is being stopped, partitions no
 * worker has taken yet are marked stopped. Logs the partitions' progress (counts only) every
 * minute. One watch at a time; its thread runs only during the step.
 */
final class PartitionWatch implements StepExecutionListener {
    private static final Logger LOG = LoggerFactory.getLogger(PartitionWatch.class);
    private final JobRepository repository;
    private final Progress progress;
    private final Duration interval;
    private final Duration staleAfter;
    private ScheduledExecutorService timer;
    private long lastLog;

    PartitionWatch(JobRepository repository, Progress progress, Duration interval, Duration staleAfter) {
        this.repository = repository;
        this.progress = progress;
        this.interval = interval;
        this.staleAfter = staleAfter;
    }

    @Override
    public synchronized void beforeStep(StepExecution manager) {
        long jobExecutionId = manager.getJobExecutionId();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "partition-watch");
            t.setDaemon(true);
            return t;
        });
        lastLog = System.nanoTime();
        timer.scheduleWithFixedDelay(() -> {
            try {
                check(jobExecutionId);
            } catch (RuntimeException e) {
                LOG.warn("ingest: the partitions could not be checked: {}", e.toString());
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized ExitStatus afterStep(StepExecution manager) {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        return null;
    }

    private void check(long jobExecutionId) {
        JobExecution job = repository.getJobExecution(jobExecutionId);
        if (job == null) {
            return;
        }
        boolean stopping = job.getStatus() == BatchStatus.STOPPING || job.getStatus() == BatchStatus.STOPPED;
        LocalDateTime staleBefore = LocalDateTime.now().minus(staleAfter);
        Map<BatchStatus, Integer> counts = new EnumMap<>(BatchStatus.class);
        long read = 0;
        if (!stopping) {
            for (StepExecution lost : notTaken(job.getStepExecutions(), staleBefore)) {
                end(lost, BatchStatus.FAILED, "no worker took it in the " + staleAfter.toSeconds() + " s since the run's last "
                        + "partition ended (its request was lost, or no worker runs): run the same command again to send it again");
            }
        }
        for (StepExecution partition : job.getStepExecutions()) {
            if (!partition.getStepName().startsWith(IngestPartitioner.WORKER_STEP + ":")) {
                continue;
            }
            counts.merge(partition.getStatus(), 1, Integer::sum);
            read += partition.getReadCount() + partition.getReadSkipCount();
            LocalDateTime last = partition.getLastUpdated() != null ? partition.getLastUpdated() : partition.getStartTime();
            if (partition.getStatus() == BatchStatus.STARTED && last != null && last.isBefore(staleBefore)) {
                end(partition, BatchStatus.FAILED, "its worker stopped reporting for " + staleAfter.toSeconds() + " s (a worker "
                        + "that died, or a clock set apart): run the same command again to run it again");
            } else if (stopping && partition.getStatus() == BatchStatus.STARTING) {
                end(partition, BatchStatus.STOPPED, "stopped before a worker took it");
            }
        }
        progress.recordsOnWorkers(read);
        if (System.nanoTime() - lastLog > TimeUnit.MINUTES.toNanos(1)) {
            lastLog = System.nanoTime();
            LOG.info("ingest on workers: partitions {}; {} record(s) read", counts, read);
        }
    }

    /**
     * The partitions no worker will take: still waiting to start ({@code STARTING}) while no
     * partition of the run runs and the last one ended before {@code staleBefore}. Workers take
     * requests in the order sent, so once every other partition has ended a live worker would
     * have taken a waiting request long since: its request was lost (a worker that died after
     * taking it and before starting it), or no worker runs any more. Without such a rule the
     * manager would wait for them with no end.
     */
    static List<StepExecution> notTaken(Collection<StepExecution> executions, LocalDateTime staleBefore) {
        List<StepExecution> partitions = executions.stream()
                .filter(e -> e.getStepName().startsWith(IngestPartitioner.WORKER_STEP + ":")).toList();
        if (partitions.stream().anyMatch(p -> p.getStatus() == BatchStatus.STARTED)) {
            return List.of();
        }
        LocalDateTime lastEnd = partitions.stream().filter(p -> p.getStatus() != BatchStatus.STARTING && p.getEndTime() != null)
                .map(StepExecution::getEndTime).max(LocalDateTime::compareTo).orElse(null);
        if (lastEnd == null || !lastEnd.isBefore(staleBefore)) {
            return List.of();
        }
        return partitions.stream().filter(p -> p.getStatus() == BatchStatus.STARTING).toList();
    }

    private void end(StepExecution partition, BatchStatus status, String why) {
        partition.setStatus(status);
        partition.setExitStatus((status == BatchStatus.FAILED ? ExitStatus.FAILED : ExitStatus.STOPPED).addExitDescription(why));
        partition.setEndTime(LocalDateTime.now());
        try {
            repository.update(partition);
            LOG.warn("ingest: partition {} (step execution {}) marked {}: {}", partition.getStepName(), partition.getId(),
                    status, why);
        } catch (OptimisticLockingFailureException e) {
            LOG.info("ingest: partition {} was updated meanwhile; left as it is", partition.getStepName());
        }
    }
}
