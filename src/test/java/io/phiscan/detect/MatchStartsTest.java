package io.phiscan.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A continuation may only skip places where the expression cannot match: it is a condition every match meets. */
class MatchStartsTest {

    @Test
    void theNextWordMustBeginAMatch() {
        Continuation c = MatchStarts.after(List.of("\\b(?:you|u) (?:saw|treated) (?:me|him)\\b"), "you");
        assertThat(allows(c, "you saw me")).isTrue();
        assertThat(allows(c, "you treated him")).isTrue();
        assertThat(allows(c, "you can")).isFalse();
        assertThat(allows(c, "you")).isFalse();
        assertThat(allows(c, "you sawdust")).isFalse();
    }

    @Test
    void optionalPartsAndOpenEndsAreFollowed() {
        Continuation c = MatchStarts.after(List.of("\\bmy (?:left |right )?(?:knee|gums?)"), "my");
        assertThat(allows(c, "my left knee")).isTrue();
        assertThat(allows(c, "my gumball")).isTrue();
        assertThat(allows(c, "my kneecap")).as("the expression matches \"my knee\" there").isTrue();
        assertThat(allows(c, "my kne")).isFalse();
        assertThat(allows(c, "my dog")).isFalse();
    }

    @Test
    void aClassOrARepeatAfterTheWordLetsAnythingFollow() {
        Continuation c = MatchStarts.after(List.of("\\bmy (?:\\w+ )?patients\\b"), "my");
        assertThat(allows(c, "my own patients")).isTrue();
        assertThat(allows(c, "my.")).isFalse();
        assertThat(MatchStarts.after(List.of("\\bttc\\b"), "ttc")).isNull();
    }

    @Test
    void aFewCharsOfAClassAreEachFollowed() {
        Continuation c = MatchStarts.after(List.of("\\bevery\\s+\\d+"), "every");
        assertThat(allows(c, "every 4 hours")).isTrue();
        assertThat(allows(c, "every\n4")).isTrue();
        assertThat(allows(c, "every.")).isFalse();
        Continuation d = MatchStarts.after(List.of("\\b\\d{1,3} ?[mf] with\\b"), "my");
        assertThat(d).as("no match begins at 'my'").isNotNull();
        assertThat(allows(d, "my 5 m with")).isFalse();
    }

    @Test
    void aTokenThatStartsWithADigitMustBeginAMatch() {
        Continuation c = MatchStarts.after(List.of("\\b(?:9\\d|1[01]\\d) years"), Triggers.DIGIT);
        assertThat(allows(c, "95 years")).isTrue();
        assertThat(allows(c, "101 years")).isTrue();
        assertThat(allows(c, "35 years")).isFalse();
        assertThat(allows(c, "120 years")).isFalse();
    }

    @Test
    void theTextIsReadBeyondTheNextWord() {
        Continuation c = MatchStarts.after(List.of("\\bi (?:am|was) (?:in|at) the\\b"), "i");
        assertThat(allows(c, "i am in the")).isTrue();
        assertThat(allows(c, "i was at home")).as("six chars past the word are read").isTrue();
        assertThat(allows(c, "i am on it")).isFalse();
        assertThat(allows(c, "i was here")).isFalse();
    }

    @Test
    void aClassInsideTheWordIsMatchedAgainstTheWord() {
        Continuation c = MatchStarts.after(List.of("\\b(?:\\d+% off|our (?:new )?app)"), "our");
        assertThat(allows(c, "our new app")).isTrue();
        assertThat(allows(c, "our dog")).as("a digit cannot begin a match at 'our'").isFalse();
        Continuation g = MatchStarts.after(List.of("\\b[gm]ood (?:morning|night)"), "good");
        assertThat(allows(g, "good morning")).isTrue();
        assertThat(allows(g, "good grief")).isFalse();
        assertThat(MatchStarts.after(List.of("\\b[0-9]ood morning"), "good")).as("no match can begin at 'good'").isNotNull()
                .satisfies(n -> assertThat(allows(n, "good morning")).isFalse());
    }

    @Test
    void aRepeatedClassIsReadAsFarAsItGoes() {
        Continuation c = MatchStarts.after(List.of("\\b(?:is|was)\\s+(?:so )?sick\\b"), "is");
        assertThat(allows(c, "is   sick")).isTrue();
        assertThat(allows(c, "is so sick")).isTrue();
        assertThat(allows(c, "is\nsick")).isTrue();
        assertThat(allows(c, "is fine")).isFalse();
        assertThat(allows(c, "is")).isFalse();
        Continuation own = MatchStarts.after(List.of("\\bmy (?:\\w+ )?patients\\b"), "my");
        assertThat(allows(own, "my own patients")).isTrue();
        assertThat(allows(own, "my patients")).isTrue();
        assertThat(allows(own, "my own dog")).isFalse();
        Continuation call = MatchStarts.after(List.of("\\bcall\\s*\\d+"), "call");
        assertThat(allows(call, "call 911")).isTrue();
        assertThat(allows(call, "call\t\t911")).isTrue();
        assertThat(allows(call, "call me")).isFalse();
    }

    @Test
    void aBoundedRepeatIsReadAsARun() {
        Continuation c = MatchStarts.after(List.of("\\b\\d{1,2} (?:weeks?|months?) pregnant"), Triggers.DIGIT);
        assertThat(allows(c, "12 weeks pregnant")).isTrue();
        assertThat(allows(c, "123 weeks")).as("a weaker condition than the expression's").isTrue();
        assertThat(allows(c, "12 dollars")).isFalse();
    }

    @Test
    void aRunEndsAPrefixWhereWhatFollowsCouldBeTakenByIt() {
        Continuation c = MatchStarts.after(List.of("\\bsee\\s+ you"), "see");
        assertThat(allows(c, "see  you")).isTrue();
        assertThat(allows(c, "see you")).as("the expression does not match, the prefix stops at the run").isTrue();
        assertThat(allows(c, "see.")).isFalse();
    }

    private static boolean allows(Continuation c, String text) {
        FoldedText f = new FoldedText(text);
        return c.allows(f, 0);
    }
}
