package io.phiscan.ingest;

import io.phiscan.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A cursor over a Meta JSON file (a Messenger or Instagram thread, comments, posts): it streams
 * to the records' array with {@link JsonMemberLocator}, then reads each element on its own with
 * {@link YtdFileCursor}, so a broken element is one {@link IngestRecord.Bad} and the elements
 * after it are still read. The members before the array (a thread's participants) are parsed
 * and handed to the mapper factory. A file that has no such array, or whose top level is
 * broken, gives one bad record naming the file and line. Not thread-safe.
 */
final class MetaJsonCursor implements RecordCursor {
    private final String export;
    private final String entry;
    private final InputStream in;
    private final Set<String> members;
    private final Function<JsonNode, YtdFileCursor.ElementMapper> mappers;
    private RecordCursor inner;
    private boolean done;

    /**
     * @param members the names of the member that holds the records, when the file is an object
     * @param mappers makes the element mapper from the members read before the array
     */
    MetaJsonCursor(String export, String entry, InputStream in, Set<String> members,
            Function<JsonNode, YtdFileCursor.ElementMapper> mappers) {
        this.export = export;
        this.entry = entry;
        this.in = in;
        this.members = members;
        this.mappers = mappers;
    }

    @Override
    public IngestRecord next() throws IOException {
        if (done) {
            return null;
        }
        if (inner == null) {
            JsonMemberLocator.Located at;
            JsonMemberLocator locator = new JsonMemberLocator(in, members);
            try {
                at = locator.locate(export, entry);
            } catch (ArchiveFormatException e) {
                done = true;
                return new IngestRecord.Bad(new SourceRef(export, entry, e.position()), e.reason());
            }
            if (at == null) {
                done = true;
                if (locator.notAnArray() != null) {
                    return new IngestRecord.Bad(new SourceRef(export, entry, "line " + locator.notAnArrayLine()),
                            locator.notAnArray() + "; nothing in it was read");
                }
                return new IngestRecord.Bad(new SourceRef(export, entry, ""),
                        "no " + String.join(" or ", members.stream().sorted().toList()) + " array in the file");
            }
            JsonNode head;
            try {
                head = YtdFileCursor.JSON.readTree(at.head());
            } catch (JacksonException e) {
                done = true;
                return new IngestRecord.Bad(new SourceRef(export, entry, "line 1"), YtdFileCursor.describe(e, 1));
            }
            inner = new YtdFileCursor(export, entry, at.array(), at.line(), mappers.apply(head));
        }
        return inner.next();
    }

    @Override
    public void close() throws IOException {
        in.close();
        if (inner != null) {
            inner.close();
        }
    }
}
