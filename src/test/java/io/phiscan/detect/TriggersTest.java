package io.phiscan.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The first words derived from a rule's expression decide where it is tried, so they must be complete. */
class TriggersTest {

    @Test
    void wordsGroupsAndOptionalParts() {
        assertThat(Triggers.of("\\bfevers?\\b|\\b(?:blood pressures?|bp|b/p)\\b")).containsExactlyInAnyOrder("fever", "fevers",
                "blood", "bp", "b");
        assertThat(Triggers.of("\\b(?:my |the )?(?:monday|sunday) blues")).containsExactlyInAnyOrder("my", "the", "monday",
                "sunday");
        assertThat(Triggers.of("\\bx-?ray")).containsExactlyInAnyOrder("x", "xray");
        assertThat(Triggers.of("\\bi'?m (?:your|a)")).containsExactlyInAnyOrder("im", "i'm");
        assertThat(Triggers.of("(?<![\\w.])(?:\\d+|half) ?mg")).contains(Triggers.DIGIT, "half");
        assertThat(Triggers.of("\\bcumpleaños|\\bSeñora")).containsExactlyInAnyOrder("cumpleanos", "senora");
    }

    @Test
    void unknowableFirstWordsMeanAFullScan() {
        assertThat(Triggers.of("\\b\\w+ is")).isNull();
        assertThat(Triggers.of("[a-z0-9.]+@")).isNull();
        assertThat(Triggers.of("(?:^|, )take")).isNull();
    }

    @Test
    void aTriggeredRuleFindsWhatAScanFinds() {
        String text = "Give him 5 ml every 6 hours. Yes, keep giving the amoxicillin; then stop.";
        PatternRecognizer r = (PatternRecognizer) CueRules.INSTRUCTION;
        java.util.regex.Pattern scan = java.util.regex.Pattern.compile(patternOf(r));
        java.util.List<String> expected = new java.util.ArrayList<>();
        java.util.regex.Matcher m = scan.matcher(new FoldedText(text).folded());
        while (m.find()) {
            expected.add(m.group());
        }
        java.util.List<io.phiscan.model.Signal> out = new java.util.ArrayList<>();
        r.find(new FoldedText(text), "m", out);
        assertThat(out).extracting(s -> s.text().toLowerCase(java.util.Locale.ROOT)).containsExactlyElementsOf(expected);
        assertThat(expected).hasSize(3);
    }

    /** A rule that cannot be triggered scans every message whole; only these few may (each behind a cheap precondition). */
    @Test
    void everyBuiltInPatternRuleIsTriggeredButAFewGuardedOnes() {
        java.util.Set<String> scanning = new java.util.TreeSet<>();
        for (Recognizer r : Recognizers.all(Policy.defaults())) {
            if (r instanceof TriggerIndex.Triggered t && t.triggers() == null) {
                scanning.add(r.id());
            }
        }
        assertThat(scanning).containsExactlyInAnyOrder("id.ip", "rel.family");
    }

    private static String patternOf(PatternRecognizer r) {
        try {
            var f = PatternRecognizer.class.getDeclaredField("pattern");
            f.setAccessible(true);
            return ((TriggeredPattern) f.get(r)).pattern().pattern();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
