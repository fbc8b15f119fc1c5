package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MetaTextTest {

    /** What Meta writes: every UTF-8 byte as its own char. */
    private static String mojibake(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void accentsInTextComeOutRight() {
        assertThat(mojibake("Café")).isEqualTo("CafÃ©");
        assertThat(MetaText.repair("CafÃ©")).isEqualTo("Café");
        assertThat(MetaText.repair(mojibake("Très bien, à samedi!"))).isEqualTo("Très bien, à samedi!");
    }

    @Test
    void accentsInNamesComeOutRight() {
        assertThat(MetaText.repair(mojibake("Zoë Fixture"))).isEqualTo("Zoë Fixture");
        assertThat(MetaText.repair(mojibake("José Müller-Ødegård"))).isEqualTo("José Müller-Ødegård");
    }

    @Test
    void emojiOfThreeAndFourBytesComeOutRight() {
        assertThat(MetaText.repair("\u00e2\u009d\u00a4")).isEqualTo("❤");
        assertThat(MetaText.repair("\u00f0\u009f\u0098\u00ae")).isEqualTo("😮");
        assertThat(MetaText.repair(mojibake("Bonjour! Café at 10? ☕ 😊"))).isEqualTo("Bonjour! Café at 10? ☕ 😊");
    }

    @Test
    void textThatWasNeverMojibakeIsLeftAlone() {
        assertThat(MetaText.repair("Łódź")).isEqualTo("Łódź");
        assertThat(MetaText.repair("😮 wow")).isEqualTo("😮 wow");
        assertThat(MetaText.repair("Ça va? 😊")).isEqualTo("Ça va? 😊");
        assertThat(MetaText.repair("東京で会いましょう")).isEqualTo("東京で会いましょう");
    }

    @Test
    void latinOneTextWhoseBytesAreNotUtf8IsLeftAlone() {
        assertThat(MetaText.repair("naïve café")).isEqualTo("naïve café");
        assertThat(MetaText.repair("à")).isEqualTo("à");
    }

    @Test
    void asciiNullAndEmptyAreReturnedAsTheyAre() {
        String ascii = "plain text";
        assertThat(MetaText.repair(ascii)).isSameAs(ascii);
        assertThat(MetaText.repair(null)).isNull();
        assertThat(MetaText.repair("")).isEmpty();
    }
}
