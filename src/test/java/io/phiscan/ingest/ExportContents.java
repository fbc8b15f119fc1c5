package io.phiscan.ingest;

import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Visibility;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** Everything one export yields when read part by part, for assertions. */
record ExportContents(Export export, List<Message> messages, List<IngestRecord.Bad> bad,
        List<IngestRecord.Encrypted> encrypted) {

    /** Locates the single export at {@code path} and reads all of it. */
    static ExportContents read(Path path) throws IOException {
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(path))) {
            if (locator.exports().size() != 1) {
                throw new AssertionError("expected one export at " + path + ", found " + locator.exports()
                        + " and unrecognized " + locator.unrecognized());
            }
            Export export = locator.exports().get(0);
            List<Message> messages = new ArrayList<>();
            List<IngestRecord.Bad> bad = new ArrayList<>(export.problems());
            List<IngestRecord.Encrypted> encrypted = new ArrayList<>();
            for (String part : export.parts()) {
                try (RecordCursor cursor = export.open(part)) {
                    IngestRecord r;
                    while ((r = cursor.next()) != null) {
                        if (r instanceof IngestRecord.Read read) {
                            messages.add(read.message());
                        } else if (r instanceof IngestRecord.Bad b) {
                            bad.add(b);
                        } else if (r instanceof IngestRecord.Encrypted e) {
                            encrypted.add(e);
                        }
                    }
                }
            }
            return new ExportContents(export, messages, bad, encrypted);
        }
    }

    List<Message> where(Predicate<Message> p) {
        return messages.stream().filter(p).toList();
    }

    /** The messages read from one file of the export. */
    List<Message> from(String entry) {
        return where(m -> m.source().entry().equals(entry));
    }

    List<Message> tweets() {
        return where(m -> m.visibility() == Visibility.PUBLIC);
    }

    List<Message> directMessages() {
        return where(m -> m.visibility() == Visibility.DIRECT);
    }

    List<Message> groupMessages() {
        return where(m -> m.visibility() == Visibility.GROUP);
    }

    long inbound() {
        return messages.stream().filter(m -> m.direction() == Direction.INBOUND).count();
    }

    /** The texts of a conversation's messages in time order. */
    List<String> conversation(String conversationId) {
        return messages.stream().filter(m -> m.conversationId().equals(conversationId))
                .sorted(Comparator.comparing(Message::at)).map(Message::text).toList();
    }

    Message byNativeId(String id) {
        return messages.stream().filter(m -> id.equals(m.nativeId())).findFirst()
                .orElseThrow(() -> new AssertionError("no message " + id));
    }
}
