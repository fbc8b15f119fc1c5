package io.phiscan.detect;

import io.phiscan.model.Message;
import io.phiscan.model.Severity;
import io.phiscan.model.Signal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the signals of some messages (one counterpart's, or one message of the owner) add up to:
 * which clinical categories, who the clinical words are about, whether care is sought, which
 * identifiers. A working value of one scoring call; not shared between threads.
 */
final class Evidence {
    /** Identifier kinds that point at a person (handles and links do not count: the account already does). */
    static final Set<String> PERSONAL = Set.of("name", "dob", "date", "age-over-89", "phone", "fax", "email", "ssn",
            "record-number", "plan-number", "account-number", "address", "zip", "license", "vehicle", "photo", "attachment",
            "ip");
    final Set<String> clinical = new TreeSet<>();
    final Set<String> disclosures = new TreeSet<>();
    final Set<String> cues = new TreeSet<>();
    final Set<String> identifiers = new TreeSet<>();
    boolean careRequest;
    boolean attachment;
    boolean bodyPart;
    boolean question;
    boolean names;
    /** A message addresses someone by name ("Hi Zoe", "Marcus, ..."). */
    boolean addressed;
    boolean promotion;
    boolean colleague;
    boolean aside;
    boolean general;
    boolean supply;
    boolean yourHealth;
    boolean asks;
    final Set<String> adviceRules = new TreeSet<>();
    boolean advice;
    boolean offline;
    boolean emergency;
    boolean declined;
    boolean sympathy;
    boolean direct;
    boolean isPublic;
    Severity raise;

    void add(Message m, List<Signal> signals, java.util.Map<String, CustomRule> custom) {
        boolean askedHere = false;
        for (Signal s : signals) {
            CustomRule rule = custom.get(s.rule());
            if (rule != null && rule.raise() != null && (raise == null || rule.raise().atLeast(raise))) {
                raise = rule.raise();
            }
            switch (s.kind()) {
                case Signal.CLINICAL -> {
                    if (s.category().equals("care-request")) {
                        careRequest = true;
                    } else if (s.category().equals("body-part")) {
                        bodyPart = true;
                    } else {
                        clinical.add(s.category());
                        askedHere |= asked(m.text(), s);
                    }
                }
                case Signal.IDENTIFIER -> {
                    boolean vocative = s.rule().equals(NameRecognizer.VOCATIVE);
                    addressed |= vocative;
                    if (vocative && m.direction() == io.phiscan.model.Direction.INBOUND) {
                        continue; // a counterpart greeting someone by name: the owner, as a rule, not the patient
                    }
                    if (PERSONAL.contains(s.category()) && !s.rule().equals(NameRecognizer.PROVIDER)) {
                        identifiers.add(s.category());
                        names |= s.category().equals("name");
                    } else if (rule != null) {
                        identifiers.add(s.category());
                    }
                }
                case Signal.RELATIONSHIP -> {
                    if (s.rule().startsWith(DisclosureRecognizer.ID)) {
                        disclosures.add(s.category());
                        String t = s.text().toLowerCase(java.util.Locale.ROOT);
                        yourHealth |= s.category().equals("addressee") && (t.startsWith("your ") || t.startsWith("ur ")
                                || t.startsWith("tu ")) && !t.startsWith("your own");
                    } else {
                        cues.add(s.category());
                    }
                }
                case CueRules.RESPONSE -> {
                    if (s.category().equals("advice")) {
                        advice = true;
                        adviceRules.add(s.rule());
                    }
                    offline |= s.category().equals("offline");
                    declined |= s.rule().equals("resp.declined");
                    sympathy |= s.category().equals("sympathy");
                    emergency |= s.category().equals("emergency");
                }
                case CueRules.CONTEXT -> {
                    promotion |= s.category().equals("promotion");
                    colleague |= s.category().equals("colleague");
                    aside |= s.category().equals("not-a-patient");
                    general |= s.category().equals("general");
                    supply |= s.category().equals("supply");
                }
                default -> {
                }
            }
        }
        boolean disclosedHere = signals.stream().anyMatch(s -> s.rule().startsWith(DisclosureRecognizer.ID)
                && !s.category().equals("addressee"));
        question |= askedHere || disclosedHere && m.text().indexOf('?') >= 0;
        attachment |= !m.attachments().isEmpty();
        asks |= m.text().indexOf('?') >= 0;
        direct |= !m.visibility().isPublic();
        isPublic |= m.visibility().isPublic();
    }

    private static final java.util.regex.Pattern PERSON = java.util.regex.Pattern.compile(
            "(?i)\\b(?:i|i'm|im|i've|my|me|we|our|us|he|she|his|her|him|they|them|mi|yo|le|lo|ella|su|usted|this|it|that)\\b");

    /** The clinical term is in a question that speaks of someone: "is this normal for him?", "¿le doy ibuprofeno?". */
    private static boolean asked(String text, Signal s) {
        int[] b = FoldedText.sentence(text, s.start(), s.end());
        return b[1] < text.length() && text.charAt(b[1]) == '?' && PERSON.matcher(text.substring(b[0], b[1])).find()
                || text.lastIndexOf('\u00bf', s.start()) > text.lastIndexOf('.', s.start()) && text.indexOf('?', s.end()) >= 0;
    }

    /** The owner's advice is an instruction, a prescription, a result or an assessment (not only a dosing phrase). */
    boolean directedAdvice() {
        return adviceRules.contains("resp.instruction") || adviceRules.contains("resp.prescribing")
                || adviceRules.contains("resp.results") || adviceRules.contains(AssessmentRecognizer.ID);
    }

    boolean strongClinical() {
        return !clinical.isEmpty();
    }

    boolean seeking() {
        return careRequest || question;
    }

    boolean patientCue() {
        return cues.contains("patient-self") || cues.contains("prior-care");
    }

    /** The clinical words are about the writer, their family, or a named person. */
    boolean anchored() {
        return disclosures.contains("self-disclosure") || disclosures.contains("family-disclosure")
                || disclosures.contains("named-person") || disclosures.contains("third-person")
                && (cues.contains("family") || names || patientCue() || seeking());
    }

    /** The owner's words are about the person they answer: "your labs", "Emma's strep test", "give her". */
    boolean aboutAddressee() {
        return disclosures.contains("addressee") || disclosures.contains("named-person")
                || disclosures.contains("third-person") && advice;
    }
}
