package io.phiscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The held-out exports ({@code src/test/resources/holdout}, README there): one audit over all of
 * them, as a user runs it, scored exchange by exchange against their labels. Every labeled
 * exchange is read whole, exchange recall and precision stay at or above 0.90, and recall on each
 * platform at or above 0.80. The figures are printed.
 */
class HoldoutAuditTest {
    private static final Path HOLDOUT = Path.of("src/test/resources/holdout");
    static final double RECALL_FLOOR = 0.90;
    static final double PRECISION_FLOOR = 0.90;
    /** No platform may fall far behind the others unnoticed. */
    static final double PLATFORM_RECALL_FLOOR = 0.80;

    @Test
    void anAuditOfTheHeldOutExportsFindsTheirClinicalExchangesAndLittleElse(@TempDir Path tmp) throws Exception {
        List<HoldoutScore.Label> labels = HoldoutScore.labels(HOLDOUT);
        List<String> args = new ArrayList<>(List.of("audit"));
        HoldoutScore.exports(labels).forEach(p -> args.add(p.toString()));
        args.addAll(List.of("--workspace", tmp.resolve("ws").toString(), "--out", tmp.resolve("out").toString()));
        Cli run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();

        HoldoutScore score = HoldoutScore.score(labels, tmp.resolve("out/findings.json"));
        System.out.println(score.report());
        assertThat(labels).hasSizeGreaterThanOrEqualTo(150);
        assertThat(score.readerFailures()).as("labeled exchanges the readers did not read whole").isEmpty();
        assertThat(score.overall().recall()).as("held-out exchange recall").isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertThat(score.overall().precision()).as("held-out exchange precision").isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(score.byPlatform()).containsOnlyKeys("twitter", "facebook", "instagram", "linkedin", "mastodon", "reddit");
        score.byPlatform().forEach((platform, c) -> assertThat(c.recall()).as("held-out recall on " + platform)
                .isGreaterThanOrEqualTo(PLATFORM_RECALL_FLOOR));
    }
}
