package io.phiscan.job;

import io.phiscan.review.FindingHistory;
import io.phiscan.review.RunStore;
import java.nio.file.Path;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
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
            RunStore runs, FindingHistory history, RunPicture picture) {
        return (contribution, chunkContext) -> {
            RunStore.Run run = runs.run(runId).orElseThrow();
            java.util.List<String> notes = new java.util.ArrayList<>();
            picture.changesNote(runId).ifPresent(notes::add);
            notes.add("rendered again from the store at " + java.time.Instant.now() + " (review statuses as they are now)");
            new io.phiscan.report.RunOutputs().write(picture.report(runId, history.reportedIn(runId), run.finishedAt(), notes),
                    Path.of(out));
            return org.springframework.batch.infrastructure.repeat.RepeatStatus.FINISHED;
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
