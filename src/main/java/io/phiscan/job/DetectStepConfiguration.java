package io.phiscan.job;

import io.phiscan.detect.Detector;
import io.phiscan.detect.Policy;
import io.phiscan.index.MessageIndex;
import io.phiscan.review.FindingHistory;
import io.phiscan.review.FindingStore;
import io.phiscan.review.RunStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The detect step, shared by {@code auditJob} and {@code rescanJob}: the exchanges of the run's
 * scope ({@code scope} parameter), scored under the run's policy by the signals their messages
 * have in the index; findings raised or cleared. And the annotate step, which a rescan runs first
 * ({@code reannotate=true}): the signals of every message found again under the run's policy when
 * they were found under another ({@link AnnotateTasklet}).
 */
@Configuration(proxyBeanMethods = false)
class DetectStepConfiguration {
    static final int CHUNK = 200;

    /** The detector of a run's policy file (the built-in policy when the run names none). */
    static Detector detector(String policy) {
        try {
            return new Detector(policy.isEmpty() ? Policy.defaults() : Policy.load(Path.of(policy)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the policy " + policy, e);
        }
    }

    /** The workspace's index, opened for writing once per process and closed with the context. */
    @Bean(destroyMethod = "close")
    MessageIndex messageIndex(Workspace workspace, RunStore runs) throws IOException {
        MessageIndex index = MessageIndex.openForWriting(workspace.index(), 256);
        if (index.identifiedNow()) {
            // an index of an earlier phiscan: the audits that recorded no index wrote into this one
            runs.adoptIndex(index.identity());
        }
        return index;
    }

    @Bean
    @StepScope
    ItemStreamReader<ExchangeItemReader.Item> exchangeItemReader(@Value("#{jobParameters['runId']}") String runId,
            @Value("#{jobParameters['scope'] ?: 'TOUCHED'}") String scope,
            @Value("#{jobParameters['takeover'] ?: ''}") String takeover,
            @Value("#{jobParameters['policy'] ?: ''}") String policy,
            MessageIndex index, RunStore runs, Progress progress, Detectors detectors, FindingHistory history) {
        List<String> takenOver = takeover.isBlank() ? List.of() : Arrays.asList(takeover.split(","));
        // the signals in the index are current (a rescan annotates the messages again first, in its
        // annotate step): the exchanges that can be findings are told by them
        return new ExchangeItemReader(index, runs, runId, ExchangeItemReader.Scope.valueOf(scope), takenOver, progress,
                detectors.of(policy), history);
    }

    /** Stores each chunk's findings and changes as this run's, in the chunk's transaction. */
    @Bean
    @StepScope
    ItemWriter<Assessment> assessmentWriter(@Value("#{jobParameters['runId']}") String runId, FindingStore findings,
            FindingHistory history) {
        return new AssessmentWriter(findings, history, runId);
    }

    /** Each exchange scored under the run's policy, by the signals its messages have in the index. */
    @Bean
    @StepScope
    ItemProcessor<ExchangeItemReader.Item, Assessment> assessProcessor(@Value("#{jobParameters['policy'] ?: ''}") String policy,
            Detectors detectors) {
        Detector detector = detectors.of(policy);
        return item -> new Assessment(item.exchange().id(), detector.assess(item.exchange(), item.signals()).orElse(null));
    }

    /**
     * Whether a run that asks for its messages to be annotated again ({@code reannotate}: a
     * rescan) must: {@code force}, or the index's messages were not all annotated under this
     * build and policy ({@link AnnotationFingerprint}).
     */
    static boolean annotateAgain(String reannotate, String policy, MessageIndex index) {
        return reannotate.equals("force")
                || Boolean.parseBoolean(reannotate) && !index.annotatedWith().equals(AnnotationFingerprint.of(policy));
    }

    /** The annotate step's work (step-scoped): see {@link AnnotateTasklet}. */
    @Bean
    @StepScope
    AnnotateTasklet annotateTasklet(@Value("#{jobParameters['runId']}") String runId,
            @Value("#{jobParameters['policy'] ?: ''}") String policy,
            @Value("#{jobParameters['reannotate'] ?: 'false'}") String reannotate, MessageIndex index, Detectors detectors,
            Progress progress, Environment env) {
        return new AnnotateTasklet(index, detectors.of(policy), runId, AnnotationFingerprint.of(policy),
                annotateAgain(reannotate, policy, index), threads(env), progress);
    }

    /**
     * The threads that annotate messages again: as many as the processors, or
     * {@code phiscan.annotate.threads}.
     */
    static int threads(Environment env) {
        int n = env.getProperty(SystemSettings.ANNOTATE_THREADS, Integer.class, Runtime.getRuntime().availableProcessors());
        return Math.max(1, n);
    }

    /**
     * The annotate step of a rescan: every message annotated again when the run must; nothing
     * to do otherwise (see {@link AnnotateTasklet}).
     */
    @Bean
    Step annotateStep(JobRepository jobRepository, PlatformTransactionManager tx, AnnotateTasklet annotateTasklet) {
        return new StepBuilder("annotate", jobRepository)
                .tasklet(annotateTasklet, tx)
                .listener(annotateTasklet)
                .build();
    }

    @Bean
    Step detectStep(JobRepository jobRepository, PlatformTransactionManager tx,
            ItemStreamReader<ExchangeItemReader.Item> exchangeItemReader,
            ItemProcessor<ExchangeItemReader.Item, Assessment> assessProcessor, ItemWriter<Assessment> assessmentWriter) {
        return new StepBuilder("detect", jobRepository)
                .<ExchangeItemReader.Item, Assessment>chunk(CHUNK)
                .transactionManager(tx)
                .reader(exchangeItemReader)
                .processor(assessProcessor)
                .writer(assessmentWriter)
                .build();
    }
}
