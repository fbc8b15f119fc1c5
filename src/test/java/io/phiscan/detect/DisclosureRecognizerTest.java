package io.phiscan.detect;

import static io.phiscan.detect.Annotations.texts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who a clinical word is about: the writer, their family, the person answered, a named person, or nobody in particular. */
class DisclosureRecognizerTest {

    @Test
    void theWritersOwnHealth() {
        assertThat(texts("I've had a headache for 3 days", "self-disclosure")).containsExactly("I've had a headache");
        assertThat(texts("I'm on lisinopril 20", "self-disclosure")).contains("I'm on lisinopril");
        assertThat(texts("tengo fiebre desde ayer", "self-disclosure")).containsExactly("tengo fiebre");
    }

    @Test
    void aFamilyMembersHealth() {
        assertThat(texts("my 18 month old has had diarrhea for 5 days", "family-disclosure")).isNotEmpty();
        assertThat(texts("my son's rash is back", "family-disclosure")).containsExactly("son's rash", "son's rash is back");
    }

    @Test
    void thePersonAnsweredAndANamedPerson() {
        assertThat(texts("your labs look good", "addressee")).containsExactly("your labs");
        assertThat(texts("Glad Emma's strep test was negative", "named-person")).isNotEmpty();
    }

    @Test
    void healthTalkThatIsNobodysOwn() {
        assertThat(texts("I think the flu vaccine is important for everyone", "self-disclosure")).isEmpty();
        assertThat(texts("I love reading my posts about diabetes", "self-disclosure")).isEmpty();
        assertThat(texts("my patients with asthma need spacers", "self-disclosure")).isEmpty();
        assertThat(texts("my friend has cancer", "self-disclosure")).isEmpty();
        assertThat(texts("La diabetes es la segunda causa de muerte", "third-person")).isEmpty();
    }

    @Test
    void aPossessiveInsideTheClinicalWordsAnchorsThem() {
        assertThat(texts("this rash on my arm came back", "self-disclosure")).containsExactly("rash on my arm");
        assertThat(texts("swelling in his knee since the game", "third-person")).containsExactly("swelling in his knee");
        assertThat(texts("dolor en mi pecho desde ayer", "self-disclosure")).containsExactly("dolor en mi pecho");
    }

    @Test
    void aClinicalSpanWithoutAPossessiveStaysUnanchored() {
        assertThat(texts("a rash on the arm is common after this vaccine", "self-disclosure")).isEmpty();
        assertThat(texts("a rash on the arm is common after this vaccine", "third-person")).isEmpty();
    }

    @Test
    void aFirstPersonVerbInsideTheClinicalWords() {
        assertThat(texts("Desde que nació Joaquín no paro de llorar", "self-disclosure")).containsExactly("no paro de llorar");
        assertThat(texts("can I get my refill moved to CVS", "self-disclosure")).isNotEmpty();
        assertThat(texts("el bebé no para de llorar en las noches", "self-disclosure")).isEmpty();
    }

    @Test
    void anActivityBetweenImAndTheClinicalWordMakesItATopic() {
        assertThat(texts("I'm writing about the measles outbreak", "self-disclosure")).isEmpty();
        assertThat(texts("I'm organizing a 5K for diabetes awareness", "self-disclosure")).isEmpty();
        assertThat(texts("I'm running a fever and I'm still having headaches", "self-disclosure"))
                .containsExactly("I'm running a fever", "I'm still having headaches");
    }
}
