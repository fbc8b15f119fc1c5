package io.phiscan.detect;

import io.phiscan.model.Signal;
import java.util.List;

/**
 * Measurements in a message, each a named rule: doses ("5 ml", "2 puffs", "half a tab"), vitals
 * with plausible values only ("fever of 102.5", "bp 160/100", "A1c 9.2", "sats 91%"), and test
 * results ("LDL came back 182", "tested positive"). A vital's span covers its words and value, so
 * that "my A1c is 8.9" can be tied to the writer. English and Spanish.
 */
final class MeasurementRules {
    private MeasurementRules() {
    }

    static final String LINK = "(?:\\s+(?:of|is|was|at|were|are|up to|hit|reached|went up to|spiked to|over|around|about|like"
            + "|just|read|reads|gets|get|above|below|under|never|goes|went|up|down|to|stays|stay|dropped to|is at"
            + "|almost|still|reading|readings|running|de|es|fue|llego a|hasta|como|arriba de|mas de|esta|estaba|salio|en|came back|now"
            + "|only|this morning|has been|have been|been|levels?)){0,4}\\s*[:=]?\\s*";

    static final Recognizer DOSE = new PatternRecognizer("clin.dose", Signal.CLINICAL, "dose",
            "(?<![\\w.])(?:\\d+(?:[.,]\\d+)?|\\d+/\\d+|\\d+-\\d+) ?-?(?:mg/kg|mg/ml|mg|mcg|µg|ug|ml|mls|cc|units?|iu|puffs?|tabs?"
            + "|tablets?|pills?|caps|capsules?|drops|gotas|tsp|tbsp|teaspoons?|tablespoons?|cucharaditas?|cucharadas?"
            + "|pastillas?|tabletas?|capsulas?|inhalaciones|sprays|patch(?:es)?)\\b"
            + "|\\b(?:half|a half|one|two|three|1/2|media|una|dos|tres) (?:a )?(?:tabs?|tablets?|pills?|teaspoons?|tsp|puffs?"
            + "|capsules?|cucharaditas?|pastillas?|tabletas?|capsulas?)\\b");
    static final Recognizer TEMPERATURE = new PatternRecognizer("clin.vital.temperature", Signal.CLINICAL, "vital",
            "\\b(?:fevers?|temps?|temperatures?|febrile|fiebre|calentura|temperatura)\\b" + LINK
            + "\\d{2,3}(?:[.,]\\d{1,2})?(?: ?(?:°|º|degrees?|grados) ?[fc]?| ?f\\b| ?c\\b)?(?![\\d/%])"
            + "|\\b\\d{2,3}(?:[.,]\\d{1,2})? ?(?:°|º|degrees?|grados)? ?[fc]?\\s+(?:fever|temp|de fiebre|de calentura)\\b",
            MeasurementRules::plausibleTemperature);
    static final Recognizer BLOOD_PRESSURE = new PatternRecognizer("clin.vital.bp", Signal.CLINICAL, "vital",
            "\\b(?:bp|b/p|blood pressures?|pressure|presion(?: arterial)?|la presion|ta)\\b(?:[\\s:=]+\\w+){0,4}?[\\s:=]+"
            + "\\d{2,3} ?/ ?\\d{2,3}(?![\\d/])|\\b\\d{2,3}/\\d{2,3} ?mm ?hg", MeasurementRules::plausibleBloodPressure)
            .when(FoldedText::hasDigit);
    static final Recognizer OXYGEN = new PatternRecognizer("clin.vital.oxygen", Signal.CLINICAL, "vital",
            "\\b(?:o2|oxygen(?: level| sat(?:uration)?)?|sats?|saturation|spo2|pulse ?ox|oxigeno|saturacion)\\b"
            + "(?:\\s+(?:is|was|at|of|dropped to|down to|de|en|bajo a|were|only|like)){0,3}\\s*:?\\s*\\d{2,3} ?%?",
            s -> between(s, 50, 100)).when(FoldedText::hasDigit);
    static final Recognizer PULSE = new PatternRecognizer("clin.vital.pulse", Signal.CLINICAL, "vital",
            "\\b(?:heart ?rate|hr|pulse|pulso|frecuencia cardiaca|resting heart rate)\\b" + LINK + "(?:in the )?\\d{2,3}s?(?: ?bpm)?\\b",
            s -> between(s, 30, 250)).when(FoldedText::hasDigit);
    static final Recognizer GLUCOSE = new PatternRecognizer("clin.vital.glucose", Signal.CLINICAL, "vital",
            "\\b(?:blood sugars?|sugars?|glucose|glucosa|azucar|fasting(?: sugar| glucose)?|bg|bs)\\b" + LINK
            + "\\d{2,3}s?\\b(?! ?(?:%|lbs|pounds|kg|years|days|minutes|steps|grams|g\\b|calories|mg\\b))",
            s -> between(s, 30, 700)).when(FoldedText::hasDigit);
    static final Recognizer A1C = new PatternRecognizer("clin.vital.a1c", Signal.CLINICAL, "vital",
            "\\b(?:a1c|hba1c|hemoglobin a1c|hemoglobina glicosilada|glicosilada)\\b" + LINK
            + "\\d{1,2}(?:[.,]\\d)? ?%?", s -> between(s, 4, 20)).when(FoldedText::hasDigit);
    static final Recognizer WEIGHT = new PatternRecognizer("clin.vital.weight", Signal.CLINICAL, "vital",
            "\\b(?:lost|gained|losing|gaining|weighs?|weighed|weight(?: is)?|pesa|pesaba|bajo|subio|baje|subi|perdio|perdi)\\b"
            + "(?:\\s+(?:about|like|almost|over|around|only|de)){0,2}\\s*(?<v>\\d{1,3}(?:[.,]\\d)? ?(?:lbs?|pounds|kg|kilos"
            + "|libras|oz|ounces|onzas))\\b").when(FoldedText::hasDigit);
    static final Recognizer RESULT_VALUE = new PatternRecognizer("clin.result.value", Signal.CLINICAL, "result",
            "\\b(?:ldl|hdl|cholesterol|colesterol|triglycerides?|trigliceridos|tsh|free t4|t4|ferritin|ferritina|hemoglobin|hgb"
            + "|hematocrit|hct|potassium|potasio|sodium|creatinine|creatinina|gfr|egfr|inr|psa|vitamin d|vit d|b12|platelets?"
            + "|plaquetas|wbc|white count|bilirubin|bilirrubina|glucose tolerance test|gtt|pvc burden|ejection fraction"
            + "|testosterone|estradiol|fsh|amh|hcg|viral load|cd4|lipase|troponin|d-dimer|sed rate|crp|esr|uric acid|ahi"
            + "|acido urico|calcium score|coronary calcium|cac score|cac)\\b(?:\\s+(?:levels?|came back|was|were|is|are|of|at|de|es|salio|en|went up to|down to|now|only"
            + "|result|results|test|on the \\d hour)){0,3}\\s*:?\\s*\\d{1,4}(?:[.,]\\d+)? ?%?").when(FoldedText::hasDigit);
    static final Recognizer RESULT_OUTCOME = new PatternRecognizer("clin.result", Signal.CLINICAL, "result",
            "\\b(?:score|level|levels|count|reading|readings|test|number|numbers) (?:came back|come back|was|were|is) "
            + "(?:at |as )?\\d+(?:[.,]\\d+)?\\b|\\b(?:tested|tests? (?:came back|was|were|is)|results? (?:came back|were|was|is|are)|came back|salio|salieron|dio"
            + "|resulto|le salio|me salio)\\s+(?:\\w+\\s+)?(?:positive|negative|positivo|positiva|negativo|negativa|abnormal"
            + "|elevated|borderline|benign|malignant|precancerous|anormal|alterad[oa]s?)\\b"
            + "|\\bpositive for (?:covid|strep|flu|influenza|rsv|mono|lyme|chlamydia|gonorrhea|hpv|uti|e\\.? ?coli|nickel)"
            + "|\\b(?:abnormal|positive|elevated) (?:pap|mammogram|results?|labs?|ekg|ecg|test|biopsy|liver tests?|thyroid)\\b"
            + "|\\b(?:labs?|blood ?work|results?|levels?|liver tests?|thyroid levels?) (?:were|was|are|came back|went) "
            + "(?:off|high|low|up|down|abnormal|weird|elevated)\\b");
    static List<Recognizer> all() {
        return List.of(DOSE, TEMPERATURE, BLOOD_PRESSURE, OXYGEN, PULSE, GLUCOSE, A1C, WEIGHT, RESULT_VALUE, RESULT_OUTCOME);
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("(?<![\\w.,])\\d+(?:[.,]\\d+)?");
    private static final java.util.regex.Pattern RATIO = java.util.regex.Pattern.compile("(\\d{2,3}) ?/ ?(\\d{2,3})");

    /** Body temperatures: 95–108 °F or 35–42.5 °C. */
    static boolean plausibleTemperature(String s) {
        double v = number(s);
        return (v >= 95 && v <= 108) || (v >= 35 && v <= 42.5);
    }

    /** Systolic 70–260 above diastolic 30–160. */
    static boolean plausibleBloodPressure(String s) {
        java.util.regex.Matcher m = RATIO.matcher(s);
        if (!m.find()) {
            return false;
        }
        int sys = Integer.parseInt(m.group(1));
        int dia = Integer.parseInt(m.group(2));
        return sys >= 70 && sys <= 260 && dia >= 30 && dia <= 160 && sys > dia;
    }

    static boolean between(String s, double low, double high) {
        double v = number(s);
        return v >= low && v <= high;
    }

    /** The last number of a span that is not part of a word ("a1c" has none): "fever of 102.5" gives 102.5. */
    private static double number(String s) {
        java.util.regex.Matcher m = NUMBER.matcher(s);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last == null ? -1 : Double.parseDouble(last.replace(',', '.'));
    }
}
