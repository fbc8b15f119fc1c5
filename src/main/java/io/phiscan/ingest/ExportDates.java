package io.phiscan.ingest;

import io.phiscan.model.InstantJson;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/**
 * The date forms of the CSV and JSON exports: {@code 2023-05-01 14:22:10 UTC} (LinkedIn
 * messages, Reddit), {@code 2024/02/01 15:02:55 UTC}, ISO-8601 with a zone
 * ({@code 2024-05-01T09:30:00Z}), {@code 2013-03-31 16:38:16 +0000} (Grailbird), epoch seconds, and
 * forms without a zone ({@code 2024-06-10 18:53:49}, LinkedIn invitations' {@code 1/29/26, 2:37 PM}, also
 * with the year in full: {@code 1/29/2026, 2:37 PM}),
 * which are read as UTC and marked local. A day or time that does not exist ({@code 2024-02-30},
 * {@code 25:00}) is not read: every formatter resolves strictly. Thread-safe.
 */
final class ExportDates {

    /** An instant, and whether the export gave a local time without a zone (read as UTC). */
    record Stamp(Instant at, boolean local) {
    }

    /**
     * The time a record's date field holds, or why it holds none, in the words the record's
     * skipped line needs: its text gives no time (blank, in no known form, or a day or time that
     * does not exist), or a time no export can hold ({@link PlausibleTime}).
     *
     * @param stamp the time, or null when there is none
     * @param unreadable when the text gives no time, the field as the reason names it, with a day or time
     *     that does not exist said ({@code "DATE: 2024-02-30 10:00:00 UTC is a day or time that does not exist"}); else null
     * @param refusal when the time is one no export holds, why ({@code "DATE is 1970-01-01T00:00:00Z, before 2000-01-01,
     *     earlier than any export holds"}); else null
     */
    record FieldTime(Stamp stamp, String unreadable, String refusal) {

        /** Whether the field gives no time to take: the record is skipped with {@link #reason()}. */
        boolean none() {
            return stamp == null;
        }

        /**
         * Why the record has no time, after the record's name ("a message …"): {@code "without a
         * readable DATE…"}, or {@code "whose DATE is …"}.
         */
        String reason() {
            return unreadable != null ? "without a readable " + unreadable : "whose " + refusal;
        }

        /**
         * Why the record has no time, after the record's name with its id ("message t4_1abc …"):
         * {@code "has no readable date…"}, or {@code "whose date is …"}.
         */
        String reasonById() {
            return unreadable != null ? "has no readable " + unreadable : "whose " + refusal;
        }
    }

