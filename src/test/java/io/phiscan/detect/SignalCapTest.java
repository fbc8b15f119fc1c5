package io.phiscan.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Signal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Messages longer than any platform allows: one that repeats itself thousands of times keeps
 * the first hundred signals of each rule, and one read in windows finds what it says across a
 * window's edge as if it were short.
 */
class SignalCapTest {
    static final String ONCE = "My son Jacob has had a fever of 102.5 since Tuesday and a cough, should I bring him in? "
            + "Call me at 415-555-0134. ";

    @Test
    void aFloodOfOneSentenceKeepsEveryRuleAndAtMostAHundredSignalsOfEach() {
        List<Signal> once = Annotations.of(ONCE);
        List<Signal> flood = Annotations.of(ONCE.repeat(1_000));

        Map<String, Long> perRule = flood.stream().collect(Collectors.groupingBy(Signal::rule, Collectors.counting()));
        assertThat(perRule.keySet()).isEqualTo(once.stream().map(Signal::rule).collect(Collectors.toSet()));
        assertThat(perRule.values()).allMatch(n -> n == Detector.MAX_PER_RULE);
        // the first hundred of each rule, in the order of the text
        Map<String, Integer> lastStart = flood.stream().collect(Collectors.toMap(Signal::rule, Signal::start, Math::max));
        assertThat(lastStart.values()).allMatch(start -> start < ONCE.length() * Detector.MAX_PER_RULE);
        assertThat(flood).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
        assertThat(flood.stream().map(Signal::category).distinct().sorted().toList())
                .isEqualTo(once.stream().map(Signal::category).distinct().sorted().toList());
    }

    @Test
    void whatAVeryLongMessageSaysAcrossAWindowsEdgeIsFoundAsInAShortOne() {
        String filler = "We walked to the park after lunch and the weather was lovely all afternoon. ";
        assertThat(Annotations.of(filler.repeat(10))).isEmpty();
        String before = filler.repeat((Detector.WINDOW - ONCE.length() / 2) / filler.length());
        String text = before + ONCE + filler.repeat(200);
        assertThat(text.length()).isGreaterThan(Detector.WINDOW + Detector.CONTEXT);
        assertThat(before.length()).isLessThan(Detector.WINDOW).isGreaterThan(Detector.WINDOW - ONCE.length());

        List<Signal> alone = Annotations.of(ONCE);
        List<Signal> within = Annotations.of(text);
        assertThat(within).extracting(x -> x.rule() + " " + (x.start() - before.length()) + "-" + (x.end() - before.length())
                + " " + x.text()).containsExactlyElementsOf(alone.stream().map(x -> x.rule() + " " + x.start() + "-" + x.end()
                        + " " + x.text()).toList());
    }
}
