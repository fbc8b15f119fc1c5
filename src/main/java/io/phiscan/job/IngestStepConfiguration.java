package io.phiscan.job;

import io.phiscan.detect.Detector;
import io.phiscan.index.MessageIndex;
import io.phiscan.ingest.IngestRecord;
import io.phiscan.review.PartLedger;
import io.phiscan.review.RunStore;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.listener.SkipListener;
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
 * The ingest step: every record of the exports' new or changed parts → signals → the index. A
 * record that cannot be read is skipped (no limit: one bad record never stops an audit) and listed.
 */
@Configuration(proxyBeanMethods = false)
class IngestStepConfiguration {
    static final int CHUNK = 1000;

    @Bean
    @StepScope
    ItemStreamReader<PartRecord> exportItemReader(@Value("#{jobParameters['runId']}") String runId,
            @Value("#{jobParameters['full'] ?: 'false'}") String full, RunStore runs, PartLedger ledger, Progress progress,
            PlatformTransactionManager tx) {
        List<Path> inputs = runs.run(runId).orElseThrow().inputs().stream().map(Path::of).toList();
        return new ExportItemReader(runId, inputs, Boolean.parseBoolean(full), runs, ledger, progress, tx);
    }

    @Bean
    @StepScope
    ItemWriter<IngestItem> indexItemWriter(@Value("#{jobParameters['runId']}") String runId,
            @Value("#{jobParameters['full'] ?: 'false'}") String full, MessageIndex index, RunStore runs, PartLedger ledger) {
        return new IndexItemWriter(index, runs, ledger, runId, Boolean.parseBoolean(full));
    }

    /** Signals found in each message by the run's policy. */
    @Bean
    @StepScope
    ItemProcessor<PartRecord, IngestItem> annotateProcessor(@Value("#{jobParameters['policy'] ?: ''}") String policy) {
        Detector detector = DetectStepConfiguration.detector(policy);
        return r -> new IngestItem(r.export(), r.part(), r.record(), r.record() instanceof IngestRecord.Read read
                ? detector.annotate(read.message()) : List.of());
    }

    @Bean
    @StepScope
    SkipListener<PartRecord, IngestItem> skippedRecordListener(@Value("#{jobParameters['runId']}") String runId,
            RunStore runs, PartLedger ledger) {
        return new SkippedRecordListener(runs, ledger, runId);
    }

    @Bean
    Step ingestStep(JobRepository jobRepository, PlatformTransactionManager tx,
            ItemStreamReader<PartRecord> exportItemReader, ItemProcessor<PartRecord, IngestItem> annotateProcessor,
            ItemWriter<IngestItem> indexItemWriter, SkipListener<PartRecord, IngestItem> skippedRecordListener) {
        return new StepBuilder("ingest", jobRepository)
                .<PartRecord, IngestItem>chunk(CHUNK)
                .transactionManager(tx)
                .reader(exportItemReader)
                .processor(annotateProcessor)
                .writer(indexItemWriter)
                .faultTolerant()
                .skipPolicy((t, count) -> t instanceof SkippedRecordException)
                .skipListener(skippedRecordListener)
                .listener(readCountsToJob())
                .build();
    }

    /** Hands the reader's per-export counts to the reconcile step, through the job's context. */
    private static ExecutionContextPromotionListener readCountsToJob() {
        ExecutionContextPromotionListener promote = new ExecutionContextPromotionListener();
        promote.setKeys(new String[] {Reconciliation.READ_KEY});
        return promote;
    }
}
