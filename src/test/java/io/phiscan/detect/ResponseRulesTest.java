package io.phiscan.detect;

import static io.phiscan.detect.Annotations.rules;
import static io.phiscan.detect.Annotations.texts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The owner's kinds of answer: clinical advice, taking it offline, sending to emergency care. */
class ResponseRulesTest {

    @Test
    void clinicalAdviceInItsForms() {
        assertThat(rules("Yes, 2 puffs every 4 hours as needed")).contains("resp.dosing");
        assertThat(rules("Take it twice a day for 5 days.")).contains("resp.instruction");
        assertThat(rules("I sent 90 days of lisinopril to Walgreens")).contains("resp.prescribing");
        assertThat(rules("Your biopsy was benign")).contains("resp.results");
        assertThat(rules("That sounds like cellulitis")).contains("resp.assessment");
        assertThat(rules("Dele paracetamol cada 6 horas")).contains("resp.instruction", "resp.dosing");
    }

    @Test
    void takingItOffline() {
        assertThat(texts("Please call the office at (555) 201-4400. I can't give medical advice here on X.", "offline"))
                .contains("Please call the office", "can't give medical advice here");
        assertThat(texts("Por favor llame al consultorio", "offline")).containsExactly("llame al consultorio");
        assertThat(texts("go to the ER or call 911", "emergency")).containsExactly("go to the ER", "call 911");
    }

    @Test
    void aCommaIsNotAnInstruction() {
        assertThat(rules("Higher HDL, lower LDL is the goal")).doesNotContain("resp.instruction");
    }

    @Test
    void adviceAsPeopleAlsoGiveIt() {
        assertThat(rules("Sigamos con la misma dosis y nos vemos en 3 meses")).contains("resp.prescribing");
        assertThat(rules("Vaya ahora a Labor y Parto, no espere")).contains("resp.emergency");
        assertThat(texts("Yes, go back to 10 mg for now", "advice")).containsExactly("go back to 1");
        assertThat(texts("it won't affect your usual pill", "advice")).containsExactly("won't affect your");
        assertThat(texts("Give her 5 ml now", "advice")).isNotEmpty();
    }

    @Test
    void wordsOfAdviceThatAreNotClinical() {
        assertThat(texts("go back to work on Monday", "advice")).isEmpty();
        assertThat(texts("this won't affect the meeting", "advice")).isEmpty();
        assertThat(texts("Give us a call tomorrow", "advice")).isEmpty();
        assertThat(texts("Vamos al parque el sábado", "advice")).isEmpty();
    }

    @Test
    void careTheOwnerGaveOrWillGive() {
        assertThat(texts("the retinol you recommended has turned my face red", "prior-care")).containsExactly("you recommended");
        assertThat(texts("See you at your next check-in", "prior-care")).containsExactly("See you at your next check-in");
        assertThat(texts("Nos vemos en su revisión de 6 semanas", "prior-care")).isNotEmpty();
        assertThat(texts("what do you recommend for sunburn?", "prior-care")).isEmpty();
        assertThat(texts("See you at the party!", "prior-care")).isEmpty();
    }

    @Test
    void cliniciansComparingNotes() {
        assertThat(texts("anyone else seeing a ton of walking pneumonia in kids this fall? we're doing azithro for most",
                "colleague")).containsExactly("anyone else seeing", "we're doing azithro for most");
        assertThat(texts("is anyone else's kid sick this week?", "colleague")).isEmpty();
    }

    @Test
    void theWriterIsThePatientInOtherWords() {
        assertThat(texts("hey dr shah its eli (u see me for my T)", "patient-self")).containsExactly("u see me for");
        assertThat(texts("Hola doctora, soy paciente suya.", "patient-self")).containsExactly("soy paciente suya");
        assertThat(texts("the escitalopram you give me in winter not working anymore", "prior-care")).containsExactly("you give me");
        assertThat(texts("see you for lunch Friday", "patient-self")).isEmpty();
        assertThat(texts("soy paciente con los niños", "patient-self")).isEmpty();
        assertThat(texts("can you give me a referral?", "prior-care")).isEmpty();
    }

    @Test
    void theWriterDescribedByTheirCare() {
        assertThat(texts("the filler u did last week has a weird lump", "prior-care")).containsExactly("u did");
        assertThat(texts("hey its the guy with the ingrown toenail from monday", "patient-self")).isNotEmpty();
        assertThat(texts("Shoutout to my favorite 97-year-old patient Mrs. Dolan", "own-patient")).isNotEmpty();
        assertThat(texts("what did u do last week?", "prior-care")).isEmpty();
        assertThat(texts("it's me, open the door", "patient-self")).isEmpty();
        assertThat(texts("my patience is wearing thin", "own-patient")).isEmpty();
    }

    @Test
    void aReporterAFundraiserAndAChildsSportsPhysical() {
        assertThat(texts("I'm writing about the measles outbreak", "not-a-patient")).containsExactly("I'm writing about");
        assertThat(texts("would your clinic sponsor a water station for our 5K?", "promotion")).isNotEmpty();
        assertThat(texts("can u send me the form for my kid's sports physical?", "prior-care")).containsExactly("my kid's sports physical");
        assertThat(texts("I'm writing to ask about my rash", "not-a-patient")).isEmpty();
    }

    @Test
    void aTreatmentThePersonNeeds() {
        assertThat(texts("Nico, near the eye you need oral steroids, a cream won't be enough.", "advice"))
                .containsExactly("you need oral steroids");
        assertThat(texts("she'll need stitches, take her to urgent care", "advice")).containsExactly("she'll need stitches");
        assertThat(texts("you need a new phone", "advice")).isEmpty();
    }

    @Test
    void aParentFromTheErAndTheDoctorOnCall() {
        assertThat(texts("hey doc, it's the dad from the ER last month", "patient-self")).containsExactly("it's the dad from the ER");
        assertThat(texts("you were on call the night she broke her wrist", "prior-care")).containsExactly("you were on call");
        assertThat(texts("thanks for being so calm with her", "prior-care")).isNotEmpty();
        assertThat(texts("thank you for being so patient with us while the site was down", "prior-care")).isEmpty();
    }
}
