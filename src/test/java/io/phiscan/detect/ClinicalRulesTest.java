package io.phiscan.detect;

import static io.phiscan.detect.Annotations.rules;
import static io.phiscan.detect.Annotations.texts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Clinical content: lexicon terms as people type them, doses, vitals with plausible values, results, logistics. */
class ClinicalRulesTest {

    @Test
    void medicationsByBrandGenericSpanishAndMisspelling() {
        assertThat(texts("keep giving the amoxicillin? or Motrin? or ibuprofeno?", "medication"))
                .containsExactly("amoxicillin", "Motrin", "ibuprofeno");
        assertThat(texts("the amoxicilin and the ibuprofren", "medication")).containsExactly("amoxicilin", "ibuprofren");
        assertThat(texts("started cephalexxin yesterday", "medication")).containsExactly("cephalexxin");
        assertThat(rules("started cephalexxin yesterday")).contains("clin.medication.spelling");
    }

    @Test
    void everydayWordsNearADrugNameAreNotMisspellings() {
        assertThat(texts("the video kept morphing and buffering", "medication")).isEmpty();
    }

    @Test
    void dosesAndVitals() {
        assertThat(texts("5 ml twice a day, 2 puffs, half a tab", "dose")).containsExactly("5 ml", "2 puffs", "half a tab");
        assertThat(texts("her fever is 102.5 tonight", "vital")).containsExactly("fever is 102.5");
        assertThat(texts("tiene fiebre de 39", "vital")).containsExactly("fiebre de 39");
        assertThat(texts("bp at home was 148/96", "vital")).containsExactly("bp at home was 148/96");
        assertThat(texts("my A1c is 8.9", "vital")).containsExactly("A1c is 8.9");
        assertThat(texts("sugar has been running 200s", "vital")).containsExactly("sugar has been running 200s");
    }

    @Test
    void numbersThatAreNotVitals() {
        assertThat(texts("tune in to 102.5 FM", "vital")).isEmpty();
        assertThat(texts("the fever dream of a movie lasted 102 minutes", "vital")).isEmpty();
        assertThat(texts("blood pressure: 300/20", "vital")).as("not a plausible pressure").isEmpty();
        assertThat(texts("add 5g of sugar", "vital")).isEmpty();
    }

    @Test
    void testsAndResults() {
        assertThat(texts("my LDL came back 182", "result")).containsExactly("LDL came back 182");
        assertThat(texts("she tested positive for strep", "result")).containsExactly("tested positive");
        assertThat(texts("the biopsy you took, did the results come back?", "test")).contains("biopsy");
    }

    @Test
    void statesAndPainInABodyPart() {
        assertThat(texts("my knee is swollen and my back is killing me", "symptom"))
                .contains("knee is swollen", "back is killing me");
        assertThat(texts("his ear is draining yellow stuff", "symptom")).contains("ear is draining");
        assertThat(texts("me duele la cabeza", "symptom")).containsExactly("me duele la cabeza");
        assertThat(texts("my son is sick again", "symptom")).containsExactly("is sick");
    }

    @Test
    void sickOfSomethingIsNotIllness() {
        assertThat(texts("I'm sick of my job and sick and tired of meetings", "symptom")).isEmpty();
    }

    @Test
    void careLogistics() {
        assertThat(texts("Could you send a refill to Main Street Pharmacy?", "care-request")).containsExactly("Could you send a");
        assertThat(texts("should I bring her in or wait til monday", "care-request")).contains("should I bring");
        assertThat(texts("¿Le doy ibuprofeno?", "care-request")).containsExactly("Le doy");
    }

    @Test
    void figuresOfSpeechWithdrawTheClinicalWordsTheyBorrow() {
        assertThat(texts("this traffic is giving me a heart attack lol", "condition")).isEmpty();
        assertThat(texts("this traffic is giving me a heart attack lol", "figure-of-speech")).hasSize(1);
        assertThat(texts("prior auths are a cancer on American medicine", "condition")).isEmpty();
        assertThat(texts("I'm allergic to Mondays", "condition")).isEmpty();
        assertThat(texts("my dad had a heart attack last night", "condition")).containsExactly("heart attack");
    }

