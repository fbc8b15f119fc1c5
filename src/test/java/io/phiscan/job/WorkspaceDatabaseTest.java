package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.review.RunStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The workspace's own database, with the settings it is opened with. */
class WorkspaceDatabaseTest {
    @TempDir
    Path tmp;

    /**
     * A record skipped twice in one chunk's transaction is recorded once, and the chunk commits.
     * (H2 reuses a subquery's earlier result within a transaction that changed the table since:
     * the second "INSERT ... WHERE NOT EXISTS" saw no row and failed on the duplicate key.)
     */
    @Test
    void theSameSkippedRecordTwiceInOneTransactionIsRecordedOnce() {
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        try (ConfigurableApplicationContext context = BatchApplication.start(ws)) {
            RunStore runs = context.getBean(RunStore.class);
            runs.startRun(new RunStore.Run("20261127T010000Z", "audit", Instant.now(), null, "builtin-2", List.of("/in"), "/out"));
            TransactionTemplate chunk = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            List<Boolean> added = chunk.execute(status -> List.of(
                    runs.skip("20261127T010000Z", new RunStore.Skipped("/in!data/a.js", "element 3", "first")),
                    runs.skip("20261127T010000Z", new RunStore.Skipped("/in!data/a.js", "element 3", "again"))));
            assertThat(added).containsExactly(true, false);
            assertThat(runs.skipped("20261127T010000Z")).extracting(RunStore.Skipped::reason).containsExactly("first");
        }
    }
}
