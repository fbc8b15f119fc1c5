package io.phiscan.ingest;

import io.phiscan.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A cursor over a Meta JSON file (a Messenger or Instagram thread, comments, posts): it streams
 * to the records' array with {@link JsonMemberLocator}, then reads each element on its own with
 * {@link YtdFileCursor}, so a broken element is one {@link IngestRecord.Bad} and the elements
 * after it are still read. The members before the array (a thread's participants) are parsed
 * and handed to the mapper factory; when they do not parse, they are one bad record and the
 * array's elements are still read, with those members read again with their bytes that are not
 * UTF-8 replaced, or without them. A file that has no such array, or whose top level is broken
 * before it, gives one bad record naming the file and line. Not thread-safe.
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
            IngestRecord.Bad damagedHead = null;
            try {
                head = YtdFileCursor.JSON.readTree(at.head());
            } catch (JacksonException e) {
                // the records' array was found after it: its records are still read, with what the
                // head holds when it reads with its bytes that are not UTF-8 replaced, else without it
                head = lenient(at.head());
                damagedHead = new IngestRecord.Bad(new SourceRef(export, entry, "line 1"), YtdFileCursor.describe(e, 1)
                        + (head != null ? "; the members before the records (a thread's participants) were read with the"
                                + " bytes that are not UTF-8 replaced, and the records after them"
                                : "; the records after the members before them (a thread's participants) were read without them"));
            }
            inner = new YtdFileCursor(export, entry, at.array(), at.line(),
                    mappers.apply(head != null ? head : YtdFileCursor.JSON.createObjectNode()));
            if (damagedHead != null) {
                return damagedHead;
            }
        }
        return inner.next();
    }

    /** The head read as text with its bytes that are not UTF-8 replaced, or null when it is no JSON object then either. */
    private static JsonNode lenient(byte[] head) {
        try {
            JsonNode node = YtdFileCursor.JSON.readTree(new String(head, StandardCharsets.UTF_8));
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
        if (inner != null) {
            inner.close();
        }
    }
}
