package io.phiscan.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A run's manifest record: its hash, when the retention pruned its reports, and a re-render that writes them again. */
class RunStoreTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void aPrunedRunIsRecordedUntilItsReportsAreWrittenAgain(String database) throws Exception {
        try (TestDatabase db = TestDatabase.open(database)) {
            RunStore runs = new RunStore(db.dataSource());
            Instant started = Instant.parse("2026-08-01T02:30:00Z");
            runs.startRun(new RunStore.Run("20260801T023000Z", "audit", started, null, "builtin-2", List.of("/in"), "/out/a"));
            runs.recordManifest("20260801T023000Z", "ab".repeat(32));
            assertThat(runs.prunedAt("20260801T023000Z")).isEmpty();

            Instant pruned = Instant.parse("2026-11-26T03:00:01Z");
            runs.markPruned("20260801T023000Z", "ef".repeat(32), pruned);
            assertThat(runs.prunedAt("20260801T023000Z")).hasValueSatisfying(
                    at -> assertThat(at.truncatedTo(ChronoUnit.SECONDS)).isEqualTo(pruned));
            assertThat(runs.manifestHash("20260801T023000Z")).as("the hash recorded when the run wrote it stays")
                    .contains("ab".repeat(32));
            assertThat(runs.prunedAt("20260802T023000Z")).isEmpty();

            runs.recordManifest("20260801T023000Z", "cd".repeat(32));
            assertThat(runs.prunedAt("20260801T023000Z")).isEmpty();

            // a run of a workspace older than the manifests' records: its manifest's hash is recorded with the pruning
            runs.startRun(new RunStore.Run("20250101T023000Z", "audit", started, null, "builtin-1", List.of("/in"), "/out/z"));
            runs.markPruned("20250101T023000Z", "12".repeat(32), pruned);
            assertThat(runs.prunedAt("20250101T023000Z")).isPresent();
            assertThat(runs.manifestHash("20250101T023000Z")).contains("12".repeat(32));
        }
    }
}
