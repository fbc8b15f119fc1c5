package io.phiscan.report;

import io.phiscan.model.Signal;
import java.util.Map;

/**
 * What each detection rule means, in the words a compliance officer reads beside a highlighted
 * span. A rule this list does not know (a newer rule, a policy's custom rule) is explained by its
 * kind. Stateless and thread-safe.
 */
final class RuleGlossary {
    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("id.name", "a person's name, in a context that ties it to someone (\"my son Jacob\", \"this is Pat\")"),
            Map.entry("id.dob", "a date of birth"),
            Map.entry("id.date", "a date tied to a person (a visit, an admission, a birth)"),
            Map.entry("id.age", "an age over 89, an identifier under HIPAA Safe Harbor"),
            Map.entry("id.phone", "a telephone number"),
            Map.entry("id.fax", "a fax number"),
            Map.entry("id.email", "an e-mail address"),
            Map.entry("id.ssn", "a Social Security number (valid by the SSA's rules)"),
            Map.entry("id.mrn", "a medical record or chart number, recognized by the words around it"),
            Map.entry("id.member", "a health-plan member, policy or account number, recognized by the words around it"),
            Map.entry("id.address", "a street address"),
            Map.entry("id.zip", "a ZIP code"),
            Map.entry("id.url", "a web address"),
            Map.entry("id.ip", "an IP address"),
            Map.entry("id.license", "a licence or certificate number"),
            Map.entry("id.vehicle", "a vehicle identifier or plate number"),
            Map.entry("id.photo", "a photo attached to a clinical message"),
            Map.entry("clin.symptom", "a symptom"),
            Map.entry("clin.condition", "a condition or diagnosis"),
            Map.entry("clin.medication", "a medication"),
            Map.entry("clin.dose", "a dose or amount of a medication"),
            Map.entry("clin.vital", "a vital sign or measured value (temperature, blood pressure, glucose)"),
            Map.entry("clin.test", "a test or its result"),
            Map.entry("clin.procedure", "a procedure"),
            Map.entry("clin.care-request", "a request for care: a refill, an appointment, \"should I bring her in\""),
            Map.entry("rel.patient", "the writer says they are the owner's patient"),
            Map.entry("rel.prior-care", "the writer refers to care the owner gave (\"you saw her on Tuesday\")"),
            Map.entry("rel.family", "the writer speaks for a family member (\"my son\", \"Leo's mom\")"),
            Map.entry("rel.self", "the writer discloses their own health"),
            Map.entry("resp.instruction", "the owner gives clinical advice (a dose, a frequency, what to do)"),
            Map.entry("resp.offline", "the owner takes the discussion offline (\"please call the office\")"));

    private RuleGlossary() {
    }

    /** The explanation of a signal's rule. */
    static String explain(Signal s) {
        String known = RULES.get(s.rule());
        if (known != null) {
            return known;
        }
        return switch (s.kind()) {
            case Signal.IDENTIFIER -> "an identifier (" + s.category() + ")";
            case Signal.CLINICAL -> "clinical content (" + s.category() + ")";
            case Signal.RELATIONSHIP -> "a cue that the writer is or speaks for a patient (" + s.category() + ")";
            case "response" -> "the owner's response (" + s.category() + ")";
            default -> s.kind() + " (" + s.category() + ")";
        };
    }
}
