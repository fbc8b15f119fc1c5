package io.phiscan.detect;

import io.phiscan.model.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every rule of the detector, each a named value whose id appears in explanations. Patterns are
 * written against folded text (lower case, no accents), English and Spanish side by side.
 */
public final class Recognizers {
    private Recognizers() {
    }

    static final String LEXICON = "/io/phiscan/detect/lexicon/";
    static final String DATE = "(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)?\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2}"
            + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\\d{2}"
            + "|\\d{1,2} (?:de )?(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
            + "(?: de)? (?:19|20)\\d{2})";

    // Identifiers (HIPAA Safe Harbor kinds as they occur in messages)
    static final Recognizer PHONE = new PatternRecognizer("id.phone", Signal.IDENTIFIER, "phone",
            "(?<![\\d-])(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)|\\d{3})[\\s.-]?\\d{3}[\\s.-]\\d{4}(?![\\d-])",
            Recognizers::plausiblePhone);
    static final Recognizer EMAIL = new PatternRecognizer("id.email", Signal.IDENTIFIER, "email",
            "\\b[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}\\b");
    static final Recognizer DOB = new PatternRecognizer("id.dob", Signal.IDENTIFIER, "dob",
            "\\b(?:dob|d\\.o\\.b\\.?|date of birth|birth ?date|born(?: on)?|fecha de nacimiento|nacio el|nacida el|nacido el)"
            + "\\s*[:\\-]?\\s*(?<v>" + DATE + ")");
    static final Recognizer AGE_OVER_89 = new PatternRecognizer("id.age", Signal.IDENTIFIER, "age-over-89",
            "\\b(?<v>(?:9\\d|1[01]\\d)) ?(?:-| )?(?:years?|yrs?|y/?o|anos)\\b");
    static final Recognizer SSN = new PatternRecognizer("id.ssn", Signal.IDENTIFIER, "ssn",
            "(?<!\\d)\\d{3}-\\d{2}-\\d{4}(?!\\d)", Recognizers::validSsn);
    static final Recognizer MRN = new PatternRecognizer("id.mrn", Signal.IDENTIFIER, "record-number",
            "\\b(?:mrn|medical record(?: number| no\\.?| #)?|chart(?: number| no\\.?| #)|patient id|expediente)"
            + "\\s*(?:is|:|#)?\\s*#?\\s*(?<v>[a-z]{0,3}\\d[a-z0-9-]{3,})");
    static final Recognizer MEMBER = new PatternRecognizer("id.member", Signal.IDENTIFIER, "plan-number",
            "\\b(?:member|policy|subscriber|insurance|medicaid|medicare|account)\\s*(?:id|number|no\\.?|#)"
            + "\\s*(?:is|:|#)?\\s*(?<v>[a-z]{0,3}\\d[a-z0-9-]{4,})");
    static final Recognizer ADDRESS = new PatternRecognizer("id.address", Signal.IDENTIFIER, "address",
            "\\b\\d{1,6} (?:[a-z]+ ){1,3}(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|ct|court"
            + "|way|pl|place|terrace|calle)\\b\\.?");

    // Clinical content
    static final Recognizer DOSE = new PatternRecognizer("clin.dose", Signal.CLINICAL, "dose",
            "\\b\\d+(?:[.,]\\d+)?\\s?(?:mg|mcg|ml|cc|units?|puffs?|tabs?|tablets?|pills?|capsules?|drops?|tsp|teaspoons?"
            + "|gotas|cucharaditas?|pastillas?)\\b");
    static final Recognizer VITAL = new PatternRecognizer("clin.vital", Signal.CLINICAL, "vital",
            "\\b(?:fever|temp|temperature|fiebre|temperatura|bp|blood pressure|presion|pulse|heart rate|sats?|oxygen"
            + "|a1c|hba1c|glucose|sugar|azucar)\\b[^.\\d\\n]{0,16}(?<v>\\d{2,3}(?:[.,]\\d+)?(?:/\\d{2,3})?)");
    static final Recognizer LOGISTICS = new PatternRecognizer("clin.care-request", Signal.CLINICAL, "care-request",
            "\\b(?:can you|could you|would you|please|can i get|could i get)\\s+(?:refill|renew|prescribe|call in|send in"
            + "|send (?:a|the|my|her|his) (?:refill|prescription|script))\\b|\\brefills?\\b|\\bshould i (?:bring|take|give|keep"
            + "|come|go|stop|start|be worried)\\b|\\bbring (?:her|him|them) in\\b|\\bis (?:it|this) normal\\b"
            + "|\\b(?:le doy|puedo darle|debo darle|debo llevarl[oa]|lo llevo|la llevo|le sigo dando|es normal)\\b");
    static final Recognizer INSTRUCTION = new PatternRecognizer("resp.instruction", "response", "advice",
            "\\b(?:give (?:her|him|them)|keep (?:giving|taking|using)|you can (?:give|take|use|try|increase|stop)"
            + "|increase (?:it|her|his|the)|decrease|go up to|cut back|stop (?:giving|taking)|start (?:giving|taking)"
            + "|every \\d+(?:-\\d+)? hours|\\d+ times a day|twice (?:a|per) day|once (?:a|per) day|as needed"
            + "|dele|dale|siga dandole|cada \\d+ horas)\\b");
    static final Recognizer OFFLINE = new PatternRecognizer("resp.offline", "response", "offline",
            "\\b(?:call (?:the|our|my) (?:office|clinic|practice)|please call|give (?:us|the office) a call|(?:book|schedule)"
            + " (?:a|an) (?:visit|appointment)|can'?t (?:give|discuss) (?:medical|health)|cannot (?:give|discuss)"
            + "|not (?:able|allowed) to (?:give|discuss)|through the patient portal|llame (?:a|al) (?:la )?(?:oficina|consultorio"
            + "|clinica)|llamenos|pida una cita)\\b");

