package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.InstantJson;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.Visibility;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Maps a {@code dmConversation} element to its messages. Only {@code messageCreate} events are
 * messages; joins, leaves, name changes and reactions are not. An event that is not an object
 * (null, a number, a string, an array) is a skipped record at its index, and {@code messages}
 * that are not an array are one for the element; {@code messages} that are one event object
 * instead of an array of them are read as that event. A conversation without {@code messages}
 * has no events when it holds nothing but its id, and is a skipped record when it holds other
 * members. A group conversation whose id cannot be read keeps its messages, under a stand-in
 * id that names its file and element, and a skipped row says so. A conversation split over several
 * elements with the same id needs no merging here: messages carry the conversation id and the
 * exchange is assembled, in time order, from all of them.
 */
final class DirectMessageMapper implements YtdFileCursor.ElementMapper {
    /** A conversation's id in the text of a damaged element: no blank in it, where a cut joined it to other lines. */
    private static final Pattern CONVERSATION_ID = Pattern.compile("\"conversationId\"\\s*:\\s*\"([^\"\\\\\\s]+)\"");
    /** The events of a conversation that are not messages (FORMATS.md §1.4). */
    private static final List<String> NOT_MESSAGES = List.of("joinConversation", "participantsJoin", "participantsLeave",
            "conversationNameUpdate", "reactionCreate");
    /** The kinds of event a conversation's array holds. */
    private static final List<String> EVENTS = java.util.stream.Stream.concat(java.util.stream.Stream.of("messageCreate"),
            NOT_MESSAGES.stream()).toList();
    private static final Pattern USER_ID = Pattern.compile("\\d{1,20}");
    /** A conversation's id as X writes them: a group's number, two users' joined by a dash, or XChat's by a colon. */
    private static final Pattern ID_VALUE = Pattern.compile("\\d{1,20}(?:[-:]\\d{1,20})?");
    private final TwitterExport export;
    private final boolean group;

    DirectMessageMapper(TwitterExport export, boolean group) {
        this.export = export;
        this.group = group;
    }

    @Override
    public List<IngestRecord> map(JsonNode element, YtdFileCursor.ElementSource where) {
        JsonNode conversation = element.path("dmConversation");
        String conversationId = Json.text(conversation, "conversationId");
        if (conversationId == null) {
            conversationId = underAnotherName(conversation);
        }
        if (conversationId == null && conversation.path("messages").isArray()) {
            // its line lost: a one-to-one conversation's id told from its messages
            conversationId = oneToOne(conversation.path("messages"));
        }
        JsonNode messages = conversation.path("messages");
        if (conversationId == null && group && messages.isArray() && !messages.isEmpty()) {
            // a group's id cannot be told from its messages: they are read under a stand-in, and that is listed
            return underStandIn(events(messages, standIn(where), true, where), where);
        }
        if (conversationId == null) {
            return List.of(new IngestRecord.Bad(where.ref(), "dmConversation without a conversationId"));
        }
        boolean isGroup = group || !conversationId.matches("\\d+-\\d+");
        if (messages.isObject()) {
            // one event where X writes an array of them, read as the array's only element
            return event(messages, 0, conversationId, isGroup, where);
        }
        if (messages.isMissingNode()) {
            // nothing but its id: no events at all; other members are said, never passed over
            int others = conversation.size() - 1;
            return others == 0 ? List.of() : List.of(new IngestRecord.Bad(where.ref(), "a dmConversation without messages,"
                    + " holding " + others + " other member" + (others == 1 ? "" : "s") + " where X writes its array of events;"
                    + " nothing in it was read"));
        }
        if (!messages.isArray()) {
            return List.of(new IngestRecord.Bad(where.ref(), "a dmConversation whose messages are " + Json.kind(messages)
                    + ", not an array of events; nothing in it was read"));
        }
        return events(messages, conversationId, isGroup, where);
    }

    private List<IngestRecord> events(JsonNode messages, String conversationId, boolean isGroup,
            YtdFileCursor.ElementSource where) {
        List<IngestRecord> out = new ArrayList<>();
        int i = 0;
        for (JsonNode event : messages) {
            out.addAll(event(event, i, conversationId, isGroup, where));
            i++;
        }
        return out;
    }

