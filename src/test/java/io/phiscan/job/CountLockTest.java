package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Platform;
import io.phiscan.review.RunStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two ingest units of one export count into its one row, each in its chunk's transaction; a
 * chunk of many skipped records holds that row for seconds. Reddit's messages.csv and
 * comments.csv with 15,000 bad rows each failed the run in H2's 2 s ("Timeout trying to lock
 * table PHISCAN_RUN_INPUT"), and every retry of it.
 */
class CountLockTest {
    @TempDir
    Path tmp;

    @Test
    void aUnitWaitsForTheRowAnotherUnitsChunkHoldsAsLongAsTheChunkTakes() throws Exception {
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        try (ConfigurableApplicationContext context = BatchApplication.start(ws)) {
            RunStore runs = context.getBean(RunStore.class);
            runs.startRun(new RunStore.Run("R1", "audit", Instant.now(), null, "builtin", List.of("/in/rd"), "/out"));
            runs.addInput("R1", "/in/rd", Platform.REDDIT, "owner", "reddit", List.of());
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            CountDownLatch holding = new CountDownLatch(1);
            CompletableFuture<Void> slowChunk = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
                runs.count("R1", "/in/rd", 0, 1, 0);
                holding.countDown();
                sleep(5_000);
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            tx.executeWithoutResult(status -> runs.count("R1", "/in/rd", 0, 1, 0));
            slowChunk.get(60, TimeUnit.SECONDS);
            assertThat(runs.inputs("R1")).singleElement().extracting(RunStore.RunInput::skipped).isEqualTo(2L);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