    @Test
    void logisticsVerbsAboutAPrescriptionAndAskingForANewPatientSlot() {
        assertThat(texts("can u move my lisinopril refill to the CVS on 5th st", "care-request"))
                .containsExactly("move my lisinopril refill to");
        assertThat(texts("Could you get my Eliquis prescription sent to Kroger?", "care-request")).isNotEmpty();
        assertThat(texts("Are you taking new patients? We're scared.", "care-request")).containsExactly("taking new patients");
        assertThat(texts("we moved the office to 5th street and changed the phone system", "care-request")).isEmpty();
        assertThat(texts("can you move my car to the garage", "care-request")).isEmpty();
    }

    @Test
    void selfHarmToldPlainly() {
        assertThat(texts("our son told his counselor he's been cutting. We're scared", "symptom")).containsExactly("been cutting");
        assertThat(texts("she started cutting again last month", "symptom")).containsExactly("started cutting");
        assertThat(texts("I've been cutting back on sugar", "symptom")).isEmpty();
        assertThat(texts("she was cutting onions for dinner", "symptom")).isEmpty();
    }

    @Test
    void recoveryFromSubstanceUseByItsCount() {
        assertThat(texts("Congrats on 6 months sober!!", "condition")).containsExactly("months sober");
        assertThat(texts("I'll be the sober driver tonight", "condition")).isEmpty();
    }

    @Test
    void aBodyPartCaredForAsAnInjury() {
        assertThat(texts("Stay off that ankle and keep icing it", "symptom")).containsExactly("Stay off that ankle");
        assertThat(texts("stay off social media this weekend", "symptom")).isEmpty();
    }

    @Test
    void aMedicationByAGenericWordThatIsTheWritersOwn() {
        assertThat(texts("i think my dose is too high??", "medication")).containsExactly("my dose");
        assertThat(texts("le mando foto de la receta que me dieron en la farmacia", "medication"))
                .containsExactly("la receta que me dieron");
        assertThat(texts("the pills you gave me make me dizzy", "medication")).containsExactly("the pills you gave me");
        assertThat(texts("the pills are in the kitchen", "medication")).isEmpty();
    }

    @Test
    void moreWaysToAskForCare() {
        assertThat(texts("can we lower it without my dad coming to the appt", "care-request")).contains("can we lower");
        assertThat(texts("missed my bp pill yesterday. double up today or no", "care-request")).containsExactly("double up");
        assertThat(texts("sorry i missed my appt, can i get back in next week?", "care-request")).containsExactly("can i get back in");
        assertThat(texts("I need to reschedule my physical", "care-request")).isNotEmpty();
        assertThat(texts("let's double up on coffee tomorrow", "care-request")).isEmpty();
        assertThat(texts("can we get back to the game plan", "care-request")).isEmpty();
    }

    @Test
    void pregnancyAndAfterInSpanishAsPeopleSayIt() {
        assertThat(texts("Creo que tengo como 7 semanas", "condition")).containsExactly("tengo como 7 semanas");
        assertThat(texts("Desde que nació Joaquín no paro de llorar", "condition")).containsExactly("Desde que nació");
        assertThat(texts("hace como 7 semanas que no lo veo", "condition")).isEmpty();
        assertThat(texts("vivo aquí desde que nací", "condition")).isEmpty();
    }

    @Test
    void almostAHeartAttackIsAFigureButHavingOneIsNot() {
        assertThat(texts("el partido de ayer casi me da un infarto 😂", "condition")).isEmpty();
        assertThat(texts("a mi papá le dio un infarto el año pasado", "condition")).containsExactly("infarto");
    }

    @Test
    void aDeathToldOfSomeoneClose() {
        assertThat(texts("you treated my father last spring. He passed in October.", "condition")).containsExactly("He passed");
        assertThat(texts("Grandpa passed away on Sunday", "condition")).containsExactly("passed away");
        assertThat(texts("he passed the exam in October", "condition")).isEmpty();
        assertThat(texts("my phone died, call me later", "condition")).isEmpty();
    }

    @Test
    void vapingSamplesAndGoodOrBad() {
        assertThat(texts("I found a vape in Ava's backpack", "condition")).containsExactly("vape");
        assertThat(texts("when do I drop off the sample?", "care-request")).containsExactly("drop off the sample");
        assertThat(texts("it's draining pus now, is that good or bad", "care-request")).containsExactly("is that good or bad");
        assertThat(texts("I'll drop off the kids at 8", "care-request")).isEmpty();
        assertThat(texts("is that good news or what", "care-request")).isEmpty();
    }