    /**
     * The id a group conversation is read under when its own cannot be read (its line lost or cut):
     * its file and element, so that its messages stay one exchange, the same at every reading of
     * the same file.
     */
    static String standIn(YtdFileCursor.ElementSource where) {
        String file = where.entry().substring(where.entry().lastIndexOf('/') + 1);
        return "id-unreadable-" + file + "-element-" + where.index();
    }

    /** The records of a conversation read under {@link #standIn}, after a row that lists the stand-in. */
    private static List<IngestRecord> underStandIn(List<IngestRecord> records, YtdFileCursor.ElementSource where) {
        long read = records.stream().filter(r -> r instanceof IngestRecord.Read).count();
        List<IngestRecord> out = new ArrayList<>(records.size() + 1);
        out.add(new IngestRecord.Bad(where.ref(), "a group conversation whose conversationId cannot be read: its " + read
                + " message(s) are read as the conversation " + standIn(where)));
        out.addAll(records);
        return out;
    }

    /**
     * One event of a conversation: a message (also when only its members are left, without the
     * {@code messageCreate} around them), or nothing for the events that are not messages (joins,
     * leaves, name changes, reactions), or a skipped record when it is not an object.
     */
    private List<IngestRecord> event(JsonNode event, int index, String conversationId, boolean isGroup,
            YtdFileCursor.ElementSource where) {
        if (!event.isObject()) {
            return List.of(new IngestRecord.Bad(where.ref("message " + index), "an event that is " + Json.kind(event)
                    + ", not an object; it was not read"));
        }
        JsonNode create = event.get("messageCreate");
        if (create != null) {
            return List.of(message(create, conversationId, isGroup, where, index));
        }
        if (event.has("id") && event.has("senderId") && event.has("createdAt")) {
            // a message's members without the messageCreate around them (the line that opened it cut out,
            // its closing bracket then one too many and listed where it stands): read as that message
            return List.of(message(event, conversationId, isGroup, where, index));
        }
        for (String kind : NOT_MESSAGES) {
            if (event.has(kind)) {
                return List.of();
            }
        }
        // a bare message without its messageCreate, or a kind never seen: said, never passed over
        return List.of(new IngestRecord.Bad(where.ref("message " + index),
                "an event of no kind X writes (neither messageCreate nor a join, leave, name change or reaction); it was not read"));
    }

    /**
     * The messages of a conversation that does not parse, or that the file ends inside: its id
     * and its {@code messages} array's complete events, each read as {@link #map} reads it, an
     * event that does not parse skipped on its own. X writes the id before the messages. When the
     * line that opens the array is damaged, the events are found from the first that opens; when
     * the id is damaged, a one-to-one conversation's is told from its messages' two users
     * ({@link #oneToOne}); a group's cannot be, and its messages are read under a stand-in id
     * ({@link #standIn}), listed in a row of its own.
     */
    @Override
    public List<IngestRecord> salvage(byte[] partial, YtdFileCursor.ElementSource where) {
        ConversationSalvage.Salvaged found = ConversationSalvage.of(partial, "messages", where.line());
        if (found == null) {
            // the array's opening lost: its events from the first line that opens one
            found = ConversationSalvage.fromFirstEvent(partial, EVENTS, where.line());
        }
        if (found == null) {
            return List.of();
        }
        Matcher id = CONVERSATION_ID.matcher(found.head());
        String conversationId = id.find() ? id.group(1)
                : oneToOne(found.events().stream().map(ConversationSalvage.Event::node).filter(java.util.Objects::nonNull).toList());
        boolean standIn = conversationId == null && group;
        if (standIn) {
            conversationId = standIn(where);
        } else if (conversationId == null) {
            return List.of();
        }
        boolean isGroup = group || !conversationId.matches("\\d+-\\d+");
        List<IngestRecord> out = new ArrayList<>();
        for (ConversationSalvage.Event e : found.events()) {
            if (e.damage() != null) {
                out.add(new IngestRecord.Bad(where.ref("message " + e.index()), e.damage()));
            } else if (e.broken() != null) {
                out.add(new IngestRecord.Bad(where.ref("message " + e.index()), YtdFileCursor.describe(e.broken(), e.line())));
            } else {
                out.addAll(event(e.node(), e.index(), conversationId, isGroup, where));
            }
        }
        return standIn && !out.isEmpty() ? underStandIn(out, where) : out;
    }

