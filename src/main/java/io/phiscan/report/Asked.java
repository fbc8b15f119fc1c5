package io.phiscan.report;

import io.phiscan.model.Direction;
import io.phiscan.model.Finding;
import io.phiscan.model.Message;
import io.phiscan.model.Signal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a finding's counterparts asked or shared, in plain words by category and never in their
 * own words: "symptoms, a medication, a dose", "a date of birth". Stateless.
 */
final class Asked {
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("symptom", "symptoms"), Map.entry("condition", "a condition"), Map.entry("medication", "a medication"),
            Map.entry("dose", "a dose"), Map.entry("test", "a test or its results"), Map.entry("procedure", "a procedure"),
            Map.entry("vital", "a vital sign (temperature, blood pressure…)"),
            Map.entry("care-request", "a request for care (advice, a refill, whether to come in)"),
            Map.entry("name", "a person's name"), Map.entry("dob", "a date of birth"), Map.entry("phone", "a phone number"),
            Map.entry("email", "an email address"), Map.entry("ssn", "a Social Security number"),
            Map.entry("record-number", "a medical record number"), Map.entry("plan-number", "a health plan or account number"),
            Map.entry("address", "a street address"), Map.entry("age-over-89", "an age over 89"),
            Map.entry("patient-self", "says they are a patient"), Map.entry("prior-care", "refers to a past visit or treatment"),
            Map.entry("family", "writes about a family member"), Map.entry("self-disclosure", "writes about their own health"));

    private Asked() {
    }

    /** The clinical categories of the counterparts' messages (of all messages when they wrote none). */
    static List<String> clinical(Finding f) {
        return words(f, Signal.CLINICAL);
    }

    static List<String> identifiers(Finding f) {
        return words(f, Signal.IDENTIFIER);
    }

    static List<String> relationship(Finding f) {
        return words(f, Signal.RELATIONSHIP);
    }

    /** One line: "symptoms, a medication; shared a date of birth". */
    static String summary(Finding f) {
        String clinical = String.join(", ", clinical(f));
        String ids = String.join(", ", identifiers(f));
        return (clinical.isEmpty() ? "no clinical category" : clinical) + (ids.isEmpty() ? "" : "; shared " + ids);
    }

    private static List<String> words(Finding f, String kind) {
        Set<String> inbound = new TreeSet<>();
        f.messages().stream().filter(m -> m.direction() == Direction.INBOUND).map(Message::id).forEach(inbound::add);
        boolean anyInbound = !inbound.isEmpty();
        Set<String> out = new LinkedHashSet<>();
        for (Signal s : f.signals()) {
            if (s.kind().equals(kind) && (!anyInbound || inbound.contains(s.messageId()))) {
                out.add(WORDS.getOrDefault(s.category(), s.category().replace('-', ' ')));
            }
        }
        return List.copyOf(out);
    }
}
