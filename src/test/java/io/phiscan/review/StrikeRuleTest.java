package io.phiscan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Warn once, then block: the ledger's rule over a counterpart's incidents in run order. */
class StrikeRuleTest {
    private static final ReviewPolicy.LedgerRule SEED = ReviewPolicy.LedgerRule.defaults();

    @Test
    void noIncidentWarnsNobody() {
        assertThat(StrikeRule.apply(List.of(), SEED)).isEqualTo(new StrikeRule.Outcome(null, null));
    }

    @Test
    void theFirstIncidentWarns() {
        assertThat(StrikeRule.apply(List.of("r1"), SEED)).isEqualTo(new StrikeRule.Outcome("r1", null));
    }

    @Test
    void anIncidentInALaterRunThanTheWarningBlocks() {
        assertThat(StrikeRule.apply(List.of("r1", "r3"), SEED)).isEqualTo(new StrikeRule.Outcome("r1", "r3"));
    }

    @Test
    void severalIncidentsInTheRunThatWarnsDoNotBlock() {
        // Nobody is blocked before they could be warned: two findings in the first audit are one warning.
        assertThat(StrikeRule.apply(List.of("r1", "r1"), SEED)).isEqualTo(new StrikeRule.Outcome("r1", null));
        assertThat(StrikeRule.apply(List.of("r1", "r1", "r2"), SEED)).isEqualTo(new StrikeRule.Outcome("r1", "r2"));
    }

    @Test
    void higherThresholdsCountIncidentsBeforeWarningAndBlocking() {
        ReviewPolicy.LedgerRule rule = new ReviewPolicy.LedgerRule(2, 4);
        assertThat(StrikeRule.apply(List.of("r1"), rule)).isEqualTo(new StrikeRule.Outcome(null, null));
        assertThat(StrikeRule.apply(List.of("r1", "r2"), rule)).isEqualTo(new StrikeRule.Outcome("r2", null));
        assertThat(StrikeRule.apply(List.of("r1", "r2", "r3"), rule)).isEqualTo(new StrikeRule.Outcome("r2", null));
        assertThat(StrikeRule.apply(List.of("r1", "r2", "r3", "r4"), rule)).isEqualTo(new StrikeRule.Outcome("r2", "r4"));
    }

    @Test
    void aBlockMustFollowAWarning() {
        assertThatThrownBy(() -> new ReviewPolicy.LedgerRule(2, 2)).isInstanceOf(ReviewInputException.class)
                .hasMessageContaining("blockAfter");
        assertThatThrownBy(() -> new ReviewPolicy.LedgerRule(0, 2)).isInstanceOf(ReviewInputException.class)
                .hasMessageContaining("warnAfter");
    }
}
