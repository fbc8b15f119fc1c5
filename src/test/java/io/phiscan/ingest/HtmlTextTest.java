package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** HTML in exports turned into the text people read. */
class HtmlTextTest {

    @Test
    void mastodonStatusWithMentionLinkAndParagraphs() {
        String html = "<p><span class=\"h-card\" translate=\"no\"><a href=\"https://x.example/@ann\" class=\"u-url mention\">"
                + "@<span>ann</span></a></span> Fever&#39;s back &amp; she&#8217;s tired.</p><p>Line one<br />line\u205ftwo "
                + "<a href=\"https://a.example/b\"><span class=\"invisible\">https://</span><span class=\"\">a.example/b</span></a></p>";
        assertThat(HtmlText.toPlain(html)).isEqualTo("@ann Fever's back & she’s tired.\n\nLine one\nline two https://a.example/b");
    }

    @Test
    void textWithoutTagsOnlyHasItsEntitiesDecoded() {
        assertThat(HtmlText.looksLikeHtml("Tom & Jerry <3")).isFalse();
        assertThat(HtmlText.looksLikeHtml("Tom &amp; Jerry")).isTrue();
        assertThat(HtmlText.toPlain("Tom &amp; Jerry")).isEqualTo("Tom & Jerry");
    }

    /**
     * Blanks collapsed and edge spaces found by hand as the patterns they stand for do it, on
     * random text of spaces, tabs, the line terminators, U+205F, U+00A0 and letters.
     */
    @Test
    void blanksAndEdgeSpacesAsTheirPatternsSeeThem() {
        Pattern spaces = Pattern.compile("[\\s\u205F]+");
        Pattern edge = Pattern.compile("(?m)^ +| +$");
        char[] alphabet = {' ', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u0085', '\u2028', '\u2029', '\u205F', '\u00A0', 'a', 'b',
            '\u00e9'};
        Random random = new Random(3);
        for (int i = 0; i < 50_000; i++) {
            char[] text = new char[random.nextInt(12)];
            for (int j = 0; j < text.length; j++) {
                text[j] = alphabet[random.nextInt(alphabet.length)];
            }
            String t = new String(text);
            StringBuilder collapsed = new StringBuilder("x");
            HtmlText.appendCollapsed(collapsed, t);
            assertThat(collapsed.substring(1)).as("%s", t.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(spaces.matcher(t).replaceAll(" "));
            assertThat(HtmlText.hasEdgeSpace(t)).as("%s", t.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(edge.matcher(t).find());
        }
    }
}
