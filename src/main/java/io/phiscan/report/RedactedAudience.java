package io.phiscan.report;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Finding;
import io.phiscan.model.Message;
import io.phiscan.model.Signal;
import io.phiscan.review.FindingStore;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page for people who must not see PHI ({@code report-redacted.html}). What it masks:
 * <ul>
 * <li>every identifier signal's span, by kind: {@code [NAME]}, {@code [DOB]}, {@code [PHONE]}…;</li>
 * <li>every counterpart (and any other author but the owner): a pseudonym, "Counterpart 3", the
 *     same one throughout the page; each word of their display names (but titles and a few
 *     common words), handles and account ids, wherever it occurs in text as a whole word in any
 *     case, becomes {@code [NAME]}, {@code [HANDLE]} or {@code [ID]};</li>
 * <li>beyond the detector, in all text: e-mail addresses, web addresses, {@code @handles} other
 *     than the owner's, numeric dates and numbers of five digits or more;</li>
 * <li>dates: only the year of a message is shown, and the time chart counts per year;</li>
 * <li>thread titles, source file paths and attachment names are left out, and so is the list of
 *     skipped records (file paths can carry a person's name), which only keeps its counts;</li>
 * <li>exports are numbered, "export 1", "export 2" in the order of the exports table, without
 *     their paths; phiscan's notes about an export and about the run are only counted, not shown
 *     (they quote exports' paths and the names of files inside them, such as a Facebook inbox
 *     folder named after the counterpart), and the full report has them.</li>
 * </ul>
 * Clinical terms, relationship cues, the owner's own name and handle, severities, scores, rule
 * ids and reasons stay. Names the detector did not recognize and that belong to no counterpart
 * stay visible: the page is a masking aid, not certified de-identification. One instance serves
 * one rendering (it assigns pseudonyms as it goes); not thread-safe.
 */
final class RedactedAudience extends Audience {
    static final String FILE = "report-redacted.html";
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}0-9_])@([\\p{L}0-9_.]{1,40})");
    private static final Pattern DATE = Pattern.compile("\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}\\b");
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d(?:[\\d .()-]*\\d)?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+");
    private static final Pattern NOT_IN_LABEL = Pattern.compile("[^A-Z0-9]+");
    /** Words of display names that are not names: titles, and words too common to mask everywhere. */
    private static final Set<String> COMMON = Set.of("dr", "md", "mr", "mrs", "ms", "rn", "np", "do", "phd", "jr", "sr",
            "the", "and", "of", "for", "de", "del", "la", "el", "los", "las", "y", "mom", "dad", "mama", "papa", "official",
            "family", "team", "clinic", "health", "care", "kids", "mother", "father", "son", "daughter", "baby");

    private final Map<String, String> pseudonyms = new HashMap<>();
    private final Set<String> owners = new LinkedHashSet<>();
    private final Set<String> names = new HashSet<>();
    private final Set<String> handleWords = new HashSet<>();
    private final MaskedWords words;
    private int next = 1;

    RedactedAudience(List<FindingStore.Stored> findings) {
        for (FindingStore.Stored stored : findings) {
            Finding f = stored.finding();
            owners.add(f.account().toLowerCase(Locale.ROOT));
            for (Author a : f.counterparts()) {
                pseudonym(a);
                collect(a);
            }
            for (Message m : f.messages()) {
                if (m.direction() == Direction.OUTBOUND) {
                    if (m.author().handle() != null) {
                        owners.add(m.author().handle().toLowerCase(Locale.ROOT));
                    }
                } else {
                    pseudonym(m.author());
                    collect(m.author());
                }
            }
        }
        names.removeAll(owners);
        handleWords.removeAll(owners);
        words = new MaskedWords(names, handleWords);
    }

    private void pseudonym(Author a) {
        String existing = lookup(a);
        String p = existing != null ? existing : "Counterpart " + next++;
        for (String k : keys(a)) {
            pseudonyms.putIfAbsent(k, p);
        }
    }

    private String lookup(Author a) {
        return keys(a).stream().map(pseudonyms::get).filter(v -> v != null).findFirst().orElse(null);
    }

    private static List<String> keys(Author a) {
        return java.util.stream.Stream.of(a.id() == null ? null : "id:" + a.id(),
                a.handle() == null ? null : "@" + a.handle().toLowerCase(Locale.ROOT),
                a.name() == null ? null : "name:" + a.name()).filter(k -> k != null).toList();
    }

    /** The words of a counterpart's handle, id and name, lower case, as {@link #WORD} splits text. */
    private void collect(Author a) {
        words(a.handle(), handleWords);
        words(a.id(), names);
        words(a.name(), names);
    }

    private static void words(String s, Set<String> into) {
        if (s == null) {
            return;
        }
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (w.length() > 1 && !COMMON.contains(w)) {
                into.add(w);
            }
        }
    }

    @Override
    String file() {
        return FILE;
    }

    @Override
    boolean redacted() {
        return true;
    }

    @Override
    String person(Author a, boolean owner) {
        if (owner) {
            return FindingsCsvWriter.person(a);
        }
        String p = lookup(a);
        if (p == null) {
            pseudonym(a);
            p = lookup(a);
        }
        return p;
    }

    @Override
    String text(String plain) {
        // each pass is skipped where it cannot match or change anything: an address and a handle
        // need an '@', a web address "://" or "www.", a date three digits, a masked number five
        String s = plain;
        if (s.indexOf('@') >= 0) {
            s = EMAIL.matcher(s).replaceAll("[EMAIL]");
        }
        if (s.contains("://") || containsIgnoreCase(s, "www.")) {
            s = URL.matcher(s).replaceAll("[URL]");
        }
        if (s.indexOf('@') >= 0) {
            s = replace(HANDLE.matcher(s), m -> owners.contains(m.group(1).toLowerCase(Locale.ROOT)) ? m.group() : "[HANDLE]");
        }
        if (digits(s) >= 3) {
            s = DATE.matcher(s).replaceAll("[DATE]");
        }
        if (digits(s) >= 5) {
            s = replace(NUMBER.matcher(s), m -> m.group().chars().filter(Character::isDigit).count() >= 5 ? "[NUMBER]" : m.group());
        }
        return words.mask(s);
    }

    /** How many characters of {@code s} the pattern {@code \d} matches (ASCII digits). */
    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }

    private static boolean containsIgnoreCase(String s, String part) {
        for (int i = 0; i + part.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    private static String replace(Matcher m, java.util.function.Function<Matcher, String> with) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    String identifier(Signal signal, String span) {
        return "[" + label(signal.category()) + "]";
    }

    /** The mask of an identifier category: {@code [NAME]}, {@code [DOB]}, {@code [PHONE]}… */
    static String label(String category) {
        return switch (category) {
            case "record-number" -> "MRN";
            case "age-over-89" -> "AGE";
            default -> NOT_IN_LABEL.matcher(category.toUpperCase(Locale.ROOT)).replaceAll("-");
        };
    }

    @Override
    String when(Instant at, boolean localTime) {
        return String.valueOf(at.atZone(ZoneOffset.UTC).getYear());
    }

    @Override
    String day(Instant at) {
        return String.valueOf(at.atZone(ZoneOffset.UTC).getYear());
    }

    @Override
    String thread(String conversationId) {
        return null;
    }

    @Override
    String source(String source) {
        return null;
    }

    @Override
    String export(String path, int number) {
        return "export\u00a0" + number; // kept on one line in the narrow column
    }
}
