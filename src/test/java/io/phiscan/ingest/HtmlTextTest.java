package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

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
}
