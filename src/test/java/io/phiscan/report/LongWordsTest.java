package io.phiscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Which accounts may break anywhere in a table: those holding a word longer than a column can take;
 * and paths and notes written so that only such a word may.
 */
class LongWordsTest {

    @Test
    void aWordIsLongPastThirtyCharactersWithoutASpaceOrAHyphen() {
        assertThat(LongWords.hasLongWord("lenaokafor@med-social.example")).isFalse();
        assertThat(LongWords.hasLongWord("x".repeat(30))).as("30").isFalse();
        assertThat(LongWords.hasLongWord("x".repeat(31))).as("31").isTrue();
        assertThat(LongWords.hasLongWord("x".repeat(29) + "-" + "x".repeat(30))).as("broken after a hyphen").isFalse();
        assertThat(LongWords.hasLongWord("x".repeat(30) + "-x")).as("the hyphen it breaks after not counted").isFalse();
        assertThat(LongWords.hasLongWord("x".repeat(30) + " " + "x".repeat(30))).isFalse();
        assertThat(LongWords.hasLongWord("x".repeat(20) + "\u00a0" + "x".repeat(20))).as("a no-break space").isTrue();
        assertThat(LongWords.hasLongWord("\ud83d\ude00".repeat(30))).as("counted in characters, not chars").isFalse();
        assertThat(LongWords.hasLongWord("DrQuinnHale" + "y".repeat(5000))).isTrue();
    }

    @Test
    void aPathMayWrapAfterEachSlashItsTextEscaped() {
        Element td = cell("/data/exports/<b>&amp;/instagram-2024.zip", true);
        assertThat(td.html()).isEqualTo("/<wbr>data/<wbr>exports/<wbr>&lt;b&gt;&amp;amp;/<wbr>instagram-2024.zip");
        assertThat(td.text()).isEqualTo("/data/exports/<b>&amp;/instagram-2024.zip");
        assertThat(td.className()).isEqualTo("wraps");
    }

    @Test
    void onlyAWordOfMoreThanThirtyCharactersMayBreakAnywhere() {
        String word = "z".repeat(31);
        assertThat(cell("/exports/" + "y".repeat(30) + "/" + word + ".zip", true).html())
                .isEqualTo("/<wbr>exports/<wbr>" + "y".repeat(30) + "/<wbr><span class=\"long\">" + word + ".zip</span>");
        assertThat(cell("the file " + word + " is not read", false).html())
                .isEqualTo("the file <span class=\"long\">" + word + "</span> is not read");
        assertThat(cell("html/messages.htm is read", false).html()).as("a note's slash is no place to break").isEqualTo("html/messages.htm is read");
    }

    private static Element cell(String text, boolean path) {
        Element td = Document.createShell("").body().appendElement("td");
        return LongWords.appendWrapping(td, text, path);
    }
}
