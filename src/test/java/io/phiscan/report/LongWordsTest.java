package io.phiscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which accounts may break anywhere in a table: those holding a word longer than a column can take. */
class LongWordsTest {

    @Test
    void aWordIsLongPastThirtyCharactersWithoutASpaceOrAHyphen() {
        assertThat(LongWords.hasLongWord("lenaokafor@med-social.example")).isFalse();
        assertThat(LongWords.hasLongWord("x".repeat(30))).as("30").isFalse();
        assertThat(LongWords.hasLongWord("x".repeat(31))).as("31").isTrue();
        assertThat(LongWords.hasLongWord("x".repeat(29) + "-" + "x".repeat(30))).as("broken after a hyphen").isFalse();
        assertThat(LongWords.hasLongWord("x".repeat(30) + " " + "x".repeat(30))).isFalse();
        assertThat(LongWords.hasLongWord("x".repeat(20) + "\u00a0" + "x".repeat(20))).as("a no-break space").isTrue();
        assertThat(LongWords.hasLongWord("\ud83d\ude00".repeat(30))).as("counted in characters, not chars").isFalse();
        assertThat(LongWords.hasLongWord("DrQuinnHale" + "y".repeat(5000))).isTrue();
    }
}
