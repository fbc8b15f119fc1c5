package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.SourceRef;
import io.phiscan.model.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Turns the blocks of a Meta HTML file into messages: thread messages (sender, text, date),
 * Facebook posts and comments (a title line, the text, the date; by the owner, public) and
 * Instagram comments (a table of label/value rows: the comment, the media owner, the time; the
 * labels are localized, so rows are told apart by what their values are). HTML dates carry no
 * zone: they are kept as printed, read as UTC and marked {@code localTime}. Not thread-safe:
 * one per file.
 */
final class MetaHtmlRecords {
    private final MetaExport export;
    private final MetaParts.Kind kind;
    private final String conversation;
    private final MetaHtmlHead head;

    MetaHtmlRecords(MetaExport export, MetaParts.Kind kind, String conversation, MetaHtmlHead head) {
        this.export = export;
        this.kind = kind;
        this.conversation = conversation;
        this.head = head;
    }

    /** The block's record, a bad record when its date or sender cannot be read, or null for an event. */
    IngestRecord map(MetaHtmlBlocks.Block b, SourceRef where) {
        head.start();
        String time = b.time();
        List<String> cells = kind == MetaParts.Kind.IG_COMMENTS_HTML ? cells(b.element()) : List.of();
        if (time.isEmpty()) {
            time = cells.stream().filter(c -> MetaDates.parse(c).isPresent()).findFirst().orElse("");
        }
        Optional<MetaDates.Stamp> at = MetaDates.parse(time);
        if (at.isEmpty()) {
            return new IngestRecord.Bad(where, "the date of this " + b.generation() + "-layout block "
                    + (time.isEmpty() ? "is missing" : "cannot be read") + "; the block was not read");
        }
        String refused = PlausibleTime.refusal("date", at.get().instant());
        if (refused != null) {
            return new IngestRecord.Bad(where, "a " + b.generation() + "-layout block whose " + refused
                    + "; the block was not read");
        }
        return switch (kind) {
            case THREAD_HTML, LEGACY_HTML -> message(b, at.get(), where);
            case IG_COMMENTS_HTML -> post(null, cells.stream().filter(c -> MetaDates.parse(c).isEmpty()).toList(),
                    List.of(), at.get(), where, b);
            default -> post(b.sender(), List.of(MetaHtmlText.text(b.body())), MetaHtmlText.attachments(b.body()),
                    at.get(), where, b);
        };
    }

    private IngestRecord message(MetaHtmlBlocks.Block b, MetaDates.Stamp at, SourceRef where) {
        String sender = b.sender();
        if (sender == null || sender.isBlank()) {
            return new IngestRecord.Bad(where, "a " + b.generation() + "-layout message block without a sender"
                    + (b.body() == null ? " or a text" : "") + "; the block was not read");
        }
        if (b.body() == null && "2017".equals(b.generation())) {
            return new IngestRecord.Bad(where, "a 2017-layout message without its text (no <p> after its header);"
                    + " the block was not read");
        }
        if (b.body() == null) {
            // every message block of these layouts holds its text element, empty or not: without it, the block is damaged
            return new IngestRecord.Bad(where, "a " + b.generation() + "-layout message block without its text element"
                    + " (damaged markup?); the block was not read");
        }
        MetaOwner owner = export.ownerInfo();
        List<String> people = new ArrayList<>(b.thread() != null ? MetaHtmlHead.split(b.thread()) : head.participants());
        if (owner.known() && !people.isEmpty() && people.stream().noneMatch(owner::is)) {
            people.add(owner.author().name());
        }
        String thread = b.thread() == null || !"messages.htm".equals(conversation) ? conversation
                : "legacy/" + String.join(", ", people.stream().sorted().toList());
        String text = MetaHtmlText.text(b.body());
        List<String> attachments = MetaHtmlText.attachments(b.body());
        String firstLine = text.lines().findFirst().orElse("");
        if (MetaSystemLines.isAttachmentLine(firstLine, sender)) {
            text = sharedLinks(text.substring(firstLine.length()).strip(), attachments);
            if (attachments.isEmpty()) {
                attachments.add(MetaSystemLines.attachmentKind(firstLine));
            }
        } else if (MetaSystemLines.isEvent(text, sender)) {
            text = "";
        }
        if (text.isEmpty() && attachments.isEmpty()) {
            return null;
        }
        boolean outbound = owner.is(sender);
        List<Author> recipients = new ArrayList<>();
        for (String p : people) {
            if (!p.equals(sender)) {
                recipients.add(owner.is(p) ? owner.author() : owner.person(p, thread, people));
            }
        }
        Author author = outbound ? owner.author() : owner.person(sender, thread, people);
        String key = "html:" + export.keys().next(thread, stamp(at), sender, text + "\u0000" + attachments);
        return read(key, thread, at, author, recipients, outbound ? Direction.OUTBOUND : Direction.INBOUND,
                people.size() > 2 ? Visibility.GROUP : Visibility.DIRECT, text, attachments, where);
    }

