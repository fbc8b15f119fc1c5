package io.phiscan.ingest;

import io.phiscan.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A cursor over the activities of a Mastodon {@code outbox.json}: each item is parsed on its
 * own ({@link OrderedItemsSplitter}) and mapped; an item whose id was already read (an outbox
 * with two {@code orderedItems} arrays holding the same items) is read once, and one with the id
 * of an earlier item but other content is a bad record. Not thread-safe.
 */
final class OutboxCursor implements RecordCursor {
    private record Seen(int index, int hash) {
    }

    private static final int MAX_ITEM_BYTES = 16 << 20;

    private final String export;
    private final String entry;
    private final OrderedItemsSplitter splitter;
    private final MastodonActivityMapper mapper;
    /** The first item of each id read, and a hash of its content. */
    private final Map<String, Seen> seen = new HashMap<>();
    /** Set when the bytes stopped: the cursor is at its end. */
    private boolean unreadable;

    OutboxCursor(String export, String entry, InputStream in, MastodonActivityMapper mapper) {
        this.export = export;
        this.entry = entry;
        this.splitter = new OrderedItemsSplitter(in, MAX_ITEM_BYTES);
        this.mapper = mapper;
    }

    @Override
    public IngestRecord next() throws IOException {
        while (true) {
            OrderedItemsSplitter.Element item;
            if (unreadable) {
                return null;
            }
            try {
                item = splitter.next();
            } catch (ArchiveFormatException e) {
                // the bytes stopped (a zip entry refused as it expands): nothing after this is read
                unreadable = true;
                return new IngestRecord.Bad(new SourceRef(export, entry, "after the last item read"),
                        "the rest of the file cannot be read: " + e.reason());
            }
            if (item == null) {
                return null;
            }
            SourceRef where = new SourceRef(export, entry, item.position());
            if (!item.ok()) {
                return new IngestRecord.Bad(where, item.error());
            }
            JsonNode node;
            try {
                node = YtdFileCursor.JSON.readTree(item.bytes());
            } catch (JacksonException e) {
                return new IngestRecord.Bad(where, YtdFileCursor.describe(e, item.line()));
            }
            String id = Json.text(node, "id");
            Seen first = id == null ? null : seen.putIfAbsent(id, new Seen(item.index(), node.hashCode()));
            if (first != null && first.hash() == node.hashCode()) {
                continue;
            }
            if (first != null) {
                return new IngestRecord.Bad(where, "an item with the id of item " + first.index() + " but other content: one id,"
                        + " two activities; this one was not read");
            }
            List<IngestRecord> records;
            try {
                records = mapper.map(node, where);
            } catch (RuntimeException e) {
                return new IngestRecord.Bad(where, "item not in the expected shape: " + e.getClass().getSimpleName());
            }
            if (!records.isEmpty()) {
                return records.get(0);
            }
        }
    }

    @Override
    public void close() throws IOException {
        splitter.close();
    }
}
