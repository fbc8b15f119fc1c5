package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Visibility;
import java.time.Instant;
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
        long seconds = -1;
        Optional<MetaDates.Stamp> printed = Optional.empty();
        List<String> values = new ArrayList<>();
        for (var f : fields.properties()) {
            String key = MetaText.repair(f.getKey()).strip().toLowerCase(Locale.ROOT);
            String value = MetaJson.text(f.getValue(), "value");
            long ts = MetaJson.number(f.getValue(), "timestamp");
            if (COMMENT.contains(key)) {
                comment = value;
            } else if (OWNER.contains(key)) {
                mediaOwner = value;
            } else if (value != null && ts <= 0 && MetaDates.parse(value).isPresent()) {
                printed = MetaDates.parse(value);
            } else if (value != null) {
                values.add(value);
            }
            if (ts > 0 && (seconds < 0 || value == null)) {
                seconds = ts;
            }
        }
        if (comment == null && !values.isEmpty()) {
            comment = values.remove(0);
        }
        if (mediaOwner == null && !values.isEmpty()) {
            mediaOwner = values.remove(0);
        }
        if (seconds < 0 && printed.isEmpty()) {
            return List.of(new IngestRecord.Bad(where.ref(), "a comment without a time"));
        }
        List<String> attachments = MetaJson.media(e, "media_list_data");
        if (comment == null && attachments.isEmpty()) {
            return List.of();
        }
        Instant at = seconds >= 0 ? Instant.ofEpochSecond(seconds) : printed.get().instant();
        boolean local = seconds < 0 && printed.get().localTime();
        return List.of(new IngestRecord.Read(message(comment == null ? "" : comment, mediaOwner, at, local,
                seconds >= 0 ? Long.toString(seconds) : printed.get().local().toString(), attachments, where)));
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
