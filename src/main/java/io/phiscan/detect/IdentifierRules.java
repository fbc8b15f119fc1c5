package io.phiscan.detect;

import io.phiscan.model.Signal;
import java.util.List;

/**
 * The identifier rules (HIPAA Safe Harbor kinds as they occur in messages), each a named value.
 * A bare pattern misfires, so each is held by validation (SSN areas, VIN check digits, IPv4
 * octets, plausible vitals of a date) or by context words ("DOB", "member ID", "plate").
 * Patterns run over folded text; English and Spanish side by side.
 */
final class IdentifierRules {
    private IdentifierRules() {
    }

    static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    static final String MES = "(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
            + "|noviembre|diciembre)";
    /** A full date: numeric with a year, month name with a year, Spanish "12 de abril de 2015". */
    static final String DATE = "(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)?\\d{2}(?![\\d/])|(?:19|20)\\d{2}[/.-]\\d{1,2}[/.-]\\d{1,2}"
            + "|" + MONTH + " \\d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\\d{2}"
            + "|\\d{1,2}(?:st|nd|rd|th)? (?:of )?" + MONTH + ",? (?:19|20)\\d{2}"
            + "|\\d{1,2} de " + MES + "(?: de(?:l)?)? (?:19|20)\\d{2}|" + MES + " \\d{1,2},? (?:19|20)\\d{2})";
    /** A day of a year without the year: "3/14", "march 14th", "14 de marzo". */
    static final String DAY = "(?:\\d{1,2}/\\d{1,2}(?![\\d/])|" + MONTH + " \\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}(?:st|nd|rd|th)? of "
            + MONTH + "|\\d{1,2} de " + MES + "|" + MES + " \\d{1,2}\\b)";

