package io.phiscan.job;

import io.phiscan.report.ReportHistory;
import io.phiscan.report.RunOutputs;
import io.phiscan.report.RunReport;
import io.phiscan.review.FindingHistory;
import io.phiscan.review.FindingStore;
import io.phiscan.review.RunStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code reportJob}: render (a completed run's reports written again from the store: the
 * findings that run showed, with their current review status). Parameters: {@code runId} (the
 * run to render), {@code out}, {@code renderedAt} (identifying, so each rendering is its own
 * instance). Reads nothing but the database.
 */
@Configuration(proxyBeanMethods = false)
class ReportJobConfiguration {
    static final String NAME = "reportJob";

    @Bean
    @StepScope
    Tasklet renderTasklet(@Value("#{jobParameters['runId']}") String runId, @Value("#{jobParameters['out']}") String out,
            @Value("#{jobParameters['policy'] ?: ''}") String policy, RunStore runs, FindingStore findings,
            FindingHistory history, RunPicture picture, ReviewRecords review) {
        return (contribution, chunkContext) -> {
            RunStore.Run run = runs.run(runId).orElseThrow();
            List<String> notes = new ArrayList<>();
            picture.changesNote(runId).ifPresent(notes::add);
            notes.add("rendered again from the store at " + Instant.now() + " (review statuses as they are now)");
            RunReport picked = picture.report(runId, history.reportedIn(runId), run.finishedAt(), notes);
            RunReport report = new RunReport(picked.run(), picked.finishedAt(), picked.inputs(), picked.findings(),
                    picked.skipped(), picked.notes(),
                    review.compliance(runId, picked.findings(), ReviewRecords.policy(policy), findings));
            // chained like the run's own manifest; the run's recorded manifest hash is left as it was
            new RunOutputs().write(report, ReportHistory.of(runs), Path.of(out));
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    Step renderStep(JobRepository jobRepository, PlatformTransactionManager tx, Tasklet renderTasklet) {
        return new StepBuilder("render", jobRepository).tasklet(renderTasklet, tx).build();
    }

    @Bean
    Job reportJob(JobRepository jobRepository, Step renderStep, RunningJob runningJob) {
        return new JobBuilder(NAME, jobRepository).listener(runningJob).start(renderStep).build();
    }
}
