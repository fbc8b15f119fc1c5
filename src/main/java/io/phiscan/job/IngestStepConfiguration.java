package io.phiscan.job;

import io.phiscan.index.MessageIndex;
import io.phiscan.review.PartLedger;
import io.phiscan.review.RunStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
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
 * The ingest step: every record of the exports' new or changed parts → signals → the index,
 * partitioned into {@link IngestUnit}s (a part, or an export's parts that must be read in order)
 * that start in the plan's order ({@link PlanOrderPartitionHandler}) and run side by side on
 * {@code phiscan.ingest.threads} threads (default: the processors),
 * all writing to the one index. A record that cannot be read is skipped (no limit: one bad
 * record never stops an audit) and listed. Restartable per unit: a resumed run reads again only
 * the units that did not complete, each from its last chunk.
 */
@Configuration(proxyBeanMethods = false)
class IngestStepConfiguration {
    /**
     * Records per chunk, and so per index commit. A commit flushes what both units' threads have
     * buffered and holds the writer meanwhile: at 5,000 the 1,000,000-message benchmark's ingest
     * took 37 to 41 s, at 20,000 (about one commit per unit there) 33 to 36 s.
     */
    static final int CHUNK = 20_000;

    @Bean(destroyMethod = "close")
    ExportCatalog exportCatalog(Progress progress) {
        return new ExportCatalog(progress);
    }

    @Bean
    Detectors detectors() {
        return new Detectors();
    }

    @Bean
    @StepScope
    IngestPartitioner ingestPartitioner(@Value("#{jobParameters['runId']}") String runId,
            @Value("#{jobParameters['full'] ?: 'false'}") String full, @Value("#{jobParameters['policy'] ?: ''}") String policy,
            RunStore runs, PartLedger ledger, ExportCatalog catalog, Progress progress, JobRepository repository,
            PlatformTransactionManager tx, Detectors detectors, Environment env, MessageIndex index) {
        // the units annotate here, unless workers read them
        Runnable readingAhead = env.containsProperty(Broker.PROPERTY) ? () -> { } : () -> prepareInBackground(detectors, policy);
        return new IngestPartitioner(runId, inputs(runs, runId), Boolean.parseBoolean(full), runs, ledger, catalog, progress,
                repository, tx, readingAhead, index);
    }

    /**
     * Builds the run's detector's recognizers on a thread of their own while the plan hashes and
     * records, so that the first chunks do not wait for them. A failure is left for the units'
     * own first annotation, which reports it where it belongs.
     */
    static void prepareInBackground(Detectors detectors, String policy) {
        Thread t = new Thread(() -> {
            try {
                detectors.of(policy).prepare();
            } catch (RuntimeException e) {
                // reported by the first annotation
            }
        }, "detector-prepare");
        t.setDaemon(true);
        t.start();
    }

    static List<Path> inputs(RunStore runs, String runId) {
        return runs.run(runId).orElseThrow().inputs().stream().map(Path::of).toList();
    }

    @Bean
    UnitComponents unitComponents(RunStore runs, PartLedger ledger, ExportCatalog catalog, Progress progress,
            Detectors detectors) {
        return new UnitComponents(runs, ledger, catalog, progress, detectors);
    }

    /** The records of each unit's parts, in reading order. */
    @Bean
    ItemStreamReader<PartRecord> exportItemReader(UnitComponents units) {
        return units.reader();
    }

    @Bean
    @StepScope
    ItemWriter<IngestItem> indexItemWriter(@Value("#{jobParameters['runId']}") String runId,
            @Value("#{jobParameters['full'] ?: 'false'}") String full, @Value("#{jobParameters['policy'] ?: ''}") String policy,
            MessageIndex index, RunStore runs, PartLedger ledger, Progress progress) {
        return new IndexItemWriter(index, runs, ledger, runId, Boolean.parseBoolean(full), AnnotationFingerprint.of(policy),
                progress);
    }

    /** Signals found in each message by the run's policy. */
    @Bean
    ItemProcessor<PartRecord, IngestItem> annotateProcessor(UnitComponents units) {
        return units.annotator();
    }

    @Bean
    @StepScope
    SkipListener<PartRecord, IngestItem> skippedRecordListener(@Value("#{jobParameters['runId']}") String runId,
            RunStore runs, PartLedger ledger, Progress progress) {
        return new SkippedRecordListener(runs, ledger, runId, progress);
    }

    /** One unit of the ingest step: its records read, annotated and indexed in chunks. */
    @Bean
    Step ingestPartStep(JobRepository jobRepository, PlatformTransactionManager tx,
            ItemStreamReader<PartRecord> exportItemReader, ItemProcessor<PartRecord, IngestItem> annotateProcessor,
            ItemWriter<IngestItem> indexItemWriter, SkipListener<PartRecord, IngestItem> skippedRecordListener,
            Environment env) {
        return new StepBuilder(IngestPartitioner.WORKER_STEP, jobRepository)
                .<PartRecord, IngestItem>chunk(env.getProperty(SystemSettings.INGEST_CHUNK, Integer.class, CHUNK))
                .transactionManager(tx)
                .reader(exportItemReader)
                .processor(annotateProcessor)
                .writer(indexItemWriter)
                .faultTolerant()
                .skipPolicy((t, count) -> t instanceof SkippedRecordException)
                .skipListener(skippedRecordListener)
                .build();
    }

    /** The threads the units run on: as many as the processors, or {@code phiscan.ingest.threads}. */
    static int threads(Environment env) {
        int n = env.getProperty(SystemSettings.INGEST_THREADS, Integer.class, Runtime.getRuntime().availableProcessors());
        return Math.max(1, n);
    }

    @Bean
    Step ingestStep(JobRepository jobRepository, Step ingestPartStep, IngestPartitioner ingestPartitioner,
            ExportCatalog catalog, Environment env) {
        int threads = threads(env);
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
        executor.setConcurrencyLimit(threads);
        TaskExecutorPartitionHandler handler = new PlanOrderPartitionHandler();
        handler.setStep(ingestPartStep);
        handler.setTaskExecutor(executor);
        handler.setGridSize(threads);
        return new StepBuilder("ingest", jobRepository)
                .partitioner(IngestPartitioner.WORKER_STEP, ingestPartitioner)
                .partitionHandler(handler)
                .aggregator(ingestPartitioner)
                .listener(readCountsToJob())
                .listener(closeExports(catalog))
                .build();
    }

    /** Closes the step's exports (zips, temporary files) when it ends, however it ends. */
    static StepExecutionListener closeExports(ExportCatalog catalog) {
        return new StepExecutionListener() {
            @Override
            public ExitStatus afterStep(StepExecution stepExecution) {
                try {
                    catalog.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            }
        };
    }

    /** Hands the units' per-export counts to the reconcile step, through the job's context. */
    static ExecutionContextPromotionListener readCountsToJob() {
        ExecutionContextPromotionListener promote = new ExecutionContextPromotionListener();
        promote.setKeys(new String[] {Reconciliation.READ_KEY});
        return promote;
    }
}
