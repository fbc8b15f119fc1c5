package io.phiscan.job;

import io.phiscan.review.PartLedger;
import java.util.Comparator;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;

/** What the job repository and the ledger of a workspace say about a run, for tests. */
final class Repository {
    private Repository() {
    }

    /** Items read by a step over every execution of a run (e.g. exchanges scored by {@code detect}). */
    static long readCount(Workspace ws, String job, String runId, String step) {
        try (ConfigurableApplicationContext context = BatchApplication.start(ws)) {
            JobRepository repository = context.getBean(JobRepository.class);
            long n = 0;
            for (JobInstance instance : repository.findJobInstances(job)) {
                for (JobExecution e : repository.getJobExecutions(instance)) {
                    if (runId.equals(e.getJobParameters().getString(RunParameters.RUN_ID))) {
                        n += e.getStepExecutions().stream().filter(s -> s.getStepName().equals(step))
                                .mapToLong(StepExecution::getReadCount).sum();
                    }
                }
            }
            return n;
        }
    }

    /** The plan a run recorded: what it did with each part of each export. */
    static List<PartLedger.Part> plan(Workspace ws, String runId) {
        try (ConfigurableApplicationContext context = BatchApplication.start(ws)) {
            return context.getBean(PartLedger.class).plan(runId).stream()
                    .sorted(Comparator.comparingInt(PartLedger.Part::seq)).toList();
        }
    }

    /** The rows of a run's plan the database holds (an export carried whole is its export row alone). */
    static int storedPlanRows(Workspace ws, String runId) {
        try (ConfigurableApplicationContext context = BatchApplication.start(ws)) {
            return new org.springframework.jdbc.core.JdbcTemplate(context.getBean(javax.sql.DataSource.class))
                    .queryForObject("SELECT COUNT(*) FROM phiscan_run_part WHERE run_id = ?", Integer.class, runId);
        }
    }
}
