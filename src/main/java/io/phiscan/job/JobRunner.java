package io.phiscan.job;

import java.util.function.Consumer;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs one job to its end in a workspace's context, started anew or resumed, with a graceful
 * stop on SIGTERM or Ctrl-C and, on a terminal, the progress line. Used once per command.
 */
final class JobRunner {
    private JobRunner() {
    }

    /** Starts a new instance of the named job. */
    static JobExecution start(ConfigurableApplicationContext context, String jobName, JobParameters params,
            Consumer<String> say) {
        JobOperator operator = context.getBean(JobOperator.class);
        Job job = context.getBean(jobName, Job.class);
        return supervised(context, say, () -> operator.start(job, params));
    }

    /** Resumes a failed or stopped execution from its last checkpoint. */
    static JobExecution restart(ConfigurableApplicationContext context, JobExecution failed, Consumer<String> say) {
        JobOperator operator = context.getBean(JobOperator.class);
        return supervised(context, say, () -> operator.restart(failed));
    }

    /** A launch that may throw the job operator's checked exceptions. */
    @FunctionalInterface
    private interface Launch {
        JobExecution run() throws Exception;
    }

    private static JobExecution supervised(ConfigurableApplicationContext context, Consumer<String> say, Launch launch) {
        RunningJob running = context.getBean(RunningJob.class);
        try (ProgressPrinter printer = ProgressPrinter.start(context.getBean(Progress.class));
                GracefulStop stop = GracefulStop.install(running, context.getBean(JobOperator.class), say)) {
            return launch.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the job could not be started: " + e.getMessage(), e);
        }
    }
}
