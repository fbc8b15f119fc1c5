package io.phiscan.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * The job execution running in a context, so that a signal can stop it: {@link #requestStop}
 * asks the job operator to stop it at the next chunk boundary (a job not started yet stops as
 * soon as it starts). Registered as a listener on every job. Thread-safe.
 */
final class RunningJob implements JobExecutionListener {
    private static final Logger LOG = LoggerFactory.getLogger(RunningJob.class);
    private JobExecution execution;
    private JobOperator operator;
    private boolean stopRequested;

    @Override
    public synchronized void beforeJob(JobExecution jobExecution) {
        execution = jobExecution;
        if (stopRequested) {
            stop();
        }
    }

    @Override
    public synchronized void afterJob(JobExecution jobExecution) {
        execution = null;
    }

    /** Asks the running job (or the next one to start) to stop at the next chunk boundary. */
    synchronized void requestStop(JobOperator jobOperator) {
        operator = jobOperator;
        stopRequested = true;
        if (execution != null) {
            stop();
        }
    }

    synchronized boolean stopRequested() {
        return stopRequested;
    }

    private void stop() {
        try {
            LOG.info("stop requested: {} stops at the next chunk boundary", execution.getJobInstance().getJobName());
            operator.stop(execution);
        } catch (JobExecutionNotRunningException e) {
            LOG.info("stop requested, but the job is no longer running");
        }
    }
}
