package io.phiscan.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code rescanJob}: annotate (every message in the index annotated again under the policy
 * given, when its messages were annotated under another policy or build, or when asked) → detect
 * (every exchange that can be a finding scored again, no export read) → report (the current
 * findings of every account, and what changed against the earlier runs). Parameters:
 * {@code runId} (identifying), {@code policy}, {@code out}, {@code scope=ALL},
 * {@code reannotate=true} or {@code force}. Restartable.
 */
@Configuration(proxyBeanMethods = false)
class RescanJobConfiguration {
    static final String NAME = "rescanJob";

    @Bean
    Job rescanJob(JobRepository jobRepository, Step annotateStep, Step detectStep, Step reportStep, RunningJob runningJob) {
        return new JobBuilder(NAME, jobRepository)
                .listener(runningJob)
                .start(annotateStep)
                .next(detectStep)
                .next(reportStep)
                .build();
    }
}