    // Relationship cues: the writer is, or speaks for, a patient of the owner
    static final Recognizer PATIENT_SELF = new PatternRecognizer("rel.patient", Signal.RELATIONSHIP, "patient-self",
            "\\b(?:i'?m|i am) (?:your|a|one of your) patients?\\b|\\bsoy (?:su|tu) paciente\\b|\\byour patient\\b");
    static final Recognizer PRIOR_CARE = new PatternRecognizer("rel.prior-care", Signal.RELATIONSHIP, "prior-care",
            "\\byou (?:saw|treated|examined|checked|prescribed|told|gave|did|operated on|referred) (?:me|my|her|him|us|them)\\b"
            + "|\\b(?:after|since) (?:the|my|her|his|our) (?:visit|appointment|scope|surgery|procedure|shots?|vaccines?"
            + "|checkup|check-up|physical)\\b|\\bat (?:my|her|his|our) (?:last )?(?:appointment|visit|checkup|check-up)\\b"
            + "|\\b(?:my|her|his|our) (?:next |last )?(?:appointment|visit)\\b|\\bthe (?:scope|surgery|procedure) you did\\b"
            + "|\\busted (?:lo|la|me|nos|le) (?:vio|atendio|reviso|examino|receto)\\b|\\b(?:la|el) doctora? (?:le|me|nos) receto\\b"
            + "|\\ben (?:la|mi|su) (?:cita|consulta)\\b");
    static final Recognizer FAMILY = new PatternRecognizer("rel.family", Signal.RELATIONSHIP, "family",
            "\\b(?:my|our) (?:son|daughter|kid|child|baby|boy|girl|husband|wife|mom|mother|dad|father|toddler|infant"
            + "|newborn|grandson|granddaughter)'?s?\\b|\\b(?:mi|nuestro|nuestra) (?:hij[oa]|bebe|nin[oa]|espos[oa]|mama|papa"
            + "|niet[oa])\\b|\\b\\p{L}+'s (?:mom|mother|dad|father|mama|papa)\\b");
    static final Recognizer SELF_DISCLOSURE = new PatternRecognizer("rel.self", Signal.RELATIONSHIP, "self-disclosure",
            "\\bi(?:'ve| have)? (?:been )?(?:have|had|having|got|get|feel|felt|am having|'m having|was diagnosed"
            + "|just got diagnosed|think i have)\\b|\\bmy (?:\\p{L}+ )?(?:hurts|is swollen|is bleeding|won'?t stop)\\b"
            + "|\\b(?:tengo|me duele|me siento|estoy con)\\b");

    /** Every rule, the lexicons extended by the policy's additions. */
    public static List<Recognizer> all(Policy policy) {
        List<Recognizer> rules = new ArrayList<>(List.of(PHONE, EMAIL, DOB, AGE_OVER_89, SSN, MRN, MEMBER, ADDRESS,
                DOSE, VITAL, LOGISTICS, INSTRUCTION, OFFLINE, PATIENT_SELF, PRIOR_CARE, FAMILY, SELF_DISCLOSURE));
        List<String> clinicalWords = new ArrayList<>();
        for (String category : List.of("symptom", "condition", "medication", "test", "procedure")) {
            List<String> terms = new ArrayList<>(Lexicon.readTerms(LEXICON + category + "s.txt"));
            terms.addAll(policy.extraTerms().getOrDefault(category, List.of()));
            clinicalWords.addAll(terms);
            rules.add(new LexiconRecognizer("clin." + category, Signal.CLINICAL, category, new Lexicon(terms)));
        }
        rules.add(new NameRecognizer(Lexicon.readWords(LEXICON + "given-names.txt"), new Lexicon(clinicalWords)));
        return List.copyOf(rules);
    }

    /** The rules by id. */
    public static Map<String, Recognizer> byId(Policy policy) {
        Map<String, Recognizer> m = new java.util.LinkedHashMap<>();
        all(policy).forEach(r -> m.put(r.id(), r));
        return m;
    }

    /** North American numbering: area code and exchange do not start with 0 or 1. */
    static boolean plausiblePhone(String s) {
        String all = s.replaceAll("\\D", "");
        String d = all.length() == 11 && all.charAt(0) == '1' ? all.substring(1) : all;
        return d.length() == 10 && d.charAt(0) >= '2' && d.charAt(3) >= '2' && !d.chars().allMatch(c -> c == d.charAt(0));
    }

    /** SSA rules: area not 000, 666 or 9xx; group not 00; serial not 0000. */
    static boolean validSsn(String s) {
        String[] p = s.split("-");
        int area = Integer.parseInt(p[0]);
        return area != 0 && area != 666 && area < 900 && !p[1].equals("00") && !p[2].equals("0000");
    }
}
