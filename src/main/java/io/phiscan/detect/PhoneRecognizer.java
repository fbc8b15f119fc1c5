package io.phiscan.detect;

import io.phiscan.model.Signal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone and fax numbers: North American numbers that pass the numbering plan (area code and
 * exchange not starting with 0 or 1), international numbers written with {@code +}, and ten bare
 * digits only after words such as "call" or "cell". A number that follows "order", "tracking",
 * "confirmation", "invoice", "claim", "Rx"… is that, not a phone; one after "fax" is a fax.
 * Immutable and thread-safe.
 */
final class PhoneRecognizer implements Recognizer {
    static final String ID = "id.phone";
    static final String FAX_ID = "id.fax";
    private static final Pattern NANP = Pattern.compile(
            "(?<![\\w-]|\\d[./])(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[\\s.-])\\d{3}[\\s.-]\\d{4}(?![\\d-]|\\.\\d)");
    private static final Pattern INTERNATIONAL = Pattern.compile(
            "(?<![\\w+])\\+(?!1[\\s.-]?\\(?\\d{3})\\d{1,3}(?:[\\s.-]?\\(?\\d{1,4}\\)?){2,5}(?![\\d-])");
    private static final Pattern BARE = Pattern.compile(
            "\\b(?:call|text|cell|phone|mobile|number|tel|telefono|celular|whatsapp|fax|reach me at|at)\\s*(?:is|es|:|#)?\\s*"
            + "(?:me\\s+)?(?:at\\s+)?(?<v>\\d{10})(?!\\d)");
    private static final Pattern NOT_A_PHONE = Pattern.compile(
            "(?:order|tracking|invoice|confirmation|conf|ref|reference|case|ticket|claim|rx|prescription|account|acct|member"
            + "|policy|group|serial|model|isbn|pedido|orden|factura|folio|guia|lot|batch|npi|dea|id|mrn|chart|record|receipt"
            + "|transaction|po|sku)\\s*(?:number|no\\.?|num|nr)?\\s*[:#]?\\s*(?:is\\s*)?$");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void find(FoldedText text, String messageId, List<Signal> out) {
        if (!text.hasDigit() || digits(text.folded()) < 7) {
            return;
        }
        String f = text.folded();
        int run = longestDigitRun(f);
        boolean plus = f.indexOf('+') >= 0;
        Matcher m = NANP.matcher(f);
        while (run >= 4 && m.find()) {
            if (plausibleNanp(m.group())) {
                add(text, m.start(), m.end(), messageId, out);
            }
        }
        m = INTERNATIONAL.matcher(f);
        while (plus && m.find()) {
            int digits = m.group().replaceAll("\\D", "").length();
            if (digits >= 8 && digits <= 15) {
                add(text, m.start(), m.end(), messageId, out);
            }
        }
        m = BARE.matcher(f);
        while (run >= 10 && m.find()) {
            if (plausibleNanp(m.group("v"))) {
                add(text, m.start("v"), m.end("v"), messageId, out);
            }
        }
    }

    private static void add(FoldedText text, int start, int end, String messageId, List<Signal> out) {
        String before = text.folded().substring(Math.max(0, start - 24), start);
        if (NOT_A_PHONE.matcher(before).find()) {
            return;
        }
        for (Signal s : out) {
            if (s.start() < end && start < s.end() && (s.rule().equals(ID) || s.rule().equals(FAX_ID))) {
                return;
            }
        }
        boolean fax = before.contains("fax");
        out.add(new Signal(Signal.IDENTIFIER, fax ? "fax" : "phone", messageId, start, end, text.span(start, end),
                fax ? FAX_ID : ID));
    }

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) >= '0' && s.charAt(i) <= '9' ? 1 : 0;
        }
        return n;
    }

    /** The most digits in a row: a number of the plan has four (its line number), a bare one ten. */
    private static int longestDigitRun(String s) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) >= '0' && s.charAt(i) <= '9' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** North American numbering: area code and exchange do not start with 0 or 1; not one repeated digit. */
    static boolean plausibleNanp(String s) {
        String all = s.replaceAll("\\D", "");
        String d = all.length() == 11 && all.charAt(0) == '1' ? all.substring(1) : all;
        return d.length() == 10 && d.charAt(0) >= '2' && d.charAt(3) >= '2' && !d.chars().allMatch(c -> c == d.charAt(0));
    }
}
