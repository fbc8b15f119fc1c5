package io.phiscan.job;

import java.time.Duration;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * The manager's side of a remote-partitioned audit ({@code audit --workers}): the ingest step
 * splits the run into the same units as in one process ({@link IngestPartitioner}), sends one
 * request per unit to the workspace's queue on the broker ({@link Broker}), and polls the job
 * repository until every unit has ended; {@link PartitionWatch} fails a unit whose worker stopped
 * reporting. Added to the context of an audit only when it runs with workers.
 */
@Configuration(proxyBeanMethods = false)
@EnableIntegration
class RemoteIngestConfiguration {

    /** How long the manager waits for the broker to confirm that it holds a request. */
    private static final long CONFIRM_TIMEOUT_MS = 30_000;

    /** The manager's connections: the broker confirms each request it takes, or refuses it. */
    @Bean(destroyMethod = "destroy")
    CachingConnectionFactory brokerConnection(Environment env) {
        CachingConnectionFactory factory = Broker.parse(env.getRequiredProperty(Broker.PROPERTY)).connectionFactory("manager");
        factory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        return factory;
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
    RabbitTemplate brokerTemplate(CachingConnectionFactory brokerConnection) {
        return new RabbitTemplate(brokerConnection);
    }

    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    /**
     * Each request, as text ({@link PartitionRequests}), to the workspace's queue, persistent, and
     * confirmed by the broker before the next is sent: a request the broker refuses (a user without
     * the right to write to {@code amq.default}, through which it goes) fails the step at once,
     * where it was lost with an error in the log and the manager waited for ever.
     */
    @Bean
    IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests, RabbitTemplate brokerTemplate, Queue partitionQueue) {
        return IntegrationFlow.from(partitionRequests)
                .transform(PartitionRequests::toText)
                .handle(Amqp.outboundAdapter(brokerTemplate).routingKey(partitionQueue.getName())
                        .confirmCorrelationFunction(m -> "request").waitForConfirm(true).confirmTimeout(CONFIRM_TIMEOUT_MS))
                .get();
    }

    @Bean
    RemotePartitioningManagerStepBuilderFactory remotePartitioningManagerStepBuilderFactory(JobRepository jobRepository) {
        return new RemotePartitioningManagerStepBuilderFactory(jobRepository);
    }

    @Bean
    PartitionWatch partitionWatch(JobRepository jobRepository, Progress progress, Environment env) {
        return new PartitionWatch(jobRepository, progress, env.getProperty(SystemSettings.WORKERS_POLL_INTERVAL, Duration.class,
                Duration.ofSeconds(2)), env.getProperty(SystemSettings.WORKERS_STALE_AFTER, Duration.class, Duration.ofMinutes(10)));
    }

    /** The ingest step of an audit with workers: named {@code ingest} like the step it stands for. */
    @Bean
    Step remoteIngestStep(RemotePartitioningManagerStepBuilderFactory factory, IngestPartitioner ingestPartitioner,
            DirectChannel partitionRequests, ExportCatalog catalog, PartitionWatch partitionWatch, RabbitAdmin brokerAdmin,
            Queue partitionQueue, Environment env) {
        return factory.get("ingest")
                .partitioner(IngestPartitioner.WORKER_STEP, ingestPartitioner)
                .outputChannel(partitionRequests)
                .pollInterval(env.getProperty(SystemSettings.WORKERS_POLL_INTERVAL, Duration.class, Duration.ofSeconds(2)).toMillis())
                .aggregator(ingestPartitioner)
                .listener(IngestStepConfiguration.readCountsToJob())
                .listener(IngestStepConfiguration.closeExports(catalog))
                .listener(partitionWatch)
                .listener(new org.springframework.batch.core.listener.StepExecutionListener() {
                    @Override
                    public void beforeStep(org.springframework.batch.core.step.StepExecution stepExecution) {
                        brokerAdmin.declareQueue(partitionQueue);
                    }
                })
                .build();
    }
}