    @Test
    void statesInPlainOrNonNativeWords() {
        assertThat(texts("My mother fall last week, now she not eating and sleep all day", "symptom"))
                .contains("mother fall", "she not eating", "sleep all day");
        assertThat(texts("my 2 yo swallowed a button battery maybe??", "symptom")).containsExactly("swallowed a button battery");
        assertThat(texts("the new antidepressant is killing my sex drive", "symptom")).containsExactly("sex drive");
        assertThat(texts("she not going to the party", "symptom")).isEmpty();
        assertThat(texts("the ATM swallowed my card", "symptom")).isEmpty();
    }

    @Test
    void familyMedicineIsASpecialtyNotAMisspelledDrug() {
        assertThat(texts("we have family medicine shifts open", "medication")).isEmpty();
        assertThat(texts("the amoxicilin made her sick", "medication")).containsExactly("amoxicilin");
    }

    @Test
    void questionsInOtherWordOrders() {
        assertThat(texts("She is 91. What we should do?", "care-request")).containsExactly("What we should do");
        assertThat(texts("is there something else I can switch to", "care-request")).isNotEmpty();
        assertThat(texts("what we did last summer was great", "care-request")).isEmpty();
    }

    @Test
    void bedWettingEatingAndBreathingAsParentsAndTeensWriteThem() {
        assertThat(texts("he still wets the bed every night, is that normal at 4?", "symptom")).containsExactly("wets the bed");
        assertThat(texts("coughing like a seal barking and a squeaky noise, stridor?", "symptom")).contains("stridor");
        assertThat(texts("i havent been eating and sometimes i make myself throw up", "symptom"))
                .containsExactly("havent been eating", "make myself throw up");
        assertThat(texts("anda muy confundida y casi no orina, se le hincharon los pies", "symptom"))
                .containsExactly("muy confundida", "casi no orina", "se le hincharon");
    }

    @Test
    void askingForAShotRecordIsCareLogistics() {
        assertThat(texts("I need his shot record for preschool", "care-request")).containsExactly("need his shot record");
        assertThat(texts("we need new chairs for the waiting room", "care-request")).isEmpty();
    }

    @Test
    void secondhandAndChainedFiguresOfSpeech() {
        assertThat(texts("this reel gave me secondhand sunburn lmao", "symptom")).isEmpty();
        assertThat(texts("This EHR upgrade is giving me a migraine and probably an ulcer.", "condition")).isEmpty();
    }

    @Test
    void aComplaintOfSomeoneCloseThatCameBack() {
        assertThat(texts("doc my son rash is back. same like last month", "condition")).containsExactly("rash is back");
        assertThat(texts("her migraines came back this week", "condition")).isNotEmpty();
        assertThat(texts("desde ayer le volvió la fiebre", "condition")).isNotEmpty();
        assertThat(texts("my son is back from college for the summer", "condition")).isEmpty();
        assertThat(rules("the flu is back in the news")).doesNotContain("clin.recurrence");
    }

    @Test
    void hiddenBladesAndHopelessWordsAreSelfHarmSigns() {
        assertThat(texts("i found razor blades taped under her bathroom sink", "symptom")).isNotEmpty();
        assertThat(texts("she keeps saying whats even the point", "symptom")).containsExactly("whats even the point");
        assertThat(texts("dice que ya no quiere vivir", "symptom")).isNotEmpty();
        assertThat(texts("found razor blades on sale at the hardware store", "symptom")).isEmpty();
        assertThat(texts("what's the point of this meeting", "symptom")).isEmpty();
    }

    @Test
    void askingWhatToDoWhoToCallAndToBeSeenSooner() {
        assertThat(texts("is there something I should do", "care-request")).isNotEmpty();
        assertThat(texts("she says im overreacting. who do i even call", "care-request")).isNotEmpty();
        assertThat(texts("is there any way to get in before august", "care-request")).isNotEmpty();
        assertThat(texts("Se nos acabó el montelukast", "care-request")).isNotEmpty();
        assertThat(texts("¿me la puede mandar?", "care-request")).isNotEmpty();
        assertThat(texts("I got towed from your lot. Who do I talk to?", "care-request")).isEmpty();
        assertThat(texts("any way to get in before the concert starts", "care-request")).isEmpty();
    }
}
