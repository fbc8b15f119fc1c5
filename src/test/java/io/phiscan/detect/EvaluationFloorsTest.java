package io.phiscan.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The detector's measured quality on the project's labeled corpus ({@code src/test/resources/eval})
 * stays above the acceptance floors: exchange recall ≥ 0.95, precision ≥ 0.90, every exchange where
 * the owner gave clinical advice high.
 */
class EvaluationFloorsTest {

    @Test
    void theCorpusStaysAboveTheFloors() throws Exception {
        List<EvaluationCase> cases = EvaluationCorpus.read(Path.of("src/test/resources/eval"));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
        assertThat(cases).extracting(c -> c.exchange().platform().id()).contains("twitter", "facebook", "instagram", "linkedin",
                "mastodon", "reddit");
        Evaluation e = Evaluation.run(new Detector(Policy.defaults()), cases);
        assertThat(e.overall().recall()).as("exchange recall").isGreaterThanOrEqualTo(0.95);
        assertThat(e.overall().precision()).as("exchange precision").isGreaterThanOrEqualTo(0.90);
        int[] advice = e.ownerAdviceHigh();
        assertThat(advice[0]).isPositive();
        assertThat(advice[1]).as("owner-advice exchanges that are high").isEqualTo(advice[0]);
        e.by(c -> c.exchange().platform().id()).forEach((platform, counts) ->
                assertThat(counts.recall()).as("recall on " + platform).isGreaterThanOrEqualTo(0.90));
    }

    @Test
    void aCaseThatCannotBeReadIsNamedByFileAndLine() throws Exception {
        Path bad = java.nio.file.Files.createTempFile("corpus", ".jsonl");
        java.nio.file.Files.writeString(bad, "{\"id\":\"x\"}\n");
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> EvaluationCorpus.read(bad))
                    .hasMessageContaining("line 1").hasMessageContaining(bad.getFileName().toString());
        } finally {
            java.nio.file.Files.delete(bad);
        }
    }
}
