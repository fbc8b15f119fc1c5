package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Visibility;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Maps an element of Facebook's {@code your_posts*.json} (a post: {@code data[{post}]},
 * {@code attachments[{data[{media}|{external_context}]}]}, {@code tags}) or of
 * {@code comments.json} ({@code comments_v2}, older {@code comments}: {@code data[{comment{comment,
 * author}}]}) to a public message by the owner. Times are epoch seconds. The person a comment
 * answers is named only in the English {@code title} ("Lena Okafor replied to Maria Gonzalez's
 * comment."); posts name people in {@code tags}. Each post and comment is its own exchange.
 * Not thread-safe: one mapper per file.
 */
final class FacebookPostMapper {
    private static final Pattern TARGET = Pattern.compile("^.+? (?:replied to|commented on|wrote on|responded to|"
            + "shared a (?:post|link|photo|video) (?:to|on)) (?!(?:his|her|their|your) own\\b)(.{1,120}?)['’]s? "
            + "(?:comment|post|photo|video|link|status|reel|album|event|timeline|life event|note|story)\\b.*$");

    private final MetaExport export;
    private final boolean comments;

    FacebookPostMapper(MetaExport export, boolean comments) {
        this.export = export;
        this.comments = comments;
    }

    List<IngestRecord> map(JsonNode e, YtdFileCursor.ElementSource where) {
        if (!e.isObject()) {
            return List.of(new IngestRecord.Bad(where.ref(), "a " + kind() + " that is not a JSON object"));
        }
        PlausibleTime.Checked at = PlausibleTime.epoch(e, ChronoUnit.SECONDS, "timestamp");
        StringBuilder text = new StringBuilder();
        String writer = null;
        for (JsonNode d : e.path("data")) {
            JsonNode c = d.path("comment");
            String part = comments ? MetaJson.text(c, "comment") : MetaJson.text(d, "post");
            if (comments && writer == null) {
                writer = MetaJson.text(c, "author");
            }
            if (at.at() == null && comments) {
                PlausibleTime.Checked inner = PlausibleTime.epoch(c, ChronoUnit.SECONDS, "timestamp");
                if (inner.at() != null || at.absent()) {
                    at = inner;
                }
            }
            if (part != null) {
                text.append(text.isEmpty() ? "" : "\n").append(part);
            }
        }
        if (at.at() == null) {
            return List.of(new IngestRecord.Bad(where.ref(), "a " + kind()
                    + (at.absent() ? " without a timestamp" : " whose " + at.refusal())));
        }
        List<String> attachments = new ArrayList<>();
        String description = null;
        for (JsonNode a : e.path("attachments")) {
            for (JsonNode d : a.path("data")) {
                attachments.addAll(MetaJson.media(d, "media"));
                String url = MetaJson.text(d.path("external_context"), "url");
                if (url != null) {
                    attachments.add(url);
                }
                if (description == null) {
                    description = MetaJson.text(d.path("media"), "description");
                }
            }
        }
        if (text.isEmpty() && description != null) {
            text.append(description);
        }
        if (text.isEmpty() && attachments.isEmpty()) {
            String unread = unreadData(e);
            return unread == null ? List.of() : List.of(new IngestRecord.Bad(where.ref(), unread));
        }
        return List.of(new IngestRecord.Read(message(e, at.at().getEpochSecond(), writer, text.toString(), attachments, where)));
    }

    private Message message(JsonNode e, long seconds, String writer, String text, List<String> attachments,
            YtdFileCursor.ElementSource where) {
        MetaOwner owner = export.ownerInfo();
        boolean byOwner = writer == null || owner.is(writer) || !owner.known();
        Author author = byOwner ? owner.author() : new Author(null, null, writer);
        List<Author> recipients = new ArrayList<>();
        String target = target(MetaJson.text(e, "title"));
        if (target != null && !owner.is(target)) {
            recipients.add(new Author(null, null, target));
        }
        for (JsonNode tag : e.path("tags")) {
            String name = tag.isString() ? MetaText.repair(tag.asString()) : MetaJson.text(tag, "name");
            if (name != null && !owner.is(name) && recipients.stream().noneMatch(r -> name.equals(r.name()))) {
                recipients.add(new Author(null, null, name));
            }
        }
        String key = kind() + ":" + export.keys().next(kind() + "s", Long.toString(seconds), author.key(),
                text + "\u0000" + attachments);
        String account = export.account();
        return new Message(Message.stableId(export.platform(), account, key), export.platform(), account, null,
                kind() + "/" + Message.hash(key, 8), null, Instant.ofEpochSecond(seconds), false, author, recipients,
                byOwner ? Direction.OUTBOUND : Direction.INBOUND, Visibility.PUBLIC, text, attachments, where.ref());
    }

    /**
     * Why a post or comment from which nothing was read is not read when its {@code data} or its
     * attachments' {@code data} is in a shape Meta does not write (not a list, or a comment that is
     * not an object); null when it holds nothing (no data, or only an {@code update_timestamp}).
     */
    private String unreadData(JsonNode e) {
        for (JsonNode a : e.path("attachments")) {
            JsonNode list = a.isObject() ? a.get("data") : a;
            if (list != null && !list.isNull() && !list.isArray()) {
                return "a " + kind() + " whose attachments hold " + Json.kind(list) + " where Meta writes a list of data;"
                        + " the " + kind() + " was not read";
            }
            for (JsonNode d : list == null ? List.<JsonNode>of() : list) {
                JsonNode media = d.get("media");
                if (media != null && !media.isNull() && MetaJson.text(media, "uri") == null) {
                    return "a " + kind() + " whose attached media is " + (media.isObject() ? "an object without a uri"
                            : Json.kind(media)) + " where Meta writes {uri}; the " + kind() + " was not read";
                }
            }
        }
        JsonNode data = e.get("data");
        if (data == null || data.isNull()) {
            return null;
        }
        if (!data.isArray()) {
            return "a " + kind() + " whose data is " + Json.kind(data) + " where Meta writes a list; the " + kind() + " was not read";
        }
        for (JsonNode d : data) {
            JsonNode c = comments && d.isObject() ? d.get("comment") : d;
            if (c != null && !c.isNull() && !c.isObject()) {
                return "a " + kind() + " whose data holds " + Json.kind(c) + " where Meta writes "
                        + (comments ? "{comment, author, timestamp}" : "{post}") + "; the " + kind() + " was not read";
            }
        }
        return null;
    }

    /** The person an English title names as the one answered ("… replied to Maria Gonzalez's comment."), or null. */
    static String target(String title) {
        Matcher m = title == null ? null : TARGET.matcher(title.strip());
        return m != null && m.matches() ? m.group(1) : null;
    }

    private String kind() {
        return comments ? "comment" : "post";
    }
}
