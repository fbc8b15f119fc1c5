package io.phiscan.ingest;

import io.phiscan.model.SourceRef;
import java.io.IOException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A cursor over a Meta JSON file (a Messenger or Instagram thread, comments, posts): it streams
 * to the records' array with {@link JsonMemberLocator}, then reads each element on its own with
 * {@link YtdFileCursor}, so a broken element is one {@link IngestRecord.Bad} and the elements
 * after it are still read. The members before the array (a thread's participants) are parsed
 * and handed to the mapper factory; when they do not parse, they are one bad record and the
 * array's elements are still read, with those members read again with their bytes that are not
 * UTF-8 replaced, or without them. A file that has no such array gives one bad record naming the
 * file; so does one whose top level is broken before the array, which is then read again, when
 * it can be (a thread), from the line that opens the array, without the members before it.
 * Not thread-safe.
 */
final class MetaJsonCursor implements RecordCursor {
    private final String export;
    private final String entry;
    private final InputStream in;
    private final Set<String> members;
    private final Function<JsonNode, YtdFileCursor.ElementMapper> mappers;
    private final Reopen reopen;
    private RecordCursor inner;
    private InputStream again;
    private boolean done;

    /** Opens the file again from its start, for a second reading when its top level is broken. */
    @FunctionalInterface
    interface Reopen {
        InputStream open() throws IOException;
    }

    /** The line that opens a records' array among the top-level members of a pretty-printed file. */
    private static final Pattern MEMBER_LINE = Pattern.compile(" {1,4}\"([a-z_0-9]+)\"\\s*:\\s*\\[\\s*");
    /** The line that opens an element of a thread's messages array, pretty-printed. */
    private static final Pattern ELEMENT_OPENING = Pattern.compile(" {4}\\{\\s*");
    /** The line after it in a message of a thread: its sender, the first member Meta writes of one. */
    private static final Pattern SENDER_LINE = Pattern.compile(" {6}\"sender_name\"\\s*:.*", Pattern.DOTALL);

    /**
     * @param members the names of the member that holds the records, when the file is an object
     * @param mappers makes the element mapper from the members read before the array
     */
    MetaJsonCursor(String export, String entry, InputStream in, Set<String> members,
            Function<JsonNode, YtdFileCursor.ElementMapper> mappers) {
        this(export, entry, in, members, mappers, null);
    }

    /**
     * @param reopen opens the file again: when its top level is broken before the array (a
     *     bracket or a quote lost among a thread's participants), the array is found again by the
     *     line that opens it and its records read; {@code null} to read such a file not at all
     */
    MetaJsonCursor(String export, String entry, InputStream in, Set<String> members,
            Function<JsonNode, YtdFileCursor.ElementMapper> mappers, Reopen reopen) {
        this.export = export;
        this.entry = entry;
        this.in = in;
        this.members = members;
        this.mappers = mappers;
        this.reopen = reopen;
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
                IngestRecord.Bad broken = new IngestRecord.Bad(new SourceRef(export, entry, e.position()), e.reason());
                IngestRecord.Bad found = reopen == null ? null : readAgainFromArray(broken);
                if (found == null) {
                    done = true;
                    return broken;
                }
                return found;
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

    /**
     * The file read again, its records from the line that opens their array at the top level's
     * indentation (pretty-printed, as Meta writes it), without the members before it: the
     * record skipped for the broken top level, saying so; or {@code null} when no such line is found.
     * When the damage took that line with it (the end of the participants and the name of the
     * messages run together), a thread's messages are read from the line that opens the first
     * of them, known by the sender on the line after it.
     */
    private IngestRecord.Bad readAgainFromArray(IngestRecord.Bad broken) throws IOException {
        // read to its end even when a zip entry's CRC-32 check fails there: the first reading lists
        // that failure when it read the file to its end
        InputStream bytes = new BufferedInputStream(new CheckedAtEnd(reopen.open()), 1 << 16);
        StringBuilder text = new StringBuilder();
        long line = 1;
        boolean afterOpening = false;
        while (true) {
            text.setLength(0);
            int c;
            boolean longer = false;
            while ((c = bytes.read()) >= 0 && c != '\n') {
                if (text.length() < 256) {
                    text.append((char) c);
                } else {
                    longer = true;
                }
            }
            Matcher m = longer ? null : MEMBER_LINE.matcher(text);
            if (m != null && m.matches() && members.contains(m.group(1))) {
                readArrayFrom(new byte[] {'[', '\n'}, bytes, line);
                return new IngestRecord.Bad(broken.source(), broken.reason() + "; the records after line " + line + ", where the "
                        + m.group(1) + " array opens, were read without the members before it (a thread's participants)");
            }
            if (!longer && afterOpening && members.contains("messages") && SENDER_LINE.matcher(text).matches()) {
                readArrayFrom(("[\n    {\n" + text + "\n").getBytes(StandardCharsets.ISO_8859_1), bytes, line - 2);
                return new IngestRecord.Bad(broken.source(), broken.reason() + "; no line opens the messages array, and the"
                        + " records from line " + (line - 1) + ", where the first message opens, were read without the members"
                        + " before them (a thread's participants)");
            }
            afterOpening = !longer && ELEMENT_OPENING.matcher(text).matches();
            if (c < 0) {
                bytes.close();
                return null;
            }
            line++;
        }
    }

    /**
     * Reads the records, without the members before them, from {@code opening} (the {@code [} of
     * their array, on {@code line}, and what the caller read after it) and the rest of the file.
     */
    private void readArrayFrom(byte[] opening, InputStream rest, long line) {
        again = rest;
        inner = new YtdFileCursor(export, entry, new SequenceInputStream(new ByteArrayInputStream(opening), rest), line,
                mappers.apply(YtdFileCursor.JSON.createObjectNode()));
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
        if (again != null) {
            again.close();
        }
        if (inner != null) {
            inner.close();
        }
    }
}
