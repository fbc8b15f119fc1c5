package io.phiscan.detect;

import static io.phiscan.detect.Annotations.of;
import static io.phiscan.detect.Annotations.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Signal;
import org.junit.jupiter.api.Test;

/** Person names come from context, never from a capitalized word alone. */
class NameRecognizerTest {

    @Test
    void jordanTheCountryIsNotAName() {
        assertThat(texts("We just got back from Jordan, the food was amazing", "name")).isEmpty();
        assertThat(texts("Jordan is beautiful in the spring", "name")).isEmpty();
    }

    @Test
    void jordanThePersonIsOne() {
        assertThat(texts("my son Jordan has a fever", "name")).containsExactly("Jordan");
        assertThat(texts("Jordan has been coughing all night", "name")).containsExactly("Jordan");
        assertThat(texts("Jordan's inhaler ran out", "name")).containsExactly("Jordan");
    }

    @Test
    void aNameThatGotHurtIsOne() {
        assertThat(texts("you were on call the night Ava broke her wrist at the trampoline park", "name")).containsExactly("Ava");
        assertThat(texts("Hunter fell off the swing and hit his head", "name")).containsExactly("Hunter");
        assertThat(texts("Jordan cut his finger on a can and it is still bleeding", "name")).containsExactly("Jordan");
        // the same verbs with nothing clinical after them
        assertThat(texts("May broke the record again this year", "name")).isEmpty();
        assertThat(texts("Jordan cut ties with the old regime", "name")).isEmpty();
    }

    @Test
    void aMessageInCapitalsHasItsNamesFound() {
        assertThat(texts("DR COLE MY SUGAR WAS 48 THIS MORNING. DO I STILL TAKE MY GLIPIZIDE TONIGHT. THIS IS DOROTHY", "name"))
                .containsExactly("COLE", "DOROTHY");
        assertThat(texts("MY GRANDSON MASON HAS A FEVER OF 103 SINCE LAST NIGHT", "name")).containsExactly("MASON");
        // "DR COLE" is the provider; in capitals every word looks like a name: only known given names count, whatever the context
        assertThat(texts("MY SON HAS HAD A FEVER SINCE TUESDAY AND WONT EAT", "name")).isEmpty();
        assertThat(texts("WE JUST GOT BACK FROM JORDAN AND I HAVE A RASH", "name")).isEmpty();
    }

    @Test
    void theParentOfANamedChild() {
        assertThat(texts("hi its marisol mom of Tyler, he still has the cough", "name")).containsExactly("Tyler");
        // a known given name only: "mother of" is also a phrase
        assertThat(texts("the Mother of Invention strikes again", "name")).isEmpty();
    }

    @Test
    void introductionsParentsGreetingsAndSignOffs() {
        assertThat(texts("Hi Dr. Okafor, this is Maria, Sofia's mom.", "name")).contains("Maria", "Sofia");
        assertThat(texts("it's James Whitfield, Ethan's dad", "name")).contains("James Whitfield", "Ethan");
        assertThat(texts("Hola Rosa, que se mejore", "name")).containsExactly("Rosa");
        assertThat(texts("Thanks for everything. - Maria", "name")).containsExactly("Maria");
        assertThat(texts("Doctora soy Carmen la abuela de Sofía", "name")).contains("Carmen", "Sofía");
    }

    @Test
    void titledNamesAndProviders() {
        assertThat(texts("Mrs. Owens called about her refill", "name")).containsExactly("Owens");
        assertThat(of("Hi Dr. Cole, quick question").stream().filter(s -> s.category().equals("name")).map(Signal::rule))
                .containsExactly(NameRecognizer.PROVIDER);
    }

    @Test
    void aMonthOrAVirtueIsNotAName() {
        assertThat(texts("May is Mental Health Awareness Month. Grace under pressure!", "name")).isEmpty();
    }

    @Test
    void aNameTheMessageAddressesIsVocative() {
        assertThat(of("Marcus, really proud of you for getting back to work").stream()
                .filter(s -> s.category().equals("name")).map(Signal::rule)).containsExactly(NameRecognizer.VOCATIVE);
        assertThat(texts("Get well soon, Jayden! Stay off that ankle", "name")).containsExactly("Jayden");
        assertThat(texts("¡Felicidades Lupe! Qué bueno que todo salió bien", "name")).containsExactly("Lupe");
        assertThat(texts("Congratulations on your retirement, Bill!", "name")).containsExactly("Bill");
    }

    @Test
    void aCountryListOrAMonthInVocativePositionIsNot() {
        assertThat(texts("Jordan, Syria and Lebanon signed the accord.", "name")).isEmpty();
        assertThat(texts("Hope you feel better by May.", "name")).isEmpty();
        assertThat(texts("Sure, I can do that.", "name")).isEmpty();
    }
}
