package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.Visibility;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the rows of a Reddit export's files to messages: private messages and one-to-one chats
 * are direct (group chats and subreddit channels are group conversations), comments and posts are
 * the owner's own and public. A comment belongs to the conversation of its post, so the owner's
 * comments under one post form one exchange. Stateless apart from its owner; thread-safe.
 */
final class RedditMapper {
    private static final Pattern POST_ID = Pattern.compile("/comments/([a-z0-9]+)", Pattern.CASE_INSENSITIVE);

    private final Author owner;
    private final String account;

    RedditMapper(Author owner, String account) {
        this.owner = owner;
        this.account = account;
    }

    List<IngestRecord> message(CsvRow row) {
        String id = row.get("id");
        if (id == null) {
            return bad(row, "a message without an id");
        }
        ExportDates.FieldTime at = ExportDates.time("date", row.get("date"));
        if (at.none()) {
            return bad(row, "message " + RecordIds.shown(id) + " " + at.reasonById());
        }
        Author from = user(row.get("from"));
        Author to = user(row.get("to"));
        boolean outbound = from != null && from.sameAs(owner);
        Author author = from != null ? from : new Author(null, "[unknown]", null);
        List<Author> recipients = to == null || to.sameAs(owner) ? List.of() : List.of(to);
        String thread = row.get("thread_id") != null ? row.get("thread_id") : id;
        String text = join(row.get("subject"), row.get("body"));
        return read(row, "message:" + id, id, "message:" + thread, null, at.stamp(), author, recipients,
                outbound ? Direction.OUTBOUND : Direction.INBOUND, Visibility.DIRECT, text);
    }

    List<IngestRecord> chat(CsvRow row) {
        String id = row.get("message_id");
        if (id == null) {
            return bad(row, "a chat message without a message_id");
        }
        ExportDates.FieldTime at = ExportDates.time("created_at", row.get("created_at"));
        if (at.none()) {
            return bad(row, "chat message " + RecordIds.shown(id) + " " + at.reasonById());
        }
        Author from = user(row.get("username"));
        Author author = from != null ? from : new Author(null, "[unknown]", null);
        boolean outbound = author.sameAs(owner);
        String type = row.get("conversation_type") == null ? "" : row.get("conversation_type").toLowerCase(Locale.ROOT);
        boolean direct = type.contains("direct") || type.equals("dm") || type.contains("1:1")
                || (type.isEmpty() && row.get("subreddit") == null);
        String channel = row.get("channel_url") != null ? row.get("channel_url") : row.get("channel_name");
        return read(row, "chat:" + id, id, "chat:" + (channel != null ? channel : id), row.get("thread_parent_message_id"),
                at.stamp(), author, List.of(), outbound ? Direction.OUTBOUND : Direction.INBOUND,
                direct ? Visibility.DIRECT : Visibility.GROUP, text(row.get("message")));
    }

    List<IngestRecord> comment(CsvRow row) {
        String id = row.get("id");
        if (id == null) {
            return bad(row, "a comment without an id");
        }
        ExportDates.FieldTime at = ExportDates.time("date", row.get("date"));
        if (at.none()) {
            return bad(row, "comment " + RecordIds.shown(id) + " " + at.reasonById());
        }
        String link = row.get("link", "permalink");
        String post = postId(link);
        String conversation = "post:" + (post != null ? post : link != null ? link : id);
        return read(row, "comment:" + id, id, conversation, row.get("parent"), at.stamp(), owner, List.of(),
                Direction.OUTBOUND, Visibility.PUBLIC, text(row.get("body")));
    }

    List<IngestRecord> post(CsvRow row) {
        String id = row.get("id");
        if (id == null) {
            return bad(row, "a post without an id");
        }
        ExportDates.FieldTime at = ExportDates.time("date", row.get("date"));
        if (at.none()) {
            return bad(row, "post " + RecordIds.shown(id) + " " + at.reasonById());
        }
        return read(row, "post:" + id, id, "post:" + id, null, at.stamp(), owner, List.of(), Direction.OUTBOUND,
                Visibility.PUBLIC, join(row.get("title"), row.get("body")));
    }

    private List<IngestRecord> read(CsvRow row, String key, String nativeId, String conversation, String inReplyTo,
            ExportDates.Stamp at, Author author, List<Author> recipients, Direction direction, Visibility visibility,
            String text) {
        Message m = new Message(Message.stableId(Platform.REDDIT, account, key), Platform.REDDIT, account, nativeId,
                conversation, inReplyTo, at.at(), at.local(), author, recipients, direction, visibility, text, List.of(),
                row.source());
        return List.of(new IngestRecord.Read(m));
    }

    private static List<IngestRecord> bad(CsvRow row, String reason) {
        return List.of(new IngestRecord.Bad(row.source(), reason));
    }

    private static Author user(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().replaceFirst("^/?u/", "");
        return n.isEmpty() ? null : new Author(null, n, null);
    }

    /** The post id of a comment's link ({@code …/comments/1abc2d/…} → {@code 1abc2d}). */
    static String postId(String link) {
        if (link == null) {
            return null;
        }
        Matcher m = POST_ID.matcher(link);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static String text(String s) {
        return s == null ? "" : s.replace("\r\n", "\n").strip();
    }

    private static String join(String subject, String body) {
        String b = text(body);
        return subject == null || subject.isBlank() ? b : b.isEmpty() ? subject.strip() : subject.strip() + "\n\n" + b;
    }
}