    static final Recognizer PHONE = new PhoneRecognizer();
    static final Recognizer EMAIL = new EmailRecognizer();
    static final Recognizer HANDLE = new HandleRecognizer();
    static final Recognizer URL = new PatternRecognizer("id.url", Signal.IDENTIFIER, "url",
            "\\b(?:https?://|www\\.)[^\\s<>\"]*[^\\s<>\".,;:!?)\\]]").when(t -> t.folded().contains("http")
            || t.folded().contains("www."));
    static final Recognizer IP = new PatternRecognizer("id.ip", Signal.IDENTIFIER, "ip",
            "(?<![\\w.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?!\\w|\\.\\d)")
            .when(t -> t.hasDigit() && digitPoints(t.folded()) >= 3);
    static final Recognizer DOB = new PatternRecognizer("id.dob", Signal.IDENTIFIER, "dob",
            "\\b(?:dob|d\\.o\\.b\\.?|date of birth|birth ?date|b-?day|birthday(?: is)?|born(?: on)?|fecha de nacimiento"
            + "|f\\. ?nac\\.?|naci(?:o|da|do)? el|cumpleanos(?: es)?(?: el)?)\\s*(?:is|was|es|:|-|=)?\\s*(?:the )?"
            + "(?<v>" + DATE + "|" + DAY + ")").when(FoldedText::hasDigit);
    static final Recognizer CARE_DATE = new PatternRecognizer("id.date", Signal.IDENTIFIER, "date",
            "\\b(?:appointment|appt|visit|surgery|procedure|scope|colonoscopy|endoscopy|biopsy|ablation|mri|ct|scan|x-?ray"
            + "|ultrasound|echo|labs?|blood ?work|follow(?:-| )?up|check(?:-| )?up|physical|admitted|discharged|seen|saw (?:me|him|her|us|them)"
            + "|operated|delivery|delivered|due date|c-section|induction|put in|removed|cita|consulta|cirugia|operacion|operaron"
            + "|internad[oa]|dad[oa] de alta)(?: \\w+){0,2}?\\s*(?:on|for|was|is|of|el|del|de|para el|:)\\s*(?:the )?"
            + "(?<v>" + DATE + "|" + DAY + ")").when(FoldedText::hasDigit);
    static final Recognizer AGE_OVER_89 = new PatternRecognizer("id.age", Signal.IDENTIFIER, "age-over-89",
            "\\b(?<v>(?:9\\d|1[01]\\d))(?: ?-? ?(?:years?|yrs?|yo|y/o|y\\.o\\.?|year-old|anos)\\b(?:-?\\s?old)?)"
            + "|\\b(?:aged?|age:|turned|turns|turning|will be|edad(?: de)?|cumplio|cumple|(?:he|she|mom|dad|mother|father|grandma"
            + "|grandpa|grandmother|grandfather|abuela|abuelo|wife|husband|who)(?:'s|s| is| was| just turned))\\s+"
            + "(?<w>(?:9\\d|1[01]\\d))\\b(?!\\s*(?:%|percent|degrees|°|lbs|pounds|kg|mg|minutes|min|days|weeks|months|dollars"
            + "|bucks|times|points|calories|steps|miles|meters|ml|units|/|\\.\\d))"
            + "|(?<=\\b(?:mom|dad|mother|father|grandma|grandpa|grandmother|grandfather|husband|wife|abuela|abuelo|madre|padre"
            + "|mama|papa) ?\\()(?:9\\d|1[01]\\d)(?=\\))", IdentifierRules::plausibleAge)
            .when(FoldedText::hasDigit);
    static final Recognizer SSN = new PatternRecognizer("id.ssn", Signal.IDENTIFIER, "ssn",
            "(?:(?<![\\d-])(?<v>\\d{3}-\\d{2}-\\d{4})(?![\\d-])|\\b(?:ssn|social security(?: number| no\\.?| #)?|seguro social)"
            + "\\s*(?:is|es|:|#)?\\s*(?<w>\\d{3}[- ]?\\d{2}[- ]?\\d{4})(?!\\d))", IdentifierRules::validSsn)
            .when(FoldedText::hasDigit);
    static final Recognizer MRN = new PatternRecognizer("id.mrn", Signal.IDENTIFIER, "record-number",
            "\\b(?:mrn|medical record(?: number| no\\.?| #)?|chart(?: number| no\\.?| #)|patient (?:id|number|no\\.?|#)"
            + "|hospital number|record (?:number|no\\.?|#)|expediente|historia clinica|numero de paciente"
            + "|(?:rx|prescription|receta) (?:number|no\\.?|#|numero))\\s*(?:is|es|:|#)?\\s*#?\\s*(?<v>[a-z]{0,3}\\d[a-z0-9-]{3,})")
            .when(FoldedText::hasDigit);
    static final Recognizer MEMBER = new PatternRecognizer("id.member", Signal.IDENTIFIER, "plan-number",
            "\\b(?:member|subscriber|policy|group|insurance|insurance card|medicaid|medicare|medi-cal|plan|beneficiary|mbi"
            + "|poliza|afiliado|afiliacion|seguro)\\s*(?:id|number|no\\.?|#|num(?:ber|ero)?)\\s*(?:is|es|:|#)?\\s*#?\\s*"
            + "(?<v>[a-z]{0,4}\\d[a-z0-9-]{4,})").when(FoldedText::hasDigit);
    static final Recognizer ACCOUNT = new PatternRecognizer("id.account", Signal.IDENTIFIER, "account-number",
            "\\b(?:account|acct|cuenta)\\.?\\s*(?:number|no\\.?|#|num(?:ero)?)?\\s*(?:is|es|:|#)?\\s*#?\\s*(?<v>\\d[\\d-]{5,}\\d)")
            .when(FoldedText::hasDigit);
    private static final java.util.Set<String> STREET_WORDS = java.util.Set.of("street", "st", "avenue", "ave", "road", "rd",
            "boulevard", "blvd", "drive", "dr", "lane", "ln", "court", "ct", "way", "place", "pl", "terrace", "ter", "circle",
            "cir", "parkway", "pkwy", "highway", "hwy", "trail", "trl", "calle", "avenida", "avda", "av", "carretera", "camino",
            "box");
    static final Recognizer ADDRESS = new PatternRecognizer("id.address", Signal.IDENTIFIER, "address",
            "\\b\\d{1,6}(?: [nsew]\\.?| north| south| east| west)? (?!(?:mg|ml|mcg|hours?|days?|weeks?|months?|years?|times|puffs?"
            + "|tabs?|pills?|minutes?|units?|lbs?|pounds)\\b)(?:[a-z0-9'.-]+ ){1,3}(?:street|st|avenue|ave|road|rd|boulevard|blvd"
            + "|drive|dr|lane|ln|court|ct|way|place|pl|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|trail|trl)\\b(?!\\.? [a-z]+'s)"
            + "\\.?(?:,? (?:apt|apartment|unit|suite|ste|#)\\.? ?[a-z0-9-]+)?"
            + "|\\b(?:calle|avenida|avda\\.|av\\.|carretera|camino) (?:[a-z]+ ){1,3}(?:#|no\\.? |numero )?\\d{1,5}\\b"
            + "|\\bp\\.? ?o\\.? box \\d+", IdentifierRules::plausibleAddress)
            .when(t -> t.hasDigit() && t.hasAnyToken(STREET_WORDS));
    static final Recognizer ZIP = new PatternRecognizer("id.zip", Signal.IDENTIFIER, "zip",
            "\\b(?:(?i:zip(?: ?code)?|c(?:o|ó)digo postal|c\\.p\\.)\\s*:?\\s*|(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS"
            + "|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY) )"
            + "(?<v>\\d{5}(?:-\\d{4})?)\\b").when(FoldedText::hasDigit).onOriginal();
    static final Recognizer LICENSE = new PatternRecognizer("id.license", Signal.IDENTIFIER, "license",
            "\\b(?:driver'?s? licen(?:c|s)e|licen(?:c|s)e(?! plate)|dl|licencia(?: de (?:conducir|manejo))?)\\s*(?:number|no\\.?|#|num)?"
            + "\\s*(?:is|es|:|#)?\\s*#?\\s*(?<v>[a-z]{0,3}\\d[a-z0-9-]{4,})").when(FoldedText::hasDigit);
    static final Recognizer VEHICLE = new PatternRecognizer("id.vehicle", Signal.IDENTIFIER, "vehicle",
            "\\b(?:license plate|plate(?: number| no\\.?| #)?|tag(?: number| #)|placas?)\\s*(?:is|es|:|#)?\\s*"
            + "(?<v>(?=[a-z0-9 -]{0,8}\\d)[a-z0-9]{1,4}[ -]?[a-z0-9]{2,5})\\b"
            + "|\\bvin\\s*(?:number|#|:)?\\s*(?<w>[a-hj-npr-z0-9]{17})\\b", IdentifierRules::plausibleVehicle)
            .when(FoldedText::hasDigit);

