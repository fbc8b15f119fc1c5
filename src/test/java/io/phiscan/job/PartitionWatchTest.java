package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/** Which waiting partitions the manager gives up on: those no live worker would still take. */
class PartitionWatchTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 3, 0);
    private final JobExecution job = new JobExecution(1, new JobInstance(1, AuditJobConfiguration.NAME), new JobParameters());
    private long ids;

    private StepExecution partition(String unit, BatchStatus status, LocalDateTime ended) {
        StepExecution e = new StepExecution(++ids, IngestPartitioner.WORKER_STEP + ":" + unit, job);
        e.setStatus(status);
        e.setEndTime(ended);
        return e;
    }

    @Test
    void aPartitionStillWaitingLongAfterTheOthersEndedIsGivenUp() {
        StepExecution waiting = partition("part-4", BatchStatus.STARTING, null);
        List<StepExecution> all = List.of(partition("part-1", BatchStatus.COMPLETED, NOW.minusMinutes(30)),
                partition("part-2", BatchStatus.FAILED, NOW.minusMinutes(12)), waiting,
                new StepExecution(++ids, "merge", job));

        assertThat(PartitionWatch.notTaken(all, NOW.minusMinutes(10))).containsExactly(waiting);
    }

    @Test
    void nothingIsGivenUpWhileAPartitionRunsOrSoonAfterTheLastEnded() {
        StepExecution waiting = partition("part-4", BatchStatus.STARTING, null);
        StepExecution ended = partition("part-1", BatchStatus.COMPLETED, NOW.minusMinutes(30));

        assertThat(PartitionWatch.notTaken(List.of(ended, partition("part-2", BatchStatus.STARTED, null), waiting),
                NOW.minusMinutes(10))).isEmpty();
        assertThat(PartitionWatch.notTaken(List.of(ended, partition("part-3", BatchStatus.COMPLETED, NOW.minusMinutes(2)),
                waiting), NOW.minusMinutes(10))).isEmpty();
    }

    @Test
    void partitionsWaitForWorkersAsLongAsNoneHasEnded() {
        // no worker has run any partition of this run yet: the requests wait in the queue
        assertThat(PartitionWatch.notTaken(List.of(partition("part-1", BatchStatus.STARTING, null),
                partition("part-2", BatchStatus.STARTING, null)), NOW.minusMinutes(10))).isEmpty();
    }
}
