package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.Visibility;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
    static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);

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
        Instant at;
        try {
            at = parseCreatedAt(created);
        } catch (DateTimeParseException | NullPointerException e) {
            return List.of(new IngestRecord.Bad(where.ref(), "tweet " + id + " has no readable created_at"));
        }
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
                account, id, conversation, replyTo, at, false, export.owner(), List.copyOf(recipients.values()),
                Direction.OUTBOUND, Visibility.PUBLIC, text, attachments, where.ref());
        return List.of(new IngestRecord.Read(message));
    }

    static Instant parseCreatedAt(String created) {
        return ZonedDateTime.parse(created.strip(), CREATED_AT).toInstant();
    }
}
