package io.phiscan.job;

import io.phiscan.detect.Detector;
import io.phiscan.detect.Policy;
import io.phiscan.index.IndexedMessage;
import io.phiscan.index.MessageIndex;
import io.phiscan.model.Message;
import io.phiscan.model.Signal;
import io.phiscan.review.FindingHistory;
import io.phiscan.review.FindingStore;
import io.phiscan.review.RunStore;
import java.io.IOException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The detect step, shared by {@code auditJob} and {@code rescanJob}: the exchanges of the run's
 * scope ({@code scope} parameter), scored under the run's policy; findings raised or cleared. A
 * rescan ({@code reannotate=true}) first finds the signals of every message again with the
 * current policy and writes back those that changed.
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
            @Value("#{jobParameters['reannotate'] ?: 'false'}") String reannotate, MessageIndex index, RunStore runs,
            Progress progress, Detectors detectors, FindingHistory history) {
        List<String> takenOver = takeover.isBlank() ? List.of() : Arrays.asList(takeover.split(","));
        // messages annotated again may gain signals: then every exchange is read
        Detector filter = annotateAgain(reannotate, policy, index) ? null : detectors.of(policy);
        return new ExchangeItemReader(index, runs, runId, ExchangeItemReader.Scope.valueOf(scope), takenOver, progress,
                filter, history);
    }

    /** Stores each chunk's findings and changes as this run's, in the chunk's transaction. */
    @Bean
    @StepScope
    ItemWriter<Assessment> assessmentWriter(@Value("#{jobParameters['runId']}") String runId, FindingStore findings,
            FindingHistory history, MessageIndex index) {
        return new AssessmentWriter(findings, history, index, runId);
    }

    /** Each exchange scored under the run's policy (its messages annotated again first, in a rescan). */
    @Bean
    @StepScope
    ItemProcessor<ExchangeItemReader.Item, Assessment> assessProcessor(@Value("#{jobParameters['policy'] ?: ''}") String policy,
            @Value("#{jobParameters['reannotate'] ?: 'false'}") String reannotate, Detectors detectors, MessageIndex index) {
        Detector detector = detectors.of(policy);
        boolean again = annotateAgain(reannotate, policy, index);
        return item -> {
            Map<String, List<Signal>> signals = item.signals();
            List<IndexedMessage> changed = new ArrayList<>();
            if (again) {
                signals = new HashMap<>(signals);
                for (Message m : item.exchange().messages()) {
                    List<Signal> now = detector.annotate(m);
                    if (!now.equals(item.signals().getOrDefault(m.id(), List.of()))) {
                        changed.add(new IndexedMessage(m, now));
                    }
                    signals.put(m.id(), now);
                }
            }
            return new Assessment(item.exchange().id(), detector.assess(item.exchange(), signals).orElse(null), changed);
        };
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

    /** After a run that annotated every message again, the index records the fingerprint they all have now. */
    @Bean
    @StepScope
    StepExecutionListener annotatedListener(@Value("#{jobParameters['reannotate'] ?: 'false'}") String reannotate,
            @Value("#{jobParameters['policy'] ?: ''}") String policy, MessageIndex index) {
        boolean again = annotateAgain(reannotate, policy, index);
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution stepExecution) {
                if (again) {
                    // until every message is annotated again, the index is of mixed annotation
                    try {
                        index.annotatedWithOnly(MessageIndex.MIXED);
                        index.commit();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }

            @Override
            public ExitStatus afterStep(StepExecution stepExecution) {
                if (again && stepExecution.getStatus() == BatchStatus.COMPLETED) {
                    try {
                        index.annotatedWithOnly(AnnotationFingerprint.of(policy));
                        index.commit();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return null;
            }
        };
    }

    @Bean
    Step detectStep(JobRepository jobRepository, PlatformTransactionManager tx,
            ItemStreamReader<ExchangeItemReader.Item> exchangeItemReader,
            ItemProcessor<ExchangeItemReader.Item, Assessment> assessProcessor, ItemWriter<Assessment> assessmentWriter,
            StepExecutionListener annotatedListener) {
        return new StepBuilder("detect", jobRepository)
                .<ExchangeItemReader.Item, Assessment>chunk(CHUNK)
                .transactionManager(tx)
                .reader(exchangeItemReader)
                .processor(assessProcessor)
                .writer(assessmentWriter)
                .listener(annotatedListener)
                .build();
    }
}