    static List<Recognizer> all() {
        return List.of(PHONE, EMAIL, HANDLE, URL, IP, DOB, CARE_DATE, AGE_OVER_89, SSN, MRN, MEMBER, ACCOUNT, ADDRESS, ZIP,
                LICENSE, VEHICLE);
    }

    /** How many points stand between two digits, as the three of an IPv4 address do. */
    static int digitPoints(String s) {
        int n = 0;
        for (int i = s.indexOf('.', 1); i > 0 && i + 1 < s.length(); i = s.indexOf('.', i + 1)) {
            if (isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i + 1))) {
                n++;
            }
        }
        return n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Ages 90 to 119. */
    static boolean plausibleAge(String s) {
        String digits = s.replaceAll("\\D", "");
        int age = digits.isEmpty() ? 0 : Integer.parseInt(digits.substring(0, Math.min(3, digits.length())));
        return age >= 90 && age < 120;
    }

    /** SSA rules: area not 000, 666 or 9xx; group not 00; serial not 0000. */
    static boolean validSsn(String s) {
        String d = s.replaceAll("\\D", "");
        if (d.length() != 9) {
            return false;
        }
        int area = Integer.parseInt(d.substring(0, 3));
        return area != 0 && area != 666 && area < 900 && !d.startsWith("00", 3) && !d.endsWith("0000");
    }

    /** A street address names a street: not "2 puffs every 4 hours dr…". */
    static boolean plausibleAddress(String s) {
        return !s.matches("(?i)\\d+ (?:of|and|or|to|the|a|in|at|for|every|each|per) .*");
    }

    /** A plate has a digit and is not a year or a dose; a VIN passes its check digit. */
    static boolean plausibleVehicle(String s) {
        String v = s.toUpperCase(java.util.Locale.ROOT).replaceAll("[ -]", "");
        return v.length() == 17 ? vinCheckDigit(v) : v.chars().anyMatch(Character::isDigit) && v.length() >= 4;
    }

    /** ISO 3779 check digit (position 9) of a North American VIN. */
    static boolean vinCheckDigit(String vin) {
        String letters = "0123456789.ABCDEFGH..JKLMN.P.R..STUVWXYZ";
        int[] values = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 1, 2, 3, 4, 5, 0, 7, 0, 9, 0, 0, 2, 3, 4,
            5, 6, 7, 8, 9};
        int[] weights = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int idx = letters.indexOf(vin.charAt(i));
            if (idx < 0 || letters.charAt(idx) == '.') {
                return false;
            }
            sum += values[idx] * weights[i];
        }
        int check = sum % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return vin.charAt(8) == expected && vin.chars().anyMatch(Character::isLetter);
    }
}
