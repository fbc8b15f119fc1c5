package io.phiscan.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * The runs of a job that did not complete: failed, stopped, or interrupted (the process ended
 * mid-run, e.g. {@code kill -9} or a reboot, leaving the execution marked as started). The caller
 * holds the workspace lock, so no such execution is still running: interrupted ones are marked
 * failed ({@link JobOperator#recover}) so that they can be restarted.
 */
final class UnfinishedRuns {
    /**
     * How many of the latest runs are looked at: every new run resumes or takes over the
     * unfinished ones, so an unfinished run is always among the latest few.
     */
    private static final int LATEST = 50;

    private UnfinishedRuns() {
    }

    /** The last execution of every unfinished instance of a job, oldest first, ready to restart or abandon. */
    static List<JobExecution> of(JobRepository repository, JobOperator operator, String jobName) {
        List<JobExecution> out = new ArrayList<>();
        for (JobInstance instance : repository.getJobInstances(jobName, 0, LATEST)) {
            JobExecution last = repository.getLastJobExecution(instance);
            if (last == null || last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
                continue;
            }
            if (last.getStatus().isRunning() || last.getStatus() == BatchStatus.UNKNOWN) {
                last = operator.recover(last);
            }
            out.add(last);
        }
        out.sort(Comparator.comparing(JobExecution::getId));
        return out;
    }

    /** The run id of an execution. */
    static String runId(JobExecution execution) {
        return execution.getJobParameters().getString(RunParameters.RUN_ID);
    }

    /** The step an execution ended in, e.g. {@code ingest}, or {@code -} before its first step. */
    static String lastStep(JobExecution execution) {
        return execution.getStepExecutions().stream().max(Comparator.comparing(s -> s.getId()))
                .map(s -> s.getStepName()).orElse("-");
    }
}
