package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the rows of a LinkedIn export's files to messages. Messages and invitation notes are
 * direct (group when more than one other member takes part); comments and posts are the owner's
 * own, public unless a post was shared with connections only. LinkedIn gives records no ids, so
 * a record's stable key is built from what it holds (conversation, date, sender, a hash of the
 * text), with a counter for identical records next to each other. Not thread-safe: one per part.
 */
final class LinkedInMapper {
    private static final Pattern ACTIVITY = Pattern.compile("urn(?::|%3A)li(?::|%3A)(activity|ugcPost|share)(?::|%3A)(\\d+)",
            Pattern.CASE_INSENSITIVE);

    private final LinkedInPeople people;
    private final String account;
    private String previousKey;
    private int repeat;

    LinkedInMapper(LinkedInPeople people, String account) {
        this.people = people;
        this.account = account;
    }

    List<IngestRecord> message(CsvRow row) {
        if (isYes(row.get("IS MESSAGE DRAFT")) || isYes(row.get("IS CONVERSATION DRAFT"))) {
            return bad(row, "a draft, never sent: not audited");
        }
        String conversation = row.get("CONVERSATION ID");
        if (conversation == null) {
            return bad(row, "a message without a CONVERSATION ID");
        }
        ExportDates.FieldTime at = ExportDates.time("DATE", row.get("DATE"));
        if (at.none()) {
            return bad(row, "a message " + at.reason());
        }
        Author author = people.person(row.get("FROM"), row.get("SENDER PROFILE URL"));
        if (author == null) {
            author = new Author(null, null, "LinkedIn Member");
        }
        boolean outbound = people.isOwner(author);
        List<Author> recipients = new ArrayList<>(people.recipients(row.get("TO"), row.get("RECIPIENT PROFILE URLS")));
        recipients.removeIf(people::isOwner);
        int others = recipients.size() + (outbound ? 0 : 1);
        String content = row.get("CONTENT");
        String text = join(row.get("SUBJECT"), content == null ? "" : plain(content));
        List<String> attachments = new ArrayList<>();
        if (row.get("ATTACHMENTS") != null) {
            for (String a : row.get("ATTACHMENTS").split(",")) {
                attachments.add("attachment");
            }
        }
        String key = "message:" + conversation + "|" + row.get("DATE") + "|" + author.key() + "|" + Message.hash(text, 6);
        return read(row, key, null, "conversation:" + conversation, at.stamp(), author, recipients,
                outbound ? Direction.OUTBOUND : Direction.INBOUND, others > 1 ? Visibility.GROUP : Visibility.DIRECT, text,
                attachments);
    }

    /** A note sent with an invitation to connect; invitations without a note are not messages. */
    List<IngestRecord> invitation(CsvRow row) {
        String note = row.get("Message");
        if (note == null) {
            return List.of();
        }
        ExportDates.FieldTime at = ExportDates.time("Sent At", row.get("Sent At"));
        if (at.none()) {
            return bad(row, "an invitation " + at.reason());
        }
        boolean outgoing = "OUTGOING".equalsIgnoreCase(row.get("Direction"));
        Author from = people.person(row.get("From"), row.get("inviterProfileUrl"));
        Author to = people.person(row.get("To"), row.get("inviteeProfileUrl"));
        Author other = outgoing ? to : from;
        if (other == null) {
            return bad(row, "an invitation that names nobody");
        }
        Author author = outgoing ? people.owner() : other;
        List<Author> recipients = outgoing ? List.of(other) : List.of();
        String key = "invitation:" + row.get("Sent At") + "|" + other.key() + "|" + Message.hash(note, 6);
        return read(row, key, null, "invitation:" + other.key(), at.stamp(), author, recipients,
                outgoing ? Direction.OUTBOUND : Direction.INBOUND, Visibility.DIRECT, plain(note), List.of());
    }

    /** The owner's comment on a post (the post's author is not in the export). */
    List<IngestRecord> comment(CsvRow row) {
        ExportDates.FieldTime at = ExportDates.time("Date", row.get("Date"));
        if (at.none()) {
            return bad(row, "a comment " + at.reason());
        }
        String link = row.get("Link");
        String text = row.get("Message") == null ? "" : plain(row.get("Message"));
        String post = activity(link);
        String key = "comment:" + row.get("Date") + "|" + link + "|" + Message.hash(text, 6);
        return read(row, key, null, "post:" + (post != null ? post : link), at.stamp(), people.owner(), List.of(),
                Direction.OUTBOUND, Visibility.PUBLIC, text, List.of());
    }

    /** The owner's post; {@code CONNECTIONS} posts are for followers only. */
    List<IngestRecord> share(CsvRow row) {
        ExportDates.FieldTime at = ExportDates.time("Date", row.get("Date"));
        if (at.none()) {
            return bad(row, "a post " + at.reason());
        }
        String link = row.get("ShareLink");
        String post = activity(link);
        String text = row.get("ShareCommentary") == null ? "" : plain(row.get("ShareCommentary"));
        List<String> attachments = new ArrayList<>();
        if (row.get("MediaUrl") != null) {
            attachments.add("media");
        }
        if (row.get("SharedUrl") != null) {
            attachments.add("link");
        }
        String visibility = row.get("Visibility") == null ? "" : row.get("Visibility").toUpperCase(Locale.ROOT);
        Visibility v = visibility.contains("CONNECTION") ? Visibility.FOLLOWERS : Visibility.PUBLIC;
        String key = "share:" + (link != null ? link : row.get("Date") + "|" + Message.hash(text, 6));
        return read(row, key, post, "post:" + (post != null ? post : key), at.stamp(), people.owner(), List.of(),
                Direction.OUTBOUND, v, text, attachments);
    }

    private List<IngestRecord> read(CsvRow row, String key, String nativeId, String conversation, ExportDates.Stamp at,
            Author author, List<Author> recipients, Direction direction, Visibility visibility, String text,
            List<String> attachments) {
        repeat = key.equals(previousKey) ? repeat + 1 : 0;
        previousKey = key;
        String unique = repeat == 0 ? key : key + "#" + repeat;
        Message m = new Message(Message.stableId(Platform.LINKEDIN, account, unique), Platform.LINKEDIN, account, nativeId,
                conversation, null, at.at(), at.local(), author, recipients, direction, visibility, text, attachments,
                row.source());
        return List.of(new IngestRecord.Read(m));
    }

    private static List<IngestRecord> bad(CsvRow row, String reason) {
        return List.of(new IngestRecord.Bad(row.source(), reason));
    }

    /** {@code urn:li:activity:7203…} from a post link, or {@code null}. */
    static String activity(String link) {
        if (link == null) {
            return null;
        }
        Matcher m = ACTIVITY.matcher(link);
        return m.find() ? "urn:li:" + m.group(1) + ":" + m.group(2) : null;
    }

    private static String plain(String text) {
        String t = text.replace("\r\n", "\n");
        return HtmlText.looksLikeHtml(t) ? HtmlText.toPlain(t) : t.strip();
    }

    private static String join(String subject, String body) {
        return subject == null || subject.isBlank() ? body : body.isEmpty() ? subject.strip() : subject.strip() + "\n\n" + body;
    }

    private static boolean isYes(String v) {
        return v != null && (v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("true"));
    }
}
