package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Visibility;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Maps an Instagram comment ({@code post_comments_N.json}, {@code reels_comments.json}) to a
 * public message by the owner. The {@code string_map_data} keys are in the export's language
 * ("Comment"/"Opmerking", "Media Owner"/"Media-eigenaar", "Time"/"Tijd"), so fields are told
 * apart by structure, as Meta writes them: the time is the entry with a {@code timestamp}
 * (epoch seconds) and no text, or, in old files, an English date as its {@code value}; the
 * first other value is the comment and the next one the media owner's user name. Known English
 * and Dutch keys are used first when present. Not thread-safe: one mapper per file.
 */
final class InstagramCommentMapper {
    private static final Set<String> COMMENT = Set.of("comment", "opmerking");
    private static final Set<String> OWNER = Set.of("media owner", "media-eigenaar");

    private final MetaExport export;

    InstagramCommentMapper(MetaExport export) {
        this.export = export;
    }

    List<IngestRecord> map(JsonNode e, YtdFileCursor.ElementSource where) {
        JsonNode fields = e.path("string_map_data");
        if (!fields.isObject()) {
            return List.of(new IngestRecord.Bad(where.ref(), "a comment without string_map_data"));
        }
        String comment = null;
        String mediaOwner = null;
        PlausibleTime.Checked time = PlausibleTime.Checked.ABSENT;
        Optional<MetaDates.Stamp> printed = Optional.empty();
        List<String> values = new ArrayList<>();
        int entry = 0;
        for (var f : fields.properties()) {
            entry++;
            JsonNode v = f.getValue();
            if (!v.isObject() || v.path("value").isContainer()) {
                return List.of(new IngestRecord.Bad(where.ref(), "a comment whose string_map_data entry " + entry + " is "
                        + (v.isObject() ? "{value: " + Json.kind(v.get("value")) + "}" : Json.kind(v)) + " where Meta writes {value,"
                        + " timestamp}; the comment was not read"));
            }
            String key = MetaText.repair(f.getKey()).strip().toLowerCase(Locale.ROOT);
            String value = MetaJson.text(f.getValue(), "value");
            PlausibleTime.Checked ts = placeholder(f.getValue().get("timestamp")) ? PlausibleTime.Checked.ABSENT
                    : PlausibleTime.epoch(f.getValue(), ChronoUnit.SECONDS, "timestamp");
            if (COMMENT.contains(key)) {
                comment = value;
            } else if (OWNER.contains(key)) {
                mediaOwner = value;
            } else if (value != null && ts.at() == null && MetaDates.parse(value).isPresent()) {
                printed = MetaDates.parse(value);
            } else if (value != null) {
                values.add(value);
            }
            if (!ts.absent() && (time.absent() || value == null)) {
                time = ts;
            }
        }
        if (comment == null && !values.isEmpty()) {
            comment = values.remove(0);
        }
        if (mediaOwner == null && !values.isEmpty()) {
            mediaOwner = values.remove(0);
        }
        if (time.at() == null && printed.isEmpty()) {
            return List.of(new IngestRecord.Bad(where.ref(), time.absent() ? "a comment without a time"
                    : "a comment whose " + time.refusal()));
        }
        List<String> attachments = MetaJson.media(e, "media_list_data");
        if (comment == null && attachments.isEmpty()) {
            return List.of();
        }
        boolean stamped = time.at() != null;
        Instant at = stamped ? time.at() : printed.get().instant();
        String refused = stamped ? null : PlausibleTime.refusal("the printed time", at);
        if (refused != null) {
            return List.of(new IngestRecord.Bad(where.ref(), "a comment whose " + refused));
        }
        boolean local = !stamped && printed.get().localTime();
        return List.of(new IngestRecord.Read(message(comment == null ? "" : comment, mediaOwner, at, local,
                stamped ? Long.toString(at.getEpochSecond()) : printed.get().local().toString(), attachments, where)));
    }

    /** Meta writes {@code "timestamp": 0} in the entries that hold no time. */
    private static boolean placeholder(JsonNode ts) {
        return ts != null && (ts.isNumber() ? ts.asDouble() == 0 : "0".equals(ts.asString("").strip()));
    }

    private Message message(String text, String mediaOwner, Instant at, boolean local, String stamp,
            List<String> attachments, YtdFileCursor.ElementSource where) {
        MetaOwner owner = export.ownerInfo();
        List<Author> recipients = new ArrayList<>();
        String handle = mediaOwner == null ? null : mediaOwner.replaceFirst("^@", "");
        if (handle != null && !handle.equalsIgnoreCase(owner.author().handle()) && !owner.is(handle)) {
            recipients.add(new Author(null, handle, null));
        }
        String key = "comment:" + export.keys().next("comments", stamp, owner.author().key(), text + "\u0000" + attachments);
        String account = export.account();
        return new Message(Message.stableId(export.platform(), account, key), export.platform(), account, null,
                "comment/" + Message.hash(key, 8), null, at, local, owner.author(), recipients, Direction.OUTBOUND,
                Visibility.PUBLIC, text, attachments, where.ref());
    }
}
