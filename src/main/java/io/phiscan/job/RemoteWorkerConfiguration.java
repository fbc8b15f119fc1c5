package io.phiscan.job;

import io.phiscan.review.PartLedger;
import io.phiscan.review.RunStore;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A worker's side of a remote-partitioned audit ({@code phiscan worker}): takes partition
 * requests off the workspace's queue ({@link Broker}, {@link WorkerPartitions}) on
 * {@code phiscan.worker.threads} consumers, and runs each as the step {@code ingestPart}, with
 * the reader and processor of the ingest step in one process ({@link IngestStepConfiguration}) and
 * a writer into the partition's own index shard ({@link ShardItemWriter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableIntegration
class RemoteWorkerConfiguration {
    /** The id of the flow that takes requests off the broker, started once the rest of the worker is ready. */
    static final String INBOUND = "partitionRequestsFromBroker";

    @Bean(destroyMethod = "destroy")
    CachingConnectionFactory brokerConnection(Environment env) {
        return Broker.parse(env.getRequiredProperty(Broker.PROPERTY)).connectionFactory("worker");
    }

    @Bean
    Queue partitionQueue(Workspace workspace) {
        return new Queue(Broker.queue(workspace), true);
    }

    @Bean
    RabbitAdmin brokerAdmin(CachingConnectionFactory brokerConnection) {
        return new RabbitAdmin(brokerConnection);
    }

    @Bean
    DirectChannel workerRequests() {
        return new DirectChannel();
    }

    @Bean
    WorkerPartitions workerPartitions(JobRepository jobRepository, ExportCatalog catalog) {
        return new WorkerPartitions(jobRepository, catalog);
    }

    /** Requests off the queue, one at a time per consumer thread, each run on the thread that took it. */
    @Bean(INBOUND)
    IntegrationFlow partitionRequestsFromBroker(CachingConnectionFactory brokerConnection, Queue partitionQueue,
            DirectChannel workerRequests, WorkerPartitions workerPartitions, Environment env) {
        int threads = Math.max(1, env.getProperty("phiscan.worker.threads", Integer.class, 1));
        return IntegrationFlow.from(Amqp.inboundAdapter(brokerConnection, partitionQueue.getName())
                        .configureContainer(c -> c.acknowledgeMode(AcknowledgeMode.MANUAL).prefetchCount(1)
                                .concurrentConsumers(threads).shutdownTimeout(60_000))
                        .autoStartup(false))
                .handle(String.class, workerPartitions::take)
                .channel(workerRequests)
                .get();
    }

    @Bean
    RemotePartitioningWorkerStepBuilderFactory remotePartitioningWorkerStepBuilderFactory(JobRepository jobRepository) {
        return new RemotePartitioningWorkerStepBuilderFactory(jobRepository);
    }

    @Bean
    @StepScope
    ItemStreamWriter<IngestItem> shardItemWriter(@Value("#{jobParameters['runId']}") String runId,
            @Value("#{jobParameters['full'] ?: 'false'}") String full, @Value("#{jobParameters['policy'] ?: ''}") String policy,
            @Value("#{stepExecution.stepName}") String stepName, Workspace workspace, RunStore runs, PartLedger ledger) {
        return new ShardItemWriter(ShardFolders.of(workspace, runId, stepName), workspace.index(), runs, ledger, runId,
                Boolean.parseBoolean(full), AnnotationFingerprint.of(policy));
    }

    /** {@code ingestPart} on a worker: the unit's records read, annotated and written to its shard in chunks. */
    @Bean
    Step workerIngestPartStep(RemotePartitioningWorkerStepBuilderFactory factory, DirectChannel workerRequests,
            PlatformTransactionManager tx, ItemStreamReader<PartRecord> exportItemReader,
            ItemProcessor<PartRecord, IngestItem> annotateProcessor, ItemStreamWriter<IngestItem> shardItemWriter,
            SkipListener<PartRecord, IngestItem> skippedRecordListener, WorkerPartitions workerPartitions, Environment env) {
        AtomicReference<Step> self = new AtomicReference<>();
        Step step = factory.get(IngestPartitioner.WORKER_STEP)
                .inputChannel(workerRequests)
                .stepLocator(name -> IngestPartitioner.WORKER_STEP.equals(name) ? self.get() : null)
                .listener(workerPartitions)
                .<PartRecord, IngestItem>chunk(env.getProperty(SystemSettings.INGEST_CHUNK, Integer.class, IngestStepConfiguration.CHUNK))
                .transactionManager(tx)
                .reader(exportItemReader)
                .processor(annotateProcessor)
                .writer(shardItemWriter)
                .faultTolerant()
                .skipPolicy((t, count) -> t instanceof SkippedRecordException)
                .skipListener(skippedRecordListener)
                .build();
        self.set(step);
        return step;
    }
}
