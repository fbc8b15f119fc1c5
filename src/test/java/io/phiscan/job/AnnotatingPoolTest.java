package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.index.IndexSearch;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records annotated on the shared pool while the unit reads on give the same index and the same
 * findings as records annotated on the unit's own thread, in the same order.
 */
class AnnotatingPoolTest {
    private static final String THREADS = "phiscan.ingest.annotate-threads";

    @TempDir
    Path tmp;

    @AfterEach
    void clear() {
        System.clearProperty(THREADS);
    }

    private RunOutcome audit(Path workspace, Path exports, int threads) throws Exception {
        System.setProperty(THREADS, Integer.toString(threads));
        return new AuditLauncher(Workspace.at(workspace))
                .run(new AuditLauncher.Request(List.of(exports), null, null, null, false, null, null));
    }

    @Test
    void anAuditOnThePoolFindsWhatAnAuditOnTheUnitsThreadFinds() throws Exception {
        Path exports = Exports.sample(tmp.resolve("exports"));

        RunOutcome alone = audit(tmp.resolve("ws-alone"), exports, 0);
        RunOutcome pooled = audit(tmp.resolve("ws-pooled"), exports, 3);

        assertThat(pooled.completed()).isTrue();
        assertThat(pooled.read()).isEqualTo(alone.read()).isEqualTo(Exports.SAMPLE_RECORDS);
        assertThat(Exports.findings(pooled.out())).isEqualTo(Exports.findings(alone.out())).hasSize(Exports.SAMPLE_FINDINGS);
        try (IndexSearch a = IndexSearch.open(Workspace.at(tmp.resolve("ws-alone")).index());
                IndexSearch p = IndexSearch.open(Workspace.at(tmp.resolve("ws-pooled")).index())) {
            assertThat(p.count()).isEqualTo(a.count()).isEqualTo(Exports.SAMPLE_MESSAGES);
        }
    }
}
