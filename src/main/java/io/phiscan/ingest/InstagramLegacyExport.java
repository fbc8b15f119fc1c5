package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.Visibility;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An Instagram download of the layout used until late 2020 ({@link InstagramLegacyReader}), ready
 * to be read: {@code messages.json} one conversation at a time, then {@code comments.json}. A
 * conversation is direct with two participants and a group with more; its id is its sorted user
 * names. A message with no text and no media (a like, a "heart") is no message; one with only media
 * is kept with empty text. Strings get Meta's guarded mojibake repair. The two parts hold
 * different messages and may be read concurrently, each a group of its own ({@link #partGroups()});
 * immutable once built.
 */
final class InstagramLegacyExport implements Export {
    private static final String[] MEDIA = {"media", "media_url", "media_share_url", "voice_media", "story_share", "link",
        "animated_media_images"};
    private final ExportTree tree;
    private final Author owner;
    private final List<String> parts;
    private final List<String> notes;

    InstagramLegacyExport(ExportTree tree, Author owner, List<String> parts, List<String> notes) {
        this.tree = tree;
        this.owner = owner;
        this.parts = List.copyOf(parts);
        this.notes = List.copyOf(notes);
    }

    @Override
    public Platform platform() {
        return Platform.INSTAGRAM;
    }

    @Override
    public String layout() {
        return "instagram-json-2019";
    }

    @Override
    public Author owner() {
        return owner;
    }

    @Override
    public String path() {
        return tree.displayName();
    }

    @Override
    public List<String> parts() {
        return parts;
    }

    @Override
    public List<List<String>> partGroups() {
        return parts.stream().map(List::of).toList();
    }

    @Override
    public List<IngestRecord.Bad> problems() {
        return List.of();
    }

    @Override
    public List<String> notes() {
        return notes;
    }

    @Override
    public RecordCursor open(String part) throws IOException {
        if (part.equals(InstagramLegacyReader.MESSAGES)) {
            return new YtdFileCursor(tree.displayName(), part, tree.open(part), new YtdFileCursor.ElementMapper() {
                @Override
                public List<IngestRecord> map(JsonNode c, YtdFileCursor.ElementSource where) {
                    return conversation(c, where);
                }

                @Override
                public List<IngestRecord> salvage(byte[] partial, YtdFileCursor.ElementSource where) {
                    return salvagedConversation(partial, where);
                }
            });
        }
        if (part.equals(InstagramLegacyReader.COMMENTS)) {
            return new MetaJsonCursor(tree.displayName(), part, tree.open(part), Set.of("media_comments"), head -> this::comment);
        }
        throw new IllegalArgumentException("not a part of this export: " + part);
    }

    /**
     * The messages of a conversation that does not parse, or that the file ends inside: its
     * participants and the messages whole before the cut or the first one broken, read as
     * {@link #conversation} reads them (the conversation's skipped record says where it stopped).
     */
    private List<IngestRecord> salvagedConversation(byte[] partial, YtdFileCursor.ElementSource where) {
        ConversationSalvage.Salvaged found = ConversationSalvage.of(partial, "conversation", where.line());
        if (found == null) {
            return List.of();
        }
        ObjectNode c;
        try {
            if (!(YtdFileCursor.JSON.readTree(found.head() + "\"conversation\": []}") instanceof ObjectNode head)) {
                return List.of();
            }
            c = head;
        } catch (JacksonException e) {
            return List.of();
        }
        ArrayNode messages = c.putArray("conversation");
        for (ConversationSalvage.Event e : found.events()) {
            if (e.broken() != null || e.damage() != null) {
                break;
            }
            messages.add(e.node());
        }
        List<IngestRecord> out = conversation(c, where);
        boolean none = messages.isEmpty()
                || out.size() == 1 && out.get(0) instanceof IngestRecord.Bad b && b.source().equals(where.ref());
        return none ? List.of() : out;
    }

    private List<IngestRecord> conversation(JsonNode c, YtdFileCursor.ElementSource where) {
        List<String> users = new ArrayList<>();
        c.path("participants").forEach(p -> users.add(MetaText.repair(p.asString())));
        if (users.isEmpty() || !c.path("conversation").isArray()) {
            return List.of(new IngestRecord.Bad(where.ref(), "a conversation without participants or messages"));
        }
        String id = "conversation/" + String.join(",", users.stream().sorted().toList());
        Visibility visibility = users.size() > 2 ? Visibility.GROUP : Visibility.DIRECT;
        Map<String, Integer> seen = new HashMap<>();
        List<IngestRecord> out = new ArrayList<>();
        int i = 0;
        for (JsonNode m : c.path("conversation")) {
            String within = "message " + i++;
            String sender = MetaText.repair(Json.text(m, "sender"));
            if (sender == null) {
                out.add(new IngestRecord.Bad(where.ref(within), "a message without a sender"));
                continue;
            }
            ExportDates.FieldTime at = ExportDates.time("created_at", Json.text(m, "created_at"));
            if (at.none()) {
                out.add(new IngestRecord.Bad(where.ref(within), "a message " + at.reason()));
                continue;
            }
            if (m.path("text").isContainer()) {
                out.add(new IngestRecord.Bad(where.ref(within), "a message whose text is a JSON " + container(m.get("text"))
                        + ", not a string; the message was not read"));
                continue;
            }
            String text = MetaText.repair(Json.text(m, "text"));
            List<String> attachments = new ArrayList<>();
            for (String f : MEDIA) {
                String v = Json.text(m, f);
                if (v != null) {
                    attachments.add(MetaText.repair(v));
                } else if (m.path(f).isArray() || m.path(f).isObject()) {
                    attachments.add(f);
                }
            }
            if (text == null && attachments.isEmpty()) {
                continue;
            }
            String body = text == null ? "" : text;
            String base = id + "|" + Json.text(m, "created_at") + "|" + sender + "|" + Message.hash(body + "\u0000" + attachments, 8);
            String key = "legacy-dm:" + base + "|" + seen.merge(base, 1, Integer::sum);
            boolean outbound = InstagramLegacyReader.sameUser(sender, owner.handle());
            List<Author> recipients = new ArrayList<>();
            users.stream().filter(u -> !InstagramLegacyReader.sameUser(u, sender)).forEach(u -> recipients.add(person(u)));
            out.add(new IngestRecord.Read(new Message(Message.stableId(Platform.INSTAGRAM, account(), key), Platform.INSTAGRAM,
                    account(), null, id, null, at.stamp().at(), at.stamp().local(), person(sender), recipients,
                    outbound ? Direction.OUTBOUND : Direction.INBOUND, visibility, body, attachments, where.ref(within))));
        }
        return out;
    }

    /** A {@code media_comments} row: {@code [created_at, text, media owner]}. */
    private List<IngestRecord> comment(JsonNode row, YtdFileCursor.ElementSource where) {
        if (!row.isArray() || row.size() < 2) {
            return List.of(new IngestRecord.Bad(where.ref(), "a comment that is not a [time, text, owner] row"));
        }
        ExportDates.FieldTime at = ExportDates.time("the time", "time", row.path(0).asString());
        if (at.none()) {
            return List.of(new IngestRecord.Bad(where.ref(), "a comment " + at.reason()));
        }
        if (row.get(1).isContainer()) {
            return List.of(new IngestRecord.Bad(where.ref(), "a comment whose text is a JSON " + container(row.get(1))
                    + ", not a string; the comment was not read"));
        }
        String text = MetaText.repair(row.path(1).asString(""));
        String mediaOwner = row.size() > 2 ? MetaText.repair(row.path(2).asString(null)) : null;
        List<Author> recipients = mediaOwner == null || InstagramLegacyReader.sameUser(mediaOwner, owner.handle()) ? List.of() : List.of(person(mediaOwner));
        String key = "legacy-comment:" + row.path(0).asString() + "|" + Message.hash(text + "\u0000" + mediaOwner, 8) + "|" + where.index();
        return List.of(new IngestRecord.Read(new Message(Message.stableId(Platform.INSTAGRAM, account(), key), Platform.INSTAGRAM,
                account(), null, "comment/" + Message.hash(key, 8), null, at.stamp().at(), at.stamp().local(), owner, recipients,
                Direction.OUTBOUND, Visibility.PUBLIC, text, List.of(), where.ref())));
    }

    private static String container(JsonNode value) {
        return value.isObject() ? "object" : "array";
    }

    private Author person(String user) {
        return InstagramLegacyReader.sameUser(user, owner.handle()) ? owner : new Author(user, user, null);
    }
}