    /**
     * The id of a conversation whose member name is damaged ({@code "co" : "1000282749165761636"}):
     * the value of its one member besides {@code messages}, when that is an id as X writes them.
     */
    private static String underAnotherName(JsonNode conversation) {
        String found = null;
        for (var member : conversation.properties()) {
            if (member.getKey().equals("messages")) {
                continue;
            }
            if (found != null || !member.getValue().isString() || !ID_VALUE.matcher(member.getValue().asString()).matches()) {
                return null;
            }
            found = member.getValue().asString();
        }
        return found;
    }

    /**
     * The id of a one-to-one conversation whose own is damaged, told from its messages: the two
     * users' ids joined, the lowest first, as X writes it (FORMATS.md §1.4); {@code null} unless
     * every message read is between the same two users.
     */
    private String oneToOne(Iterable<JsonNode> events) {
        if (group) {
            return null;
        }
        String pair = null;
        for (JsonNode event : events) {
            JsonNode c = event.get("messageCreate");
            if (c == null) {
                continue;
            }
            String a = Json.text(c, "senderId");
            String b = Json.text(c, "recipientId");
            if (a == null || b == null || !USER_ID.matcher(a).matches() || !USER_ID.matcher(b).matches() || a.equals(b)) {
                return null;
            }
            boolean aFirst = new java.math.BigInteger(a).compareTo(new java.math.BigInteger(b)) < 0;
            String both = aFirst ? a + "-" + b : b + "-" + a;
            if (pair != null && !pair.equals(both)) {
                return null;
            }
            pair = both;
        }
        return pair;
    }

    private IngestRecord message(JsonNode c, String conversationId, boolean isGroup,
            YtdFileCursor.ElementSource where, int index) {
        String id = Json.text(c, "id");
        String sender = Json.text(c, "senderId");
        String within = "message " + index;
        if (id == null || sender == null) {
            return new IngestRecord.Bad(where.ref(within), "messageCreate without an id or senderId");
        }
        Instant at;
        try {
            String created = Json.text(c, "createdAt");
            // the shape X writes (2023-01-27T17:00:12.345Z) read without a formatter; any other by Instant.parse
            Instant plain = created == null ? null : InstantJson.parse(created);
            at = plain != null ? plain : Instant.parse(created);
        } catch (DateTimeParseException | NullPointerException e) {
            return new IngestRecord.Bad(where.ref(within), "message " + RecordIds.shown(id) + " has no readable createdAt");
        }
        String refused = PlausibleTime.refusal("createdAt", at);
        if (refused != null) {
            return new IngestRecord.Bad(where.ref(within), "message " + RecordIds.shown(id) + " whose " + refused);
        }
        Author author = export.person(sender);
        boolean fromOwner = sender.equals(export.owner().id());
        List<Author> recipients = new ArrayList<>();
        String recipient = Json.text(c, "recipientId");
        if (!isGroup && recipient != null && !recipient.equals("0")) {
            recipients.add(export.person(recipient));
        }
        List<String> attachments = new ArrayList<>();
        for (JsonNode url : c.path("mediaUrls")) {
            attachments.add(url.asString().contains("/video") ? "video" : "photo");
        }
        String account = export.account();
        Message m = new Message(Message.stableId(Platform.TWITTER, account, "dm:" + id), Platform.TWITTER, account, id,
                "dm:" + conversationId, null, at, false, author, recipients,
                fromOwner ? Direction.OUTBOUND : Direction.INBOUND, isGroup ? Visibility.GROUP : Visibility.DIRECT,
                TwitterText.unescape(Json.text(c, "text")), attachments, where.ref(within));
        return new IngestRecord.Read(m);
    }

    /** XChat events of {@code message-event.js}: each encrypted message is counted, never read. */
    static List<IngestRecord> mapEncrypted(JsonNode element, YtdFileCursor.ElementSource where) {
        JsonNode event = element.has("messageEvent") ? element.get("messageEvent") : element;
        if (event.path("detail").has("messageCreateEvent")) {
            return List.of(new IngestRecord.Encrypted(where.ref(), Json.text(event, "conversationId")));
        }
        return List.of();
    }
}