    private static final java.util.regex.Pattern EPOCH_SECONDS = java.util.regex.Pattern.compile("\\d{9,11}");
    private static final java.util.regex.Pattern OFFSET_STAMP =
            java.util.regex.Pattern.compile(".*[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?[+-]\\d{2}:\\d{2}$");
    private static final java.util.regex.Pattern NUMERIC_ZONE_STAMP = java.util.regex.Pattern.compile(".*\\s[+-]\\d{4}$");
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("uuuu[-][/]MM[-][/]dd[ ]['T']HH:mm[:ss]")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter WITH_OFFSET = new DateTimeFormatterBuilder()
            .append(DATE_TIME).optionalStart().appendLiteral(' ').optionalEnd().appendOffset("+HHMM", "+0000")
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter US_SHORT = DateTimeFormatter.ofPattern("M/d/uu, h:mm a", Locale.US)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter US_FULL_YEAR = DateTimeFormatter.ofPattern("M/d/uuuu, h:mm a", Locale.US)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final java.util.regex.Pattern FULL_YEAR = java.util.regex.Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4},.*");

    private ExportDates() {
    }

    /**
     * The instant the text names, or empty when it is blank, in no known form, or names a day or
     * time that does not exist ({@code 2024-02-30}, which a lenient reading takes for 2024-02-29).
     */
    static Optional<Stamp> parse(String text) {
        return parse(text, ResolverStyle.STRICT);
    }

    /**
     * What is wrong with a field's text that {@link #parse} does not read, when it is a date in a
     * known form that names a day or time that does not exist: {@code ": 2024-02-30 10:00:00 UTC
     * is a day or time that does not exist"}; else {@code ""}. Only text that reads as a date is
     * quoted, never text of another kind (which could be a message's).
     */
    static String nonexistent(String text) {
        if (text == null || text.isBlank() || parse(text, ResolverStyle.SMART).isEmpty()) {
            return "";
        }
        return ": " + text.strip() + " is a day or time that does not exist";
    }

    /** The time the {@code text} of the date field {@code field} holds, or why it holds none. */
    static FieldTime time(String field, String text) {
        return time(field, field, text);
    }

    /**
     * {@link #time(String, String)} for a field that a reason for an unreadable text names in
     * other words: {@code described} ("published time" for {@code published}).
     */
    static FieldTime time(String field, String described, String text) {
        Optional<Stamp> at = parse(text);
        if (at.isEmpty()) {
            return new FieldTime(null, described + nonexistent(text), null);
        }
        String refused = PlausibleTime.refusal(field, at.get().at());
        return refused == null ? new FieldTime(at.get(), null, null) : new FieldTime(null, null, refused);
    }

    private static Optional<Stamp> parse(String text, ResolverStyle style) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        try {
            if (EPOCH_SECONDS.matcher(s).matches()) {
                return Optional.of(new Stamp(Instant.ofEpochSecond(Long.parseLong(s)), false));
            }
            if (s.endsWith(" UTC") || s.endsWith(" GMT")) {
                // the common shape (LinkedIn, Reddit: 2023-05-01 14:22:10 UTC) read without a formatter
                Instant at = plainUtc(s);
                if (at != null) {
                    return Optional.of(new Stamp(at, false));
                }
                LocalDateTime t = LocalDateTime.parse(s.substring(0, s.length() - 4).strip(), DATE_TIME.withResolverStyle(style));
                return Optional.of(new Stamp(t.toInstant(ZoneOffset.UTC), false));
            }
            if (s.endsWith("Z")) {
                // the common shape (ActivityStreams, most JSON exports) read without a formatter
                Instant at = InstantJson.parse(s);
                if (at != null) {
                    return Optional.of(new Stamp(at, false));
                }
            }
            if (s.endsWith("Z") || OFFSET_STAMP.matcher(s).matches()) {
                return Optional.of(new Stamp(OffsetDateTime.parse(s.replace(' ', 'T'),
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.withResolverStyle(style)).toInstant(), false));
            }
            if (NUMERIC_ZONE_STAMP.matcher(s).matches()) {
                return Optional.of(new Stamp(OffsetDateTime.parse(s, WITH_OFFSET.withResolverStyle(style)).toInstant(), false));
            }
            if (s.contains("/") && s.contains(",")) {
                String normal = s.replace('\u202F', ' ').replace('\u00A0', ' ').toUpperCase(Locale.ROOT);
                DateTimeFormatter us = FULL_YEAR.matcher(normal).matches() ? US_FULL_YEAR : US_SHORT;
                return Optional.of(new Stamp(LocalDateTime.parse(normal, us.withResolverStyle(style)).toInstant(ZoneOffset.UTC), true));
            }
            return Optional.of(new Stamp(LocalDateTime.parse(s, DATE_TIME.withResolverStyle(style)).toInstant(ZoneOffset.UTC), true));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code yyyy-MM-dd HH:mm:ss UTC} (or with {@code /} between the date's parts) as an instant,
     * or null for text of any other shape or a date or time that does not exist, which the
     * formatter then reads as before.
     */
    private static Instant plainUtc(String s) {
        if (s.length() != 23) {
            return null;
        }
        char sep = s.charAt(4);
        if ((sep != '-' && sep != '/') || s.charAt(7) != sep || s.charAt(10) != ' ') {
            return null;
        }
        return InstantJson.parse(s.substring(0, 4) + '-' + s.substring(5, 7) + '-' + s.substring(8, 10) + 'T'
                + s.substring(11, 19) + 'Z');
    }
}
