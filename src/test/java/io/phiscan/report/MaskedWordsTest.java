package io.phiscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The counterparts' words masked in a redacted page's text, exactly as the word pattern finds them. */
class MaskedWordsTest {
    private static final Set<String> NAMES = Set.of("rosa", "vidal", "601", "tomás", "brennan", "zoë", "işık", "٣٤", "𝟏𝟐");
    private static final Set<String> HANDLES = Set.of("rosa_vidal_22", "tk_brennan", "rosa");
    private static final String[] PIECES = {"Rosa", "ROSA", "rosa", "vidal", "Vidal's", "rosa_vidal_22", "TK_Brennan", "601",
        "6011", "Tomás", "TOMÁS", "brennan", "Zoë", "Zoe\u0308", "IŞIK", "İşık", "٣٤", "𝟏𝟐", "日本", "e\u0301", "\ud835",
        "\udc00", "😷", " ", ", ", "-", "_", "x", "'", "\n", "Ⅻ", "½", "ǅ", "ʰ"};
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+");

    /** The pass as the pattern does it. */
    private static String byPattern(String s) {
        Matcher m = WORD.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            boolean name = NAMES.contains(w);
            String with = !name && !HANDLES.contains(w) ? m.group()
                    : w.chars().allMatch(Character::isDigit) ? "[ID]" : name ? "[NAME]" : "[HANDLE]";
            m.appendReplacement(out, Matcher.quoteReplacement(with));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Test
    void wordsAreMaskedAsThePatternMasksThem() {
        MaskedWords words = new MaskedWords(NAMES, HANDLES);
        Random r = new Random(5);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = r.nextInt(8); k >= 0; k--) {
                s.append(PIECES[r.nextInt(PIECES.length)]);
            }
            assertThat(words.mask(s.toString())).as("%s", s).isEqualTo(byPattern(s.toString()));
        }
    }

    @Test
    void everyCodePointIsAWordCharacterExactlyWhenThePatternSaysSo() {
        Pattern one = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]");
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            boolean matches = one.matcher(new String(Character.toChars(c))).matches();
            if (MaskedWords.isWordChar(c) != matches) {
                assertThat(MaskedWords.isWordChar(c)).as("U+%04X", c).isEqualTo(matches);
            }
        }
    }

    @Test
    void aTextWithoutTheirWordsIsReturnedAsItIs() {
        String text = "my son has a fever of 102.5 since Tuesday";
        assertThat(new MaskedWords(NAMES, HANDLES).mask(text)).isSameAs(text);
        assertThat(new MaskedWords(NAMES, HANDLES).mask("ask Rosa, or tk_brennan (601)"))
                .isEqualTo("ask [NAME], or [HANDLE] ([ID])");
    }
}
