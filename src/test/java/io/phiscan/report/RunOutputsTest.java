package io.phiscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.review.Compliance;
import io.phiscan.review.ReviewPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the progress line of the report step counts: each output written, once, when it is in its folder. */
class RunOutputsTest {

    @Test
    void eachOutputIsToldOnceWritten(@TempDir Path tmp) throws Exception {
        RunReport report = ReportFixtures.report("R-1", tmp.resolve("out"));
        AtomicInteger written = new AtomicInteger();
        new RunOutputs().write(report, ReportHistory.none(), tmp.resolve("out"), () -> {
            // without the compliance outputs, findings.json is the first output told
            assertThat(tmp.resolve("out").resolve(FindingsJsonWriter.FILE)).exists();
            written.incrementAndGet();
        });
        assertThat(RunOutputs.outputs(report)).isEqualTo(4);
        assertThat(written).hasValue(4);
    }

    @Test
    void theComplianceOutputsAreOneMore(@TempDir Path tmp) throws Exception {
        RunReport picked = ReportFixtures.report("R-2", tmp.resolve("out"));
        Compliance compliance = new Compliance("R-2", new ReviewPolicy(ReviewPolicy.LedgerRule.defaults(),
                ReviewPolicy.Practice.unknown()), List.of(), Map.of(), Map.of());
        RunReport report = new RunReport(picked.run(), picked.finishedAt(), picked.inputs(), picked.findings(), picked.skipped(),
                picked.notes(), compliance);
        AtomicInteger written = new AtomicInteger();
        new RunOutputs().write(report, ReportHistory.none(), tmp.resolve("out"), written::incrementAndGet);
        assertThat(RunOutputs.outputs(report)).isEqualTo(5);
        assertThat(written).hasValue(5);
        try (var notes = Files.list(tmp.resolve("out").resolve("notes"))) {
            assertThat(notes).isNotEmpty();
        }
    }
}
