package io.phiscan.ingest;

import io.phiscan.model.Message;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Reads every record of the one export found at a path, as the ingest step would. For tests. */
record ExportRun(Export export, List<IngestRecord> records) {

    static Path resource(String name) {
        try {
            return Path.of(ExportRun.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ExportRun of(String resource) throws IOException {
        return of(resource(resource));
    }

    static ExportRun of(Path path) throws IOException {
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(path))) {
            List<Export> exports = locator.exports();
            if (exports.size() != 1) {
                throw new AssertionError("expected one export at " + path + ", found " + exports.size()
                        + " and " + locator.unrecognized());
            }
            Export export = exports.get(0);
            List<IngestRecord> records = new ArrayList<>(export.problems());
            for (String part : export.parts()) {
                try (RecordCursor cursor = export.open(part)) {
                    IngestRecord r;
                    while ((r = cursor.next()) != null) {
                        records.add(r);
                    }
                }
            }
            return new ExportRun(export, records);
        }
    }

    List<Message> messages() {
        return records.stream().filter(r -> r instanceof IngestRecord.Read).map(r -> ((IngestRecord.Read) r).message()).toList();
    }

    List<IngestRecord.Bad> bad() {
        return records.stream().filter(r -> r instanceof IngestRecord.Bad).map(r -> (IngestRecord.Bad) r).toList();
    }

    List<Message> messages(Predicate<Message> which) {
        return messages().stream().filter(which).toList();
    }

    /** The one message with this text. */
    Message text(String text) {
        List<Message> found = messages(m -> m.text().equals(text));
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " messages with the text " + text);
        }
        return found.get(0);
    }
}
