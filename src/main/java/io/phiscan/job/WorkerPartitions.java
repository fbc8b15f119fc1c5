package io.phiscan.job;

import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.messaging.MessageHeaders;

/**
 * The partitions a worker is running. Takes each request off the broker: acknowledged at once
 * (a worker that dies mid-partition leaves it started, for the manager to fail and a restart to
 * run again, not for the broker to hand to another worker while the first may still write), and
 * run only when its step execution is still waiting to start (a request left in the queue by a
 * manager that crashed, or for a partition already run, is passed over). On a stop, requests not
 * taken yet go back to the queue, and the running partitions stop at their next chunk boundary.
 * Closes the exports of a run when a partition of another run begins. Thread-safe.
 */
final class WorkerPartitions implements StepExecutionListener {
    private static final Logger LOG = LoggerFactory.getLogger(WorkerPartitions.class);
    private final JobRepository repository;
    private final ExportCatalog catalog;
    private final Map<Long, StepExecution> running = new ConcurrentHashMap<>();
    private volatile boolean draining;
    private volatile Consumer<String> say = m -> { };
    private String currentRun;

    WorkerPartitions(JobRepository repository, ExportCatalog catalog) {
        this.repository = repository;
        this.catalog = catalog;
    }

    /** Where to tell, one line per partition taken and ended (standard output of {@code phiscan worker}). */
    void reportTo(Consumer<String> say) {
        this.say = say;
    }

    /**
     * A request off the broker: the request to run, or {@code null} when there is none (passed over,
     * or put back because the worker is stopping).
     */
    StepExecutionRequest take(String text, MessageHeaders headers) {
        Channel channel = headers.get(AmqpHeaders.CHANNEL, Channel.class);
        Long tag = headers.get(AmqpHeaders.DELIVERY_TAG, Long.class);
        StepExecutionRequest request = null;
        String passedOver = null;
        try {
            if (draining) {
                channel.basicNack(tag, false, true);
                return null;
            }
            try {
                request = PartitionRequests.fromText(text);
                StepExecution execution = repository.getStepExecution(request.getStepExecutionId());
                if (execution == null || execution.getStatus() != BatchStatus.STARTING) {
                    passedOver = execution == null ? "no such step execution" : "it is " + execution.getStatus();
                }
            } catch (IllegalArgumentException e) {
                passedOver = "not a partition request";
            } catch (RuntimeException e) {
                // the job repository could not be read: the request goes back on the queue, for this worker or another
                channel.basicNack(tag, false, true);
                throw e;
            }
            channel.basicAck(tag, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot acknowledge a partition request", e);
        }
        if (passedOver != null) {
            LOG.info("worker: a request{} passed over: {}", request == null ? "" : " for step execution "
                    + request.getStepExecutionId(), passedOver);
            return null;
        }
        return request;
    }

    @Override
    public void beforeStep(StepExecution partition) {
        String runId = partition.getJobExecution().getJobParameters().getString(RunParameters.RUN_ID);
        synchronized (this) {
            if (!runId.equals(currentRun) && running.isEmpty()) {
                try {
                    catalog.close();
                } catch (IOException e) {
                    LOG.warn("worker: the exports of run {} could not be closed: {}", currentRun, e.toString());
                }
            }
            currentRun = runId;
            running.put(partition.getId(), partition);
            if (draining) {
                partition.setTerminateOnly();
            }
        }
        LOG.info("worker: {} of run {} taken (step execution {})", partition.getStepName(), runId, partition.getId());
        say.accept(partition.getStepName() + " of run " + runId + " taken (step execution " + partition.getId() + ")");
    }

    @Override
    public ExitStatus afterStep(StepExecution partition) {
        running.remove(partition.getId());
        Duration took = Duration.between(partition.getStartTime() == null ? Instant.now()
                : partition.getStartTime().atZone(java.time.ZoneId.systemDefault()).toInstant(), Instant.now());
        String line = String.format("%s %s: %d record(s) read, %d written, %d skipped in %.1f s", partition.getStepName(),
                partition.getStatus(), partition.getReadCount() + partition.getReadSkipCount(), partition.getWriteCount(),
                partition.getReadSkipCount() + partition.getWriteSkipCount() + partition.getProcessSkipCount(),
                took.toMillis() / 1000.0);
        LOG.info("worker: {}", line);
        say.accept(line);
        return null;
    }

    /** Stops taking requests and asks the running partitions to stop at their next chunk boundary. */
    synchronized void stop() {
        draining = true;
        running.values().forEach(StepExecution::setTerminateOnly);
    }

    /** Whether no partition is running. */
    boolean idle() {
        return running.isEmpty();
    }
}
