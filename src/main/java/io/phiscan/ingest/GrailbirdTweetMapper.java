package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.SourceRef;
import io.phiscan.model.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Maps Grailbird tweets (a monthly file's element, or a {@code tweets.csv} row read by header
 * name) to public outbound messages with the same stable ids as current X archives give them, so
 * a tweet found in both generations is one message. {@code tweets.csv} names no mentioned
 * account: mentions are taken from the text, and a reply's first mention is taken to be the
 * account it answers. Thread-safe.
 */
final class GrailbirdTweetMapper {
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@(\\w{1,15})");

    private final Author owner;
    private final String account;

    GrailbirdTweetMapper(Author owner, String account) {
        this.owner = owner;
        this.account = account;
    }

    List<IngestRecord> element(JsonNode t, YtdFileCursor.ElementSource where) {
        String id = Json.text(t, "id_str", "id");
        if (id == null) {
            return bad(where.ref(), "tweet without an id");
        }
        ExportDates.FieldTime at = ExportDates.time("created_at", Json.text(t, "created_at"));
        if (at.none()) {
            return bad(where.ref(), "tweet " + RecordIds.shown(id) + " " + at.reasonById());
        }
        if (t.path("text").isContainer()) {
            return bad(where.ref(), "tweet " + RecordIds.shown(id) + " whose text is a JSON " + (t.get("text").isObject() ? "object"
                    : "array") + ", not a string; the tweet was not read");
        }
        Map<String, Author> recipients = new LinkedHashMap<>();
        String replyUser = Json.text(t, "in_reply_to_user_id_str", "in_reply_to_user_id");
        String replyHandle = Json.text(t, "in_reply_to_screen_name");
        if (replyUser != null || replyHandle != null) {
            add(recipients, new Author(replyUser, replyHandle, null));
        }
        for (JsonNode m : t.path("entities").path("user_mentions")) {
            if (Json.text(m, "id_str", "id") != null || Json.text(m, "screen_name") != null) {
                add(recipients, new Author(Json.text(m, "id_str", "id"), Json.text(m, "screen_name"), Json.text(m, "name")));
            }
        }
        List<String> attachments = new ArrayList<>();
        for (JsonNode m : t.path("entities").path("media")) {
            attachments.add(Json.text(m, "type") == null ? "photo" : Json.text(m, "type"));
        }
        return read(where.ref(), id, Json.text(t, "in_reply_to_status_id_str", "in_reply_to_status_id"), at.stamp(),
                recipients, TwitterText.unescape(Json.text(t, "text")), attachments);
    }

    List<IngestRecord> row(CsvRow row) {
        String id = row.get("tweet_id");
        if (id == null) {
            return bad(row.source(), "tweet without a tweet_id");
        }
        ExportDates.FieldTime at = ExportDates.time("timestamp", row.get("timestamp"));
        if (at.none()) {
            return bad(row.source(), "tweet " + RecordIds.shown(id) + " " + at.reasonById());
        }
        String text = TwitterText.unescape(row.get("text"));
        String replyTo = row.get("in_reply_to_status_id");
        String replyUser = row.get("in_reply_to_user_id");
        Map<String, Author> recipients = new LinkedHashMap<>();
        Matcher m = MENTION.matcher(text);
        boolean first = true;
        while (m.find()) {
            boolean answered = first && replyUser != null && m.start() == text.indexOf('@');
            add(recipients, new Author(answered ? replyUser : null, m.group(1), null));
            first = false;
        }
        if (replyUser != null && recipients.values().stream().noneMatch(a -> replyUser.equals(a.id()))) {
            add(recipients, new Author(replyUser, null, null));
        }
        return read(row.source(), id, replyTo, at.stamp(), recipients, text, List.of());
    }

    private void add(Map<String, Author> recipients, Author a) {
        if (!a.sameAs(owner)) {
            recipients.merge(a.key(), a, Author::mergedWith);
        }
    }

    private List<IngestRecord> read(SourceRef where, String id, String replyTo, ExportDates.Stamp at,
            Map<String, Author> recipients, String text, List<String> attachments) {
        Message message = new Message(Message.stableId(Platform.TWITTER, account, "tweet:" + id), Platform.TWITTER, account, id,
                "status:" + (replyTo != null ? replyTo : id), replyTo, at.at(), at.local(), owner,
                List.copyOf(recipients.values()), Direction.OUTBOUND, Visibility.PUBLIC, text, attachments, where);
        return List.of(new IngestRecord.Read(message));
    }

    private static List<IngestRecord> bad(SourceRef where, String reason) {
        return List.of(new IngestRecord.Bad(where, reason));
    }
}