    /** The lines of what follows an "X sent an attachment." line, bare web links moved to the attachments. */
    private static String sharedLinks(String rest, List<String> attachments) {
        StringBuilder kept = new StringBuilder();
        for (String line : rest.lines().toList()) {
            if (line.matches("https?://\\S+")) {
                attachments.add(line);
            } else {
                kept.append(kept.isEmpty() ? "" : "\n").append(line);
            }
        }
        return kept.toString();
    }

    /** A post or comment by the owner; {@code parts} are its text lines (for Instagram: comment, then media owner). */
    private IngestRecord post(String title, List<String> parts, List<String> attachments, MetaDates.Stamp at,
            SourceRef where, MetaHtmlBlocks.Block b) {
        boolean instagram = kind == MetaParts.Kind.IG_COMMENTS_HTML;
        String text = parts.isEmpty() ? "" : parts.get(0);
        if (text.isEmpty() && attachments.isEmpty()) {
            return null;
        }
        MetaOwner owner = export.ownerInfo();
        List<Author> recipients = new ArrayList<>();
        String target = instagram ? (parts.size() > 1 ? parts.get(1) : null) : FacebookPostMapper.target(title);
        if (target != null && !owner.is(target) && !target.equalsIgnoreCase(owner.author().handle())) {
            recipients.add(instagram ? new Author(null, target.replaceFirst("^@", ""), null) : new Author(null, null, target));
        }
        String what = kind == MetaParts.Kind.POSTS_HTML ? "post" : "comment";
        String key = what + ":html:" + export.keys().next(what + "s", stamp(at), owner.author().key(),
                text + "\u0000" + attachments);
        return read(key, what + "/" + Message.hash(key, 8), at, owner.author(), recipients, Direction.OUTBOUND,
                Visibility.PUBLIC, text, attachments, where);
    }

    private IngestRecord read(String key, String thread, MetaDates.Stamp at, Author author, List<Author> recipients,
            Direction direction, Visibility visibility, String text, List<String> attachments, SourceRef where) {
        String account = export.account();
        return new IngestRecord.Read(new Message(Message.stableId(export.platform(), account, key), export.platform(),
                account, null, thread, null, at.instant(), at.localTime(), author, recipients, direction, visibility,
                text, attachments, where));
    }

    private static String stamp(MetaDates.Stamp at) {
        return at.local() + (at.zone() == null ? "" : at.zone().getId());
    }

    /** The values of an Instagram table block's rows, in order (a row's first cell or line is its label). */
    private static List<String> cells(Element block) {
        List<String> out = new ArrayList<>();
        for (Element row : block.select("tr")) {
            Element value = row.selectFirst("td > div > div");
            String v;
            if (value != null) {
                v = MetaHtmlText.text(value);
            } else {
                var tds = row.select("td");
                v = tds.size() > 1 ? MetaHtmlText.text(tds.get(tds.size() - 1)) : "";
            }
            if (!v.isBlank()) {
                out.add(v);
            }
        }
        return out;
    }
}
