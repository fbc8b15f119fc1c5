package io.phiscan.job;

import io.phiscan.index.MessageIndex;
import io.phiscan.review.FindingHistory;
import io.phiscan.review.FindingStore;
import io.phiscan.review.RunStore;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
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
 * {@code auditJob}: ingest (the new or changed parts of every export of the run into the index,
 * in this process or on workers) → merge (the workers' index shards into the index) → reconcile (per export, records read = indexed + skipped + encrypted, or the run fails) →
 * detect (the exchanges those touched, or all of the run's accounts with {@code full}) → report
 * (the whole current picture of the run's accounts). Parameters: {@code runId} (identifying),
 * {@code policy}, {@code out}, {@code full}, {@code scope}, {@code takeover}, {@code request}.
 * Restartable: a failed or stopped run started again resumes at the step and chunk where it
 * stopped.
 */
@Configuration(proxyBeanMethods = false)
class AuditJobConfiguration {
    static final String NAME = "auditJob";

    @Bean
    @StepScope
    Tasklet reportTasklet(@Value("#{jobParameters['runId']}") String runId,
            @Value("#{jobParameters['out']}") String out, @Value("#{jobParameters['policy'] ?: ''}") String policy,
            RunStore runs, FindingStore findings, FindingHistory history, RunPicture picture, MessageIndex index,
            ReviewRecords records, Progress progress) {
        return new ReportTasklet(runs, findings, history, picture, index, records, runId, Path.of(out), policy, progress);
    }

    @Bean
    Step reportStep(JobRepository jobRepository, PlatformTransactionManager tx, Tasklet reportTasklet, Progress progress) {
        return new StepBuilder("report", jobRepository).tasklet(reportTasklet, tx)
                .listener(new org.springframework.batch.core.listener.StepExecutionListener() {
                    @Override
                    public void beforeStep(org.springframework.batch.core.step.StepExecution stepExecution) {
                        progress.enter(Progress.Phase.REPORT, 0, 0);
                    }
                })
                .build();
    }

    @Bean
    @StepScope
    Tasklet reconcileTasklet(@Value("#{jobParameters['runId']}") String runId, RunStore runs,
            io.phiscan.index.MessageIndex index) {
        return new ReconcileTasklet(runs, runId, index);
    }

    @Bean
    Step reconcileStep(JobRepository jobRepository, PlatformTransactionManager tx, Tasklet reconcileTasklet) {
        return new StepBuilder("reconcile", jobRepository).tasklet(reconcileTasklet, tx).build();
    }

    @Bean
    @StepScope
    Tasklet mergeShardsTasklet(@Value("#{jobParameters['runId']}") String runId,
            @Value("#{jobParameters['takeover'] ?: ''}") String takeover, Workspace workspace, MessageIndex index) {
        return new MergeShardsTasklet(workspace, index, runId, takeover.isBlank() ? List.of() : List.of(takeover.split(",")));
    }

    /** The index shards that workers wrote, merged into the index (nothing to do when ingest ran here). */
    @Bean
    Step mergeShardsStep(JobRepository jobRepository, PlatformTransactionManager tx, Tasklet mergeShardsTasklet) {
        return new StepBuilder("merge", jobRepository).tasklet(mergeShardsTasklet, tx).build();
    }

    /**
     * The job; its ingest step runs the units in this process, or, when the context has a
     * {@code remoteIngestStep} ({@link RemoteIngestConfiguration}), on workers.
     */
    @Bean
    Job auditJob(JobRepository jobRepository, Step ingestStep, @Qualifier("remoteIngestStep") ObjectProvider<Step> remoteIngestStep,
            Step mergeShardsStep, Step reconcileStep, Step detectStep, Step reportStep, RunningJob runningJob) {
        return new JobBuilder(NAME, jobRepository)
                .listener(runningJob)
                .start(remoteIngestStep.getIfAvailable(() -> ingestStep))
                .next(mergeShardsStep)
                .next(reconcileStep)
                .next(detectStep)
                .next(reportStep)
                .build();
    }
}
