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
}
