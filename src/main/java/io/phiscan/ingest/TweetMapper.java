package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.InstantJson;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.Visibility;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Maps a tweet element, wrapped ({@code {"tweet": {...}}}, since 2020) or bare (before), to a
 * public outbound message. A reply belongs to the conversation of the status it answers, so the
 * owner's replies to one patient's post form one exchange.
 */
final class TweetMapper {
    /** Strict: a day that does not exist ({@code Feb 30}) is refused, not read as the last of its month. */
    static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z uuuu", Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);
    /** {@link #CREATED_AT} after its day name, which is not read. */
    private static final DateTimeFormatter CREATED_AT_DATE = DateTimeFormatter.ofPattern("MMM dd HH:mm:ss Z uuuu", Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);

    private final TwitterExport export;
    private final boolean deleted;

    TweetMapper(TwitterExport export, boolean deleted) {
        this.export = export;
        this.deleted = deleted;
    }

    List<IngestRecord> map(JsonNode element, YtdFileCursor.ElementSource where) {
        JsonNode t = element.has("tweet") ? element.get("tweet") : element;
        String id = Json.text(t, "id_str", "id");
        String created = Json.text(t, "created_at");
        if (id == null) {
            return List.of(new IngestRecord.Bad(where.ref(), "tweet without an id"));
        }
        ExportDates.FieldTime time = createdAt(created);
        if (time.none()) {
            return List.of(new IngestRecord.Bad(where.ref(), "tweet " + RecordIds.shown(id) + " " + time.reasonById()));
        }
        Instant at = time.stamp().at();
        Map<String, Author> recipients = new LinkedHashMap<>();
        String replyUser = Json.text(t, "in_reply_to_user_id_str", "in_reply_to_user_id");
        String replyHandle = Json.text(t, "in_reply_to_screen_name");
        if (replyUser != null || replyHandle != null) {
            Author a = new Author(replyUser, replyHandle, null);
            export.learn(a);
            recipients.put(a.key(), a);
        }
        for (JsonNode m : t.path("entities").path("user_mentions")) {
            String mid = Json.text(m, "id_str", "id");
            String handle = Json.text(m, "screen_name");
            if (mid == null && handle == null) {
                continue;
            }
            Author a = new Author(mid, handle, Json.text(m, "name"));
            export.learn(a);
            if (!a.sameAs(export.owner())) {
                recipients.merge(a.key(), a, Author::mergedWith);
            }
        }
        recipients.values().removeIf(a -> a.sameAs(export.owner()));
        String text = TwitterText.unescape(Json.text(t, "full_text", "text") == null ? "" : Json.text(t, "full_text", "text"));
        text = export.noteTweets().fullText(at, text);
        String replyTo = Json.text(t, "in_reply_to_status_id_str", "in_reply_to_status_id");
        String conversation = "status:" + (replyTo != null ? replyTo : id);
        List<String> attachments = new ArrayList<>();
        JsonNode media = t.path("extended_entities").path("media");
        if (media.isEmpty()) {
            media = t.path("entities").path("media");
        }
        for (JsonNode m : media) {
            attachments.add(Json.text(m, "type") == null ? "photo" : Json.text(m, "type"));
        }
        if (deleted) {
            attachments.add("deleted-tweet");
        }
        String account = export.account();
        Message message = new Message(Message.stableId(Platform.TWITTER, account, "tweet:" + id), Platform.TWITTER,
                account, id, conversation, replyTo, at, time.stamp().local(), export.owner(), List.copyOf(recipients.values()),
                Direction.OUTBOUND, Visibility.PUBLIC, text, attachments, where.ref());
        return List.of(new IngestRecord.Read(message));
    }

    /**
     * The time of a tweet's {@code created_at}, or why it has none. X writes {@code Wed Oct 10
     * 20:19:24 +0000 2018} ({@link #parseCreatedAt}); a tool that rewrote an archive may have
     * written another form {@link ExportDates} reads, such as ISO-8601
     * ({@code 2018-10-10T20:19:24.000Z}; a form without a zone is read as UTC and marked local).
     */
    static ExportDates.FieldTime createdAt(String created) {
        String s = created == null ? "" : created.strip();
        if (!hasDayName(s)) {
            return ExportDates.time("created_at", created);
        }
        Instant at;
        try {
            at = parseCreatedAt(s);
        } catch (DateTimeParseException e) {
            return new ExportDates.FieldTime(null, "created_at" + nonexistent(s), null);
        }
        String refused = PlausibleTime.refusal("created_at", at);
        return refused == null ? new ExportDates.FieldTime(new ExportDates.Stamp(at, false), null, null)
                : new ExportDates.FieldTime(null, null, refused);
    }

    /**
     * A tweet's {@code created_at} in the shape X writes ({@code Wed Oct 10 20:19:24 +0000
     * 2018}). The day name repeats what the date says and is not read: when the two disagree
     * ({@code Thu Oct 10 … 2018}, a Wednesday), the date is the time. In UTC the text is read by
     * hand; any other zone goes to {@link #CREATED_AT} without its day name, which decides what it
     * means or throws. Text that does not start with an English day name throws.
     */
    static Instant parseCreatedAt(String created) {
        String s = created.strip();
        if (!hasDayName(s)) {
            throw new DateTimeParseException("no day name", s, 0);
        }
        Instant at = plainUtc(s);
        return at != null ? at : ZonedDateTime.parse(s.substring(4), CREATED_AT_DATE).toInstant();
    }

    private static boolean hasDayName(String s) {
        return s.length() > 4 && s.charAt(3) == ' ' && DAYS.indexOf(s.substring(0, 3)) % 3 == 0;
    }

    /** ": TEXT is a day or time that does not exist" when X's shape, read leniently, names one ({@code Feb 30}); else "". */
    private static String nonexistent(String s) {
        try {
            ZonedDateTime.parse(s.substring(4), CREATED_AT_DATE.withResolverStyle(ResolverStyle.SMART));
            return ": " + s + " is a day or time that does not exist";
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    private static final String DAYS = "MonTueWedThuFriSatSun";
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    /** {@code EEE MMM dd HH:mm:ss +0000 yyyy} with a real date and a day name (its own or not), else null. */
    private static Instant plainUtc(String s) {
        if (s.length() != 30 || s.charAt(3) != ' ' || s.charAt(7) != ' ' || s.charAt(10) != ' ' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(19) != ' ' || !s.startsWith("+0000 ", 20)) {
            return null;
        }
        int month = MONTHS.indexOf(s.substring(4, 7));
        int day = InstantJson.number(s, 8, 10);
        int hour = InstantJson.number(s, 11, 13);
        int minute = InstantJson.number(s, 14, 16);
        int second = InstantJson.number(s, 17, 19);
        int year = InstantJson.number(s, 26, 30);
        if (month < 0 || month % 3 != 0 || (day | hour | minute | second) < 0
                || year < 1 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month / 3 + 1, day);
        } catch (DateTimeException e) {
            return null;
        }
        return Instant.ofEpochSecond(date.toEpochDay() * 86_400L + hour * 3600L + minute * 60L + second);
    }
}
