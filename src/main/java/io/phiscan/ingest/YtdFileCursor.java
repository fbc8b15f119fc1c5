package io.phiscan.ingest;

import io.phiscan.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A cursor over a JavaScript-wrapped JSON array file ({@code window.YTD.<name>.partN = [...]},
 * Grailbird's monthly files): each element is parsed on its own and mapped to records; a broken
 * element becomes one {@link IngestRecord.Bad} naming the element and its line. An element that
 * runs on into the elements after it (its closing bracket lost) is split at the lines that open
 * them ({@link ElementParts}), and each part is read as an element of its own.
 */
final class YtdFileCursor implements RecordCursor {

    /** Maps one parsed array element to the records it holds (none, one, or many). */
    @FunctionalInterface
    interface ElementMapper {
        List<IngestRecord> map(JsonNode element, ElementSource source);

        /**
         * The records that can be read in the bytes of an element that does not parse, or that the
         * file ends inside (a cut download), with a skipped record for each that cannot: none,
         * unless the element holds several records (a conversation) and the mapper can take them
         * one by one.
         */
        default List<IngestRecord> salvage(byte[] partial, ElementSource source) {
            return List.of();
        }
    }

    /** Where an element is, and how to name a position inside it. */
    record ElementSource(String export, String entry, int index, long line) {
        SourceRef ref() {
            return new SourceRef(export, entry, "element " + index + ", line " + line);
        }

        SourceRef ref(String within) {
            return new SourceRef(export, entry, "element " + index + ", line " + line + ", " + within);
        }
    }

    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final int MAX_ELEMENT_BYTES = 64 << 20;

    private final String export;
    private final String entry;
    private final JsonArraySplitter splitter;
    private final ElementMapper mapper;
    private final Deque<IngestRecord> pending = new ArrayDeque<>();
    /** Set when the bytes stopped: the cursor is at its end. */
    private boolean unreadable;

    YtdFileCursor(String export, String entry, InputStream in, ElementMapper mapper) {
        this(export, entry, in, 1, mapper);
    }

    /** A cursor over a stream that starts on line {@code firstLine} of its file, at its array. */
    YtdFileCursor(String export, String entry, InputStream in, long firstLine, ElementMapper mapper) {
        this.export = export;
        this.entry = entry;
        this.splitter = new JsonArraySplitter(in, MAX_ELEMENT_BYTES, firstLine);
        this.mapper = mapper;
    }

    @Override
    public IngestRecord next() throws IOException {
        while (pending.isEmpty()) {
            JsonArraySplitter.Element element;
            if (unreadable) {
                return null;
            }
            boolean closed = false;
            try {
                element = splitter.next();
                if (element == null) {
                    closed = true;
                    splitter.readToEnd();
                }
            } catch (ArchiveFormatException e) {
                // the bytes stopped (a zip entry refused as it expands, or damaged), or, after the array,
                // failed their check (a damaged zip entry's CRC-32): nothing after this is read
                unreadable = true;
                return new IngestRecord.Bad(new SourceRef(export, entry, "line " + splitter.line()),
                        (closed || splitter.ended() ? "" : "the rest of the file cannot be read: ") + e.reason());
            }
            if (element == null) {
                return null;
            }
            ElementSource where = new ElementSource(export, entry, element.index(), element.line());
            byte[] b = element.bytes();
            if (!element.ok()) {
                if (b == null) {
                    pending.add(new IngestRecord.Bad(where.ref(), element.error()));
                    continue;
                }
                // the elements run into this one (its closing bracket lost) are read each on its own;
                // the last part is where the element broke
                List<ElementParts.Part> parts = ElementParts.split(b, splitter.elementIndent(), element.line());
                for (ElementParts.Part part : parts.subList(0, parts.size() - 1)) {
                    readPart(b, part, element.index());
                }
                ElementParts.Part last = parts.get(parts.size() - 1);
                broken(Arrays.copyOfRange(b, last.from(), last.to()), new ElementSource(export, entry, element.index(),
                        last.line()), element.error());
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(b);
            } catch (JacksonException e) {
                List<ElementParts.Part> parts = ElementParts.split(b, splitter.elementIndent(), element.line());
                if (parts.size() == 1) {
                    unparsed(b, where, e);
                } else {
                    for (ElementParts.Part part : parts) {
                        readPart(b, part, element.index());
                    }
                }
                continue;
            }
            List<IngestRecord> records = records(node, where);
            List<ElementParts.Part> parts = skipsAny(records) ? ElementParts.split(b, splitter.elementIndent(), element.line())
                    : List.of();
            if (parts.size() > 1) {
                // an element that parses but holds lines that open elements (a member name and bracket
                // copied into it, the elements after it nested there) is not one element: its parts are read
                for (ElementParts.Part part : parts) {
                    readPart(b, part, element.index());
                }
            } else {
                pending.addAll(records);
            }
        }
        return pending.poll();
    }

    /** The records of a part of an element that did not parse whole: read as an element of its own. */
    private void readPart(byte[] b, ElementParts.Part part, int index) {
        ElementSource where = new ElementSource(export, entry, index, part.line());
        byte[] bytes = ElementParts.value(b, part);
        JsonNode node;
        try {
            node = JSON.readTree(bytes);
        } catch (JacksonException e) {
            unparsed(bytes, where, e);
            return;
        }
        pending.addAll(records(node, where));
    }

    private static boolean skipsAny(List<IngestRecord> records) {
        for (IngestRecord r : records) {
            if (r instanceof IngestRecord.Bad) {
                return true;
            }
        }
        return false;
    }

    private List<IngestRecord> records(JsonNode node, ElementSource where) {
        try {
            return mapper.map(node, where);
        } catch (RuntimeException e) {
            return List.of(new IngestRecord.Bad(where.ref(), "element not in the expected shape: " + e.getClass().getSimpleName()));
        }
    }

    /** An element that does not parse: a conversation with one broken message keeps the others, the broken one skipped. */
    private void unparsed(byte[] bytes, ElementSource where, JacksonException e) {
        List<IngestRecord> apart = mapper.salvage(bytes, where);
        pending.addAll(apart);
        if (apart.stream().noneMatch(r -> r instanceof IngestRecord.Bad)) {
            pending.add(new IngestRecord.Bad(where.ref(), describe(e, where.line()) + (apart.isEmpty() ? ""
                    : "; the " + readIn(apart) + " record(s) in it that can be read are read")));
        }
    }

    /** An element the splitter found broken (cut by the end of the file, a line break in a string), with its bytes. */
    private void broken(byte[] bytes, ElementSource where, String error) {
        List<IngestRecord> whole = mapper.salvage(bytes, where);
        pending.addAll(whole);
        // a string broken among a conversation's messages is listed there, at that message, the others read
        if (whole.stream().noneMatch(r -> r instanceof IngestRecord.Bad bad && bad.reason().equals(error))) {
            long read = readIn(whole);
            pending.add(new IngestRecord.Bad(where.ref(), error + (read == 0 ? ""
                    : "; the " + read + " record(s) complete before that point are read")));
        }
    }

    /** How many of an element's records were read (a message, or one counted as encrypted), its skipped rows left out. */
    private static long readIn(List<IngestRecord> records) {
        return records.stream().filter(r -> !(r instanceof IngestRecord.Bad)).count();
    }

    /** A parse error in our own words, located in the file, never quoting the content. */
    static String describe(JacksonException e, long elementLine) {
        TokenStreamLocation loc = e.getLocation();
        String at = loc == null ? "" : " at line " + (elementLine + loc.getLineNr() - 1) + ", column " + loc.getColumnNr();
        String what = e.getOriginalMessage();
        if (what == null) {
            what = "syntax error";
        }
        what = what.replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"");
        int cut = what.indexOf('\n');
        if (cut > 0) {
            what = what.substring(0, cut);
        }
        // Jackson's "(for Object starting at [Source: REDACTED (…); byte offset: #UNKNOWN])", and its "(start
        // marker at [Source: …])" of a file cut short, say nothing to a reader
        what = what.replaceFirst("\\s*\\((?:for [^()]*starting|start marker) at \\[Source: .*$", "");
        return "invalid JSON" + at + ": " + what;
    }

    @Override
    public void close() throws IOException {
        splitter.close();
    }
}
