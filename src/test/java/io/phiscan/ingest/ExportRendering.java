package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Visibility;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a whole export and renders every record as one line of text (plus its text, escaped),
 * for golden-file comparison: what a reviewer checks against the fixture by eye. Paths are
 * relative to the export, so the rendering does not depend on where the fixture lies.
 */
final class ExportRendering {

    /** Everything read from an export, in order. */
    record Read(Export export, List<IngestRecord> records) {
        List<Message> messages() {
            return records.stream().filter(r -> r instanceof IngestRecord.Read).map(r -> ((IngestRecord.Read) r).message())
                    .toList();
        }

        List<IngestRecord.Bad> bad() {
            return records.stream().filter(r -> r instanceof IngestRecord.Bad).map(r -> (IngestRecord.Bad) r).toList();
        }

        long encrypted() {
            return records.stream().filter(r -> r instanceof IngestRecord.Encrypted).count();
        }

        Message message(String nativeIdOrTextStart) {
            return messages().stream().filter(m -> nativeIdOrTextStart.equals(m.nativeId())
                    || m.text().startsWith(nativeIdOrTextStart)).findFirst().orElseThrow(
                            () -> new AssertionError("no message " + nativeIdOrTextStart));
        }
    }

    private ExportRendering() {
    }

    /** Recognizes the tree with every reader and reads every part, problems first (as the ingest step does). */
    static Read read(ExportTree tree) throws IOException {
        Export export = ArchiveReaders.recognize(tree).orElseThrow(() -> new AssertionError("not recognized: " + tree.displayName()));
        return read(export);
    }

    static Read read(Export export) throws IOException {
        List<IngestRecord> out = new ArrayList<>(export.problems());
        for (String part : export.parts()) {
            try (RecordCursor c = export.open(part)) {
                IngestRecord r;
                while ((r = c.next()) != null) {
                    out.add(r);
                }
            }
        }
        return new Read(export, out);
    }

    static String render(Read read) {
        Export e = read.export();
        StringBuilder s = new StringBuilder();
        s.append("platform ").append(e.platform().id()).append(", layout ").append(e.layout()).append(", account ")
                .append(e.account()).append(", owner ").append(who(e.owner())).append('\n');
        for (String note : e.notes()) {
            s.append("note: ").append(note).append('\n');
        }
        s.append("parts: ").append(String.join(", ", e.parts())).append('\n');
        for (IngestRecord r : read.records()) {
            s.append(line(r)).append('\n');
            if (r instanceof IngestRecord.Read m) {
                s.append("    text: ").append(escape(m.message().text())).append('\n');
            }
        }
        s.append(summary(read)).append('\n');
        return s.toString();
    }

    static String summary(Read read) {
        List<Message> messages = read.messages();
        Set<String> authors = messages.stream().map(m -> m.author().key()).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<Direction, Long> directions = new EnumMap<>(Direction.class);
        Map<Visibility, Long> visibilities = new EnumMap<>(Visibility.class);
        for (Message m : messages) {
            directions.merge(m.direction(), 1L, Long::sum);
            visibilities.merge(m.visibility(), 1L, Long::sum);
        }
        return "summary: messages " + messages.size() + ", skipped " + read.bad().size() + ", encrypted "
                + read.encrypted() + ", authors " + authors.size() + ", " + directions + ", " + visibilities;
    }

    private static String line(IngestRecord r) {
        String where = r.source().entry() + " (" + r.source().position() + ")";
        if (r instanceof IngestRecord.Bad b) {
            return "BAD " + where + ": " + b.reason();
        }
        if (r instanceof IngestRecord.Encrypted x) {
            return "ENCRYPTED " + where + " conversation " + x.conversationId();
        }
        Message m = ((IngestRecord.Read) r).message();
        return "MSG " + where + " | " + m.at() + (m.localTime() ? " local" : "") + " | " + m.direction().id() + " | "
                + m.visibility().id() + " | from " + who(m.author()) + " | to " + m.recipients().stream()
                        .map(ExportRendering::who).collect(Collectors.joining("; ", "[", "]"))
                + " | conversation " + m.conversationId() + (m.inReplyTo() == null ? "" : " | reply to " + m.inReplyTo())
                + (m.nativeId() == null ? "" : " | native " + m.nativeId())
                + (m.attachments().isEmpty() ? "" : " | attachments " + m.attachments()) + " | id " + m.id();
    }

    static String who(Author a) {
        String handle = a.handle() != null && !a.key().equals("@" + a.handle()) ? " @" + a.handle() : "";
        return a.key() + handle + (a.name() != null && !a.key().equals("name:" + a.name()) ? " (" + a.name() + ")" : "");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
    }
}
