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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Maps an outbox activity to the owner's message. Only {@code Create} activities are messages
 * (boosts, {@code Announce}, carry no text of the owner's); an item that is not an object, or an
 * activity of another type, is a bad record, since Mastodon writes neither. The status's HTML is turned into
 * text; its visibility is derived from its addressing, since Mastodon stores none: the public
 * collection in {@code to} is public, in {@code cc} only unlisted; the owner's followers
 * collection without it is followers-only; neither is direct (only the mentioned accounts are
 * addressed). Mentioned and addressed accounts are the recipients. Thread-safe.
 */
final class MastodonActivityMapper {
    static final Set<String> PUBLIC = Set.of("https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public");

    private final Author owner;
    private final String account;
    private final String followers;

    MastodonActivityMapper(Author owner, String account, String followers) {
        this.owner = owner;
        this.account = account;
        this.followers = followers;
    }

    List<IngestRecord> map(JsonNode item, SourceRef where) {
        if (!item.isObject()) {
            // a string there is likely the link to an activity, which archives do not follow
            return List.of(new IngestRecord.Bad(where, "an item that is " + Json.kind(item) + (item.isString() ? " (a link?)" : "")
                    + ", not an activity; nothing in it was read"));
        }
        String type = Json.text(item, "type");
        if ("Announce".equals(type)) {
            return List.of();
        }
        if (!"Create".equals(type)) {
            return List.of(new IngestRecord.Bad(where, (type == null ? "an activity without a type" : "an activity of a type"
                    + " Mastodon archives do not hold") + " (not Create, nor Announce); it was not read"));
        }
        JsonNode object = item.get("object");
        if (object == null || !object.isObject()) {
            return List.of(new IngestRecord.Bad(where, "a Create activity whose status is not included"));
        }
        String id = Json.text(object, "id", "atomUri");
        if (id == null) {
            id = Json.text(item, "id");
        }
        String published = Json.text(object, "published") != null ? Json.text(object, "published") : Json.text(item, "published");
        if (id == null) {
            return List.of(new IngestRecord.Bad(where, "a status without an id"));
        }
        ExportDates.FieldTime at = ExportDates.time("published", "published time", published);
        if (at.none()) {
            return List.of(new IngestRecord.Bad(where, "a status " + at.reason()));
        }
        if (object.path("content").isContainer()) {
            return List.of(new IngestRecord.Bad(where, "a status whose content is a JSON " + (object.get("content").isObject()
                    ? "object" : "array") + ", not a string; the status was not read"));
        }
        List<String> to = uris(object.has("to") ? object.get("to") : item.get("to"));
        List<String> cc = uris(object.has("cc") ? object.get("cc") : item.get("cc"));
        String inReplyTo = Json.text(object, "inReplyTo");
        String conversation = Json.text(object, "conversation");
        conversation = conversation != null ? "conversation:" + conversation : "status:" + (inReplyTo != null ? inReplyTo : id);
        Message m = new Message(Message.stableId(Platform.MASTODON, account, "status:" + id), Platform.MASTODON, account, id,
                conversation, inReplyTo, at.stamp().at(), at.stamp().local(), owner, recipients(object, to, cc), Direction.OUTBOUND,
                visibility(to, cc), text(object), attachments(object), where);
        return List.of(new IngestRecord.Read(m));
    }

    Visibility visibility(List<String> to, List<String> cc) {
        if (to.stream().anyMatch(PUBLIC::contains)) {
            return Visibility.PUBLIC;
        }
        if (cc.stream().anyMatch(PUBLIC::contains)) {
            return Visibility.UNLISTED;
        }
        boolean toFollowers = concat(to, cc).stream().anyMatch(u -> u.equals(followers)
                || (followers == null && u.endsWith("/followers")));
        return toFollowers ? Visibility.FOLLOWERS : Visibility.DIRECT;
    }

    /** Mentioned accounts (with their handles) and the other accounts addressed, the owner left out. */
    private List<Author> recipients(JsonNode object, List<String> to, List<String> cc) {
        Map<String, Author> people = new LinkedHashMap<>();
        for (JsonNode tag : object.path("tag")) {
            if ("Mention".equals(Json.text(tag, "type"))) {
                String href = Json.text(tag, "href");
                String name = Json.text(tag, "name");
                String handle = name == null ? null : name.replaceFirst("^@", "");
                if (href != null || handle != null) {
                    Author a = new Author(href, handle, null);
                    people.merge(a.key(), a, Author::mergedWith);
                }
            }
        }
        for (String uri : concat(to, cc)) {
            if (!PUBLIC.contains(uri) && !uri.equals(followers) && !uri.endsWith("/followers") && !people.containsKey(uri)) {
                people.put(uri, new Author(uri, null, null));
            }
        }
        people.values().removeIf(a -> a.sameAs(owner));
        return List.copyOf(people.values());
    }

    /** The status as people read it: the content warning, the text, the poll's options, the attachments' descriptions. */
    private static String text(JsonNode object) {
        String html = Json.text(object, "content");
        if (html == null && object.path("contentMap").isObject()) {
            for (JsonNode v : object.get("contentMap")) {
                html = v.asString();
                break;
            }
        }
        String body = HtmlText.toPlain(html);
        List<String> parts = new ArrayList<>();
        String warning = Json.text(object, "summary");
        if (warning != null) {
            parts.add(HtmlText.toPlain(warning));
        }
        if (!body.isEmpty()) {
            parts.add(body);
        }
        List<String> options = new ArrayList<>();
        for (String key : new String[] {"oneOf", "anyOf"}) {
            for (JsonNode option : object.path(key)) {
                String name = Json.text(option, "name");
                if (name != null) {
                    options.add("• " + name);
                }
            }
        }
        if (!options.isEmpty()) {
            parts.add(String.join("\n", options));
        }
        JsonNode list = object.path("attachment");
        for (JsonNode a : list.isArray() ? list : List.of(list)) {
            String alt = Json.text(a, "name");
            if (alt != null) {
                parts.add("[" + kind(a) + ": " + alt.strip() + "]");
            }
        }
        return String.join("\n\n", parts);
    }

    /** The kind of each attachment ({@code image}, {@code video}, {@code audio}, else {@code document}). */
    private static List<String> attachments(JsonNode object) {
        List<String> kinds = new ArrayList<>();
        JsonNode list = object.path("attachment");
        for (JsonNode a : list.isArray() ? list : List.of(list)) {
            if (!a.isObject()) {
                continue;
            }
            kinds.add(kind(a));
        }
        return kinds;
    }

    private static String kind(JsonNode attachment) {
        String type = Json.text(attachment, "mediaType");
        String major = type == null ? "" : type.toLowerCase(Locale.ROOT).split("/")[0];
        return switch (major) {
            case "image", "video", "audio" -> major;
            default -> "document";
        };
    }

    private static List<String> uris(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isString() && !node.asString().isBlank()) {
            out.add(node.asString());
        }
        for (JsonNode n : node) {
            String s = n.isString() ? n.asString() : Json.text(n, "id");
            if (s != null && !s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
