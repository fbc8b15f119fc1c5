package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phiscan.index.IndexSearch;
import io.phiscan.model.Platform;
import io.phiscan.review.RunStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One workspace, one writer: a second audit waits for the first or is refused, naming it. */
class WorkspaceLockTest {
    @TempDir
    Path tmp;

    @Test
    void theHolderIsNamedAndASecondLockIsRefused() {
        try (WorkspaceLock held = WorkspaceLock.acquire(tmp, Duration.ZERO, m -> { })) {
            assertThat(WorkspaceLock.holder(tmp)).get().satisfies(h -> {
                assertThat(h.pid()).isEqualTo(Long.toString(ProcessHandle.current().pid()));
                assertThat(h.describe()).startsWith("pid " + h.pid() + " on host ").contains(" since ").contains("(phiscan");
            });
            assertThatThrownBy(() -> WorkspaceLock.acquire(tmp, Duration.ZERO, m -> { }))
                    .isInstanceOf(WorkspaceBusyException.class)
                    .hasMessageContaining("is in use by pid " + ProcessHandle.current().pid())
                    .hasMessageContaining("--wait");
        }
        try (WorkspaceLock again = WorkspaceLock.acquire(tmp, Duration.ZERO, m -> { })) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void theCommandShownLeavesPasswordsOut() {
        assertThat(WorkspaceLock.command(List.of("-Xmx1g", "-jar", "phiscan.jar", "audit", "in", "--db-password", "s3cret")))
                .isEqualTo("phiscan audit in --db-password ***");
        assertThat(WorkspaceLock.command(List.of("-jar", "x.jar", "runs", "--db-password=s3cret")))
                .isEqualTo("phiscan runs --db-password=***");
    }

    @Test
    void twoAuditsStartedAtOnceOneRunsTheOtherIsRefusedAndTheIndexIsIntact() throws Exception {
        Path exports = Exports.sample(tmp.resolve("exports"));
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        List<Object> results = both(() -> new AuditLauncher(ws).run(new AuditLauncher.Request(List.of(exports), null, null, null)));

        assertThat(results).filteredOn(r -> r instanceof RunOutcome o && o.completed()).hasSize(1);
        assertThat(results).filteredOn(r -> r instanceof WorkspaceBusyException).singleElement()
                .satisfies(e -> assertThat(((Exception) e).getMessage()).contains("is in use by pid").contains("since"));
        try (IndexSearch search = IndexSearch.open(ws.index())) {
            assertThat(search.count()).isEqualTo(Exports.SAMPLE_MESSAGES);
        }
    }

    @Test
    void withWaitTheSecondAuditRunsAfterTheFirst() throws Exception {
        Path exports = Exports.sample(tmp.resolve("exports"));
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        List<Object> results = both(() -> new AuditLauncher(ws).run(new AuditLauncher.Request(List.of(exports), null, null,
                null, false, null, Duration.ofMinutes(5))));

        assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(RunOutcome.class));
        assertThat(results).extracting(r -> ((RunOutcome) r).read()).containsExactlyInAnyOrder((long) Exports.SAMPLE_RECORDS, 0L);
        try (IndexSearch search = IndexSearch.open(ws.index())) {
            assertThat(search.count()).isEqualTo(Exports.SAMPLE_MESSAGES);
        }
    }

    /**
     * An audit that waited for the workspace reads the folder of exports as it is when its turn
     * comes, not as it was when it was started: an export that landed meanwhile is read.
     */
    @Test
    void anAuditThatWaitedReadsTheExportsThatLandedWhileItWaited() throws Exception {
        Path inbox = tmp.resolve("inbox");
        Exports.sample(inbox);
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        CountDownLatch waiting = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<RunOutcome> audit;
        try (WorkspaceLock held = WorkspaceLock.acquire(ws.root(), Duration.ZERO, m -> { })) {
            audit = pool.submit(() -> new AuditLauncher(ws, m -> waiting.countDown()).run(new AuditLauncher.Request(
                    List.of(inbox), null, null, null, false, null, Duration.ofMinutes(5))));
            assertThat(waiting.await(2, TimeUnit.MINUTES)).as("the audit waits for the workspace").isTrue();
            Exports.copy(Path.of("sample-data/mastodon/archive-20261120143055-4f1c9a7d2e8b0c63"),
                    inbox.resolve("mastodon-archive"));
        }
        RunOutcome outcome = audit.get(5, TimeUnit.MINUTES);
        pool.shutdown();

        assertThat(outcome.completed()).isTrue();
        assertThat(outcome.inputs()).extracting(RunStore.RunInput::platform)
                .containsExactlyInAnyOrder(Platform.TWITTER, Platform.MASTODON);
    }

    /** Runs the task twice at the same moment; each result is the outcome or the exception thrown. */
    private static List<Object> both(Callable<RunOutcome> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            futures.add(pool.submit(() -> {
                go.await();
                try {
                    return task.call();
                } catch (Exception e) {
                    return e;
                }
            }));
        }
        go.countDown();
        List<Object> results = new ArrayList<>();
        for (Future<Object> f : futures) {
            results.add(f.get(5, TimeUnit.MINUTES));
        }
        pool.shutdown();
        return results;
    }
}
