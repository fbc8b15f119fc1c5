package io.phiscan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phiscan.detect.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review sections of a policy file: the ledger's thresholds and the practice's contact details. */
class ReviewPolicyTest {
    @TempDir
    Path dir;

    @Test
    void theSamplePolicyReadsForBothDetectionAndReview() throws Exception {
        Path file = Path.of("jobs/policy.yaml");
        ReviewPolicy p = ReviewPolicy.load(file);
        assertThat(p.ledger()).isEqualTo(new ReviewPolicy.LedgerRule(1, 2));
        assertThat(p.practice()).isEqualTo(new ReviewPolicy.Practice("Riverbend Pediatrics", "(555) 201-4400",
                "https://portal.riverbendpeds.example", "the nurse line, (555) 201-4499, evenings and weekends", false));
        assertThat(Policy.load(file).version()).isEqualTo("riverbend-2026-11-26.2");
    }

    @Test
    void missingSectionsTakeTheSeedAdvice() throws Exception {
        assertThat(ReviewPolicy.load(write("version: v1\n"))).isEqualTo(ReviewPolicy.defaults());
        assertThat(ReviewPolicy.load(write("version: v1\nledger:\n  blockAfter: 3\n")).ledger())
                .isEqualTo(new ReviewPolicy.LedgerRule(1, 3));
    }

    @Test
    void aTypoIsAnErrorNamingTheKey() throws Exception {
        assertThatThrownBy(() -> ReviewPolicy.load(write("version: v1\nledger:\n  warnAfer: 1\n")))
                .isInstanceOf(ReviewInputException.class).hasMessageContaining("ledger.warnAfer");
        assertThatThrownBy(() -> ReviewPolicy.load(write("version: v1\nledger:\n  warnAfter: one\n")))
                .isInstanceOf(ReviewInputException.class).hasMessageContaining("ledger.warnAfter must be a whole number");
        assertThatThrownBy(() -> ReviewPolicy.load(write("version: v1\nledger:\n  warnAfter: 2\n  blockAfter: 2\n")))
                .isInstanceOf(ReviewInputException.class).hasMessageContaining("blockAfter must be above");
        assertThatThrownBy(() -> ReviewPolicy.load(write("version: v1\npractice:\n  quoteMessagesInNotes: yes please\n")))
                .isInstanceOf(ReviewInputException.class).hasMessageContaining("quoteMessagesInNotes");
    }

    @Test
    void aLedgerMistakeNamesTheFileOnce() throws Exception {
        Path file = write("version: v1\nledger:\n  warnAfter: 99999999999999\n");
        assertThatThrownBy(() -> ReviewPolicy.load(file)).hasMessage(file + ": ledger.warnAfter must be a whole number");
    }

    @Test
    void aKeyGivenTwiceIsAnError() throws Exception {
        Path file = write("version: v1\nledger:\n  blockAfter: 3\n  blockAfter: 5\n");
        assertThatThrownBy(() -> ReviewPolicy.load(file)).isInstanceOf(ReviewInputException.class)
                .hasMessage(file + ": not valid YAML: found duplicate key blockAfter (line 4, column 3)");
    }

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("policy.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
