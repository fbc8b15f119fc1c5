package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Visibility;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Maps one message of a Messenger or Instagram thread file (or of a secure-storage file, which
 * spells the fields {@code senderName}, {@code timestamp}, {@code text}, {@code media},
 * {@code isUnsent}) to a message. Unsent messages, calls, joins and other system events are no
 * messages at all; a message that only says "X sent an attachment." is kept, with empty text and
 * its attachments (or, when the file lists none, the kind the line names: "photo", "attachment"). The thread's participants (from the members before {@code messages}) decide
 * visibility: two people is {@link Visibility#DIRECT}, more is {@link Visibility#GROUP}. Not
 * thread-safe: one mapper per file.
 */
final class MetaMessageMapper {
    private static final String[] MEDIA = {"photos", "videos", "audio_files", "gifs", "files", "sticker", "media"};
    /** The members Meta is known to write in a message: Messenger's, Instagram's and the secure-storage download's. */
    private static final java.util.Set<String> KNOWN_MEMBERS = java.util.stream.Stream.concat(java.util.Arrays.stream(MEDIA),
            java.util.stream.Stream.of("sender_name", "senderName", "timestamp_ms", "timestamp", "content", "text", "share",
                    "reactions", "type", "users", "call_duration", "missed", "ip", "is_unsent", "isUnsent", "is_taken_down",
                    "is_geoblocked_for_viewer", "is_unsent_image_by_messenger_kid_parent", "bumped_message_metadata",
                    "joinable_mode", "is_reported")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final MetaExport export;
    private final String conversation;
    private final List<String> participants;
    private final boolean group;

    MetaMessageMapper(MetaExport export, String conversation, JsonNode head) {
        this.export = export;
        this.conversation = conversation;
        this.participants = MetaJson.names(head.get("participants"));
        String type = MetaJson.text(head, "thread_type");
        this.group = participants.size() > 2 || (type != null && type.endsWith("Group"));
    }

    List<IngestRecord> map(JsonNode m, YtdFileCursor.ElementSource where) {
        if (!m.isObject()) {
            return List.of(new IngestRecord.Bad(where.ref(), "a message that is not a JSON object"));
        }
        String sender = MetaJson.text(m, "sender_name", "senderName");
        PlausibleTime.Checked at = PlausibleTime.epoch(m, ChronoUnit.MILLIS, "timestamp_ms", "timestamp");
        if (sender == null || at.at() == null) {
            return List.of(new IngestRecord.Bad(where.ref(), sender == null ? "a message without a sender name"
                    : at.absent() ? "a message without a timestamp" : "a message whose " + at.refusal()));
        }
        if (isEvent(m)) {
            return List.of();
        }
        for (String field : new String[] {"content", "text"}) {
            if (m.path(field).isContainer()) {
                return List.of(new IngestRecord.Bad(where.ref(), "a message whose " + field + " is a JSON "
                        + (m.get(field).isObject() ? "object" : "array") + ", not a string; the message was not read"));
            }
        }
        String text = MetaJson.text(m, "content", "text");
        List<String> attachments = MetaJson.media(m, MEDIA);
        String link = MetaJson.text(m.path("share"), "link");
        if (link != null) {
            attachments.add(link);
        }
        if (text != null && MetaSystemLines.isAttachmentLine(text, sender)) {
            if (attachments.isEmpty()) {
                attachments.add(MetaSystemLines.attachmentKind(text));
            }
            text = null;
        } else if (text != null && MetaSystemLines.isEvent(text, sender)) {
            text = null;
        }
        if (text == null && attachments.isEmpty()) {
            String unread = unreadMedia(m);
            if (unread == null && hasUnknownMember(m)) {
                // a cut that joined the content's name to a later member's ("contenr_viewer") leaves
                // a message with nothing in it: listed, not passed over as an empty one
                unread = "a message with no text or attachment, and a member Meta is not known to write (damaged, or a"
                        + " newer layout); the message was not read";
            }
            return unread == null ? List.of() : List.of(new IngestRecord.Bad(where.ref(), unread));
        }
        return List.of(new IngestRecord.Read(message(sender, at.at(), text, attachments, where)));
    }

    /**
     * Why a message with nothing else in it is not read when one of its media fields holds no file
     * in a shape Meta does not write (a string, a list or an object without a {@code uri}); null
     * when it has none, or none but empty lists: such a message holds nothing.
     */
    private static String unreadMedia(JsonNode m) {
        for (String field : MEDIA) {
            JsonNode v = m.get(field);
            if (v == null || v.isNull() || v.isArray() && v.isEmpty()) {
                continue;
            }
            boolean one = field.equals("sticker");
            String shape = v.isObject() ? "an object without a uri" : v.isArray() ? "a list without a uri" : Json.kind(v);
            return "a message whose " + field + (one ? " names" : " name") + " no file (" + shape + " where Meta writes "
                    + (one ? "{uri}" : "a list of {uri}") + "); the message was not read";
        }
        return null;
    }

    /** Whether a message has a member of a name Meta is not known to write in one. */
    private static boolean hasUnknownMember(JsonNode m) {
        for (String name : m.propertyNames()) {
            if (!KNOWN_MEMBERS.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** Unsent messages, calls, membership changes and placeholders carry no one's words. */
    private static boolean isEvent(JsonNode m) {
        String type = Json.text(m, "type");
        return MetaJson.flag(m, "is_unsent", "isUnsent")
                || "Call".equals(type) || "Subscribe".equals(type) || "Unsubscribe".equals(type)
                || ("placeholder".equals(type) && Json.text(m, "text") == null)
                || m.has("call_duration")
                || (m.path("users").isArray() && !m.path("users").isEmpty() && Json.text(m, "content") == null);
    }

    private Message message(String sender, Instant at, String text, List<String> attachments, YtdFileCursor.ElementSource where) {
        MetaOwner owner = export.ownerInfo();
        boolean outbound = owner.is(sender);
        Author author = outbound ? owner.author() : owner.person(sender, conversation, participants);
        List<Author> recipients = new ArrayList<>();
        for (String p : participants) {
            if (!p.equals(sender)) {
                recipients.add(owner.is(p) ? owner.author() : owner.person(p, conversation, participants));
            }
        }
        String body = text == null ? "" : text;
        String key = "thread:" + export.keys().next(conversation, Long.toString(at.toEpochMilli()), sender, body + "\u0000" + attachments);
        String account = export.account();
        return new Message(Message.stableId(export.platform(), account, key), export.platform(), account, null,
                conversation, null, at, false, author, recipients,
                outbound ? Direction.OUTBOUND : Direction.INBOUND, group ? Visibility.GROUP : Visibility.DIRECT,
                body, attachments, where.ref());
    }
}
