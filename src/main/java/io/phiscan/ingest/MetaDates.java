package io.phiscan.ingest;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates Meta prints in HTML exports, in the account's language and mostly without a
 * zone: "Nov 14, 2018, 3:04 PM", "Jan 08, 2026 4:41 am", "Oct 19, 2025 1:47:55 pm",
 * "jun. 07, 2024 5:44 am", "07/06/2024, 17:44", "7月 01, 2026 6:25:04 PM", and the oldest
 * "Friday, October 4, 2013 at 10:05pm PDT". Words are matched by role, not by pattern: a month
 * name (English, Spanish, French, German, Dutch, Italian, Portuguese, or a number marked 月/월),
 * the 4-digit year, the day, the time with an am/pm marker if any, and a zone if one is printed.
 * All-number dates are read day first (the English exports write month names). Stateless and
 * thread-safe.
 */
final class MetaDates {
    private MetaDates() {
    }

    /** A date as printed: the wall-clock time and, when the export printed one, its zone. */
    record Stamp(LocalDateTime local, ZoneId zone) {
        /** Whether no zone was printed, so the instant is the local time read as UTC. */
        boolean localTime() {
            return zone == null;
        }

        Instant instant() {
            return zone == null ? local.toInstant(ZoneOffset.UTC) : local.atZone(zone).toInstant();
        }
    }

    private static final String[][] MONTHS = {
        {"january", "enero", "janvier", "januar", "januari", "gennaio", "janeiro"},
        {"february", "febrero", "fevrier", "februar", "februari", "febbraio", "fevereiro"},
        {"march", "marzo", "mars", "marz", "maart", "marco", "mrt"},
        {"april", "abril", "avril", "aprile"},
        {"may", "mayo", "mai", "mei", "maggio", "maio"},
        {"june", "junio", "juin", "juni", "giugno", "junho"},
        {"july", "julio", "juillet", "juli", "luglio", "julho"},
        {"august", "agosto", "aout", "augustus"},
        {"september", "septiembre", "setiembre", "septembre", "settembre", "setembro"},
        {"october", "octubre", "octobre", "oktober", "ottobre", "outubro"},
        {"november", "noviembre", "novembre", "novembro"},
        {"december", "diciembre", "decembre", "dezember", "dicembre", "dezembro"},
    };
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("pst", "America/Los_Angeles"), Map.entry("pdt", "America/Los_Angeles"),
            Map.entry("mst", "America/Denver"), Map.entry("mdt", "America/Denver"),
            Map.entry("cst", "America/Chicago"), Map.entry("cdt", "America/Chicago"),
            Map.entry("est", "America/New_York"), Map.entry("edt", "America/New_York"),
            Map.entry("akst", "America/Anchorage"), Map.entry("akdt", "America/Anchorage"),
            Map.entry("hst", "Pacific/Honolulu"), Map.entry("bst", "Europe/London"),
            Map.entry("cet", "Europe/Paris"), Map.entry("cest", "Europe/Paris"),
            Map.entry("utc", "UTC"), Map.entry("gmt", "UTC"));
    private static final Pattern OFFSET = Pattern.compile("\\b(?:utc|gmt)\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?\\s*$");
    private static final Pattern ZONE = Pattern.compile("\\b([a-z]{3,4})\\s*$");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)?(?![a-z])");
    private static final Pattern CJK = Pattern.compile("(\\d{1,4})\\s*(年|년|月|월|日|일)");
    private static final Pattern PM = Pattern.compile("(?:^|\\s)(?:p\\.?m\\.?|오후|午後|下午)(?:\\s|$)");
    private static final Pattern AM = Pattern.compile("(?:^|\\s)(?:a\\.?m\\.?|오전|午前|上午)(?:\\s|$)");

    /** The date in the text, or empty when the text is not a date Meta prints. */
    static Optional<Stamp> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 80) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT)
                .replace('\u202f', ' ').replace('\u00a0', ' ');
        try {
            return Optional.ofNullable(read(s));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Stamp read(String s) {
        ZoneId zone = null;
        Matcher off = OFFSET.matcher(s);
        if (off.find()) {
            int h = Integer.parseInt(off.group(2));
            int m = off.group(3) == null ? 0 : Integer.parseInt(off.group(3));
            zone = ZoneOffset.ofHoursMinutes(off.group(1).equals("-") ? -h : h, off.group(1).equals("-") ? -m : m);
            s = s.substring(0, off.start());
        } else {
            Matcher z = ZONE.matcher(s);
            if (z.find() && ZONES.containsKey(z.group(1))) {
                zone = ZoneId.of(ZONES.get(z.group(1)));
                s = s.substring(0, z.start());
            }
        }
        Matcher t = TIME.matcher(s);
        if (!t.find()) {
            return null;
        }
        int hour = Integer.parseInt(t.group(1));
        int minute = Integer.parseInt(t.group(2));
        int second = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
        String rest = s.substring(0, t.start()) + " " + s.substring(t.end());
        boolean pm = t.group(4) != null ? t.group(4).startsWith("p") : PM.matcher(" " + rest + " ").find();
        boolean am = t.group(4) != null ? t.group(4).startsWith("a") : AM.matcher(" " + rest + " ").find();
        if ((pm || am) && (hour < 1 || hour > 12)) {
            return null;
        }
        if (pm && hour < 12) {
            hour += 12;
        } else if (am && hour == 12) {
            hour = 0;
        }
        int[] date = date(rest);
        return date == null ? null : new Stamp(LocalDateTime.of(date[0], date[1], date[2], hour, minute, second), zone);
    }

    /** Year, month, day from what is left once the time is taken out. */
    private static int[] date(String rest) {
        int month = 0;
        int year = 0;
        int day = 0;
        Matcher cjk = CJK.matcher(rest);
        while (cjk.find()) {
            int n = Integer.parseInt(cjk.group(1));
            switch (cjk.group(2)) {
                case "年", "년" -> year = n;
                case "月", "월" -> month = n;
                default -> day = n;
            }
        }
        rest = cjk.replaceAll(" ");
        List<Integer> numbers = new ArrayList<>();
        for (String token : Normalizer.normalize(rest, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").split("[^\\p{L}\\p{N}]+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.chars().allMatch(Character::isDigit)) {
                numbers.add(Integer.parseInt(token));
            } else if (month == 0) {
                month = month(token);
            }
        }
        for (int n : numbers) {
            if (n >= 1000 && year == 0) {
                year = n;
            } else if (n < 1000 && month != 0 && day == 0) {
                day = n;
            }
        }
        if (month == 0 && numbers.size() == 3) {
            int a = numbers.get(0);
            int b = numbers.get(1);
            int c = numbers.get(2);
            if (a >= 1000) {
                return new int[] {a, b, c};
            }
            year = c < 100 ? 2000 + c : c;
            boolean monthFirst = b > 12 && a <= 12;
            return new int[] {year, monthFirst ? a : b, monthFirst ? b : a};
        }
        return month == 0 || year == 0 || day == 0 ? null : new int[] {year, month, day};
    }

    /** The month a word names (a full name or an abbreviation of at least three letters), or 0. */
    private static int month(String word) {
        if (word.length() < 3) {
            return 0;
        }
        for (int m = 0; m < MONTHS.length; m++) {
            for (String name : MONTHS[m]) {
                if (name.startsWith(word)) {
                    return m + 1;
                }
            }
        }
        return 0;
    }
}
