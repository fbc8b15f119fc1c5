package io.phiscan.job;

import io.phiscan.detect.Detector;
import io.phiscan.detect.Policy;
import io.phiscan.index.MessageIndex;
import io.phiscan.model.Finding;
import io.phiscan.review.FindingStore;
import io.phiscan.review.RunStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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

/** The detect step: every exchange of the run's accounts, scored; findings stored. */
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
    MessageIndex messageIndex(Workspace workspace) throws IOException {
        return MessageIndex.openForWriting(workspace.index(), 256);
    }

    @Bean
    @StepScope
    ItemStreamReader<ExchangeItemReader.Item> exchangeItemReader(@Value("#{jobParameters['runId']}") String runId, MessageIndex index,
            RunStore runs) {
        return new ExchangeItemReader(index, runs, runId);
    }

    /** Stores the findings of a chunk as raised by this run, in the chunk's transaction. */
    @Bean
    @StepScope
    ItemWriter<Finding> findingItemWriter(@Value("#{jobParameters['runId']}") String runId, FindingStore findings) {
        return chunk -> chunk.forEach(f -> findings.raise(f, runId));
    }

    /** Each exchange scored under the run's policy; those that are not findings are filtered out. */
    @Bean
    @StepScope
    ItemProcessor<ExchangeItemReader.Item, Finding> assessProcessor(@Value("#{jobParameters['policy'] ?: ''}") String policy) {
        Detector detector = detector(policy);
        return item -> detector.assess(item.exchange(), item.signals()).orElse(null);
    }

    @Bean
    Step detectStep(JobRepository jobRepository, PlatformTransactionManager tx,
            ItemStreamReader<ExchangeItemReader.Item> exchangeItemReader,
            ItemProcessor<ExchangeItemReader.Item, Finding> assessProcessor, ItemWriter<Finding> findingItemWriter) {
        return new StepBuilder("detect", jobRepository)
                .<ExchangeItemReader.Item, Finding>chunk(CHUNK)
                .transactionManager(tx)
                .reader(exchangeItemReader)
                .processor(assessProcessor)
                .writer(findingItemWriter)
                .build();
    }
}
