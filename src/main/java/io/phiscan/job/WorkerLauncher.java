package io.phiscan.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import sun.misc.Signal;

/**
 * Runs a worker of remote-partitioned audits on a workspace until it is stopped: takes partition
 * requests off the workspace's queue and runs each, writing the partition's index shard. Needs
 * the workspace folder (the same as the manager's, shared), its database (PostgreSQL: the job
 * repository every process shares) and the broker; takes no workspace lock. SIGTERM or Ctrl-C
 * puts requests not taken back on the queue and stops the running partitions at their next chunk
 * boundary (stopped: the same audit command runs them again); a second signal ends it at once.
 */
public final class WorkerLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(WorkerLauncher.class);
    private final Workspace workspace;
    private final Broker broker;
    private final int threads;
    private final Consumer<String> say;

    /**
     * @param brokerUrl the broker, {@code amqp://user:password@host:5672}
     * @param threads how many partitions it runs at once
     * @param say told, one line each, what the worker does (started, partitions taken and ended, stopping)
     * @throws RemoteSetupException when the database is the workspace's embedded one, or the broker URL is not one
     */
    public WorkerLauncher(Workspace workspace, String brokerUrl, int threads, Consumer<String> say) {
        this.workspace = workspace;
        this.broker = RemoteAudits.broker(workspace, brokerUrl, "phiscan worker");
        this.threads = Math.max(1, threads);
        this.say = say;
    }

    /** Runs until stopped; returns when the running partitions have stopped and the context is closed. */
    public void run() {
        SystemSettings.check();
        BatchApplication.createFolders(workspace);
        Map<String, Object> props = BatchApplication.properties(workspace, workspace.logs().resolve("worker-" + host() + "-"
                + ProcessHandle.current().pid() + ".log"));
        props.put(Broker.PROPERTY, broker.url().toString());
        props.put("phiscan.worker.threads", threads);
        // a connection per partition thread in its chunk's transaction, and some for the job repository's own
        props.put("spring.datasource.hikari.maximum-pool-size", threads + 3);
        CountDownLatch stop = new CountDownLatch(1);
        List<Signal> installed = new ArrayList<>();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WorkerApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(props)
                .registerShutdownHook(false)
                .run()) {
            RemoteAudits.reach(context.getBean(CachingConnectionFactory.class), broker);
            WorkerPartitions partitions = context.getBean(WorkerPartitions.class);
            partitions.reportTo(say);
            context.getBean(IntegrationFlowContext.class).getRegistry().values().forEach(r -> r.start());
            ((Lifecycle) context.getBean(RemoteWorkerConfiguration.INBOUND)).start();
            for (String name : List.of("TERM", "INT")) {
                try {
                    Signal signal = new Signal(name);
                    Signal.handle(signal, s -> onSignal(s, stop, partitions));
                    installed.add(signal);
                } catch (IllegalArgumentException e) {
                    // not available here: the default stays
                }
            }
            String queue = Broker.queue(workspace);
            LOG.info("worker: taking partitions from queue {} at {} on {} thread(s)", queue, broker.display(), threads);
            say.accept("taking partitions from queue " + queue + " at " + broker.display() + " on " + threads
                    + " thread(s); workspace " + workspace.root() + "; SIGTERM stops it");
            await(stop);
            partitions.stop();
            ((Lifecycle) context.getBean(RemoteWorkerConfiguration.INBOUND)).stop();
            while (!partitions.idle()) {
                sleep(Duration.ofMillis(200));
            }
            say.accept("stopped");
            LOG.info("worker: stopped");
        }
    }

    private boolean signalled;

    private synchronized void onSignal(Signal s, CountDownLatch stop, WorkerPartitions partitions) {
        if (signalled) {
            say.accept("second SIG" + s.getName() + ": ending now; its partitions run again when the audit runs again");
            Runtime.getRuntime().halt(1);
        }
        signalled = true;
        say.accept("SIG" + s.getName() + " received: stopping the running partitions at their next chunk boundary");
        partitions.stop();
        stop.countDown();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9_.-]", "_");
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
