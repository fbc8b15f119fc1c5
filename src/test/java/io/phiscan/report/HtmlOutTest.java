package io.phiscan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The findings of a report page are written as markup directly, the page around them by jsoup:
 * both must escape every character alike, so that no value from an export can end a tag or an
 * attribute, and the page reads as one.
 */
class HtmlOutTest {

    /** What jsoup writes for an element holding {@code text} with {@code value} in an attribute, bidi controls shown as signs. */
    private static String jsoup(String value, String text) {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
        Element e = doc.body().appendElement("span").attr("class", "c").attr("data-v", value);
        e.appendText(text);
        BidiControls.showIn(e);
        return e.outerHtml();
    }

    private static String written(String value, String text) {
        StringBuilder sb = new StringBuilder();
        HtmlOut out = new HtmlOut(sb);
        out.open("span", "c").attr("data-v", value).text(text).close();
        assertThat(out.complete()).isTrue();
        return sb.toString();
    }

    @Test
    void everyCharacterIsEscapedAsTheRestOfThePageEscapesIt() {
        List<String> differ = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = "a" + (char) c + "b";
            if (!written(s, s).equals(jsoup(s, s))) {
                differ.add(Integer.toHexString(c));
            }
        }
        assertThat(differ).isEmpty();
    }

    @Test
    void hostileValuesAndCharactersBeyondTheFirstPlaneAsWell() {
        for (String s : List.of("\"><script>alert(1)</script>", "' onmouseover='x", "</bdi></div></details>",
                "&amp; &lt; &#x3c; &nbsp;", "😀 emoji \uD83D\uDE00 pair", "lone high \uD800 then text", "lone low \uDC00",
                "high at the end \uD83D", "\u202Eevil\u202C \u2066isolate\u2069", "line\r\nbreak\ttab\u0000nul\u0085nel", "",
                "<!--phiscan-findings-here-->")) {
            assertThat(written(s, s)).as(s).isEqualTo(jsoup(s, s));
        }
    }

    @Test
    void nestedElementsAndBooleanAttributesAreWrittenAsJsoupWritesThem() {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
        Element details = doc.body().appendElement("details").attr("class", "f").id("F-1").attr("data-new", "1");
        details.attr("open", true);
        Element summary = details.appendElement("summary");
        summary.appendElement("span").attr("class", "badge").text("high");
        summary.appendText(" ");
        summary.appendElement("span").attr("class", "dec");
        details.appendElement("div").attr("class", "decide").attr("data-id", "F-1");

        StringBuilder sb = new StringBuilder();
        HtmlOut out = new HtmlOut(sb);
        out.open("details", "f").attr("id", "F-1").attr("data-new", "1").attr("open");
        out.open("summary").element("span", "badge", "high").text(" ").open("span", "dec").close().close();
        out.open("div", "decide").attr("data-id", "F-1").close();
        out.close();

        assertThat(sb.toString()).isEqualTo(details.outerHtml());
        assertThat(out.complete()).isTrue();
    }

    @Test
    void anAttributeAfterTheContentIsAMistakeNotMarkup() {
        HtmlOut out = new HtmlOut(new StringBuilder());
        out.open("p").text("x");
        assertThatThrownBy(() -> out.attr("id", "late")).isInstanceOf(IllegalStateException.class);
    }
}
