package io.phiscan.ingest;

import io.phiscan.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

/**
 * A cursor over a Facebook or Instagram HTML file, streamed with jsoup's {@link StreamParser}:
 * each block is handled once its closing tag has been read, then removed from the document, so
 * a 100 MB {@code messages.htm} never sits in memory. The layouts are told apart by their
 * blocks ({@link MetaHtmlBlocks}). A file in which no block of a known layout appears gives one
 * bad record naming the file; a block without a readable date is one bad record, and the blocks
 * around it are still read. The file is decoded in the character set it declares
 * ({@link MetaHtmlCharset}); a block holding bytes that are not valid in it is one bad record. A
 * file cut before its {@code </html>} says so: the block the cut falls in is read as far as it
 * goes and listed as cut. A tag in the body that would swallow the rest of the file is read as
 * text, and an attribute value whose closing quote was lost ends with its tag
 * ({@link UnclosedRawText}); the date of a message whose block's markup is damaged, left in no
 * block at the end, is one bad record at its line. Not thread-safe.
 */
final class MetaHtmlCursor implements RecordCursor {
    /** Elements read without a known block before the file is called unknown (headers are small). */
    static final int MAX_ELEMENTS_BEFORE_A_BLOCK = 20_000;

    private final String export;
    private final String entry;
    private final InputStream in;
    private final MetaHtmlHead head = new MetaHtmlHead();
    private final MetaHtmlBlocks blocks = new MetaHtmlBlocks();
    private final MetaHtmlRecords records;
    private final Deque<IngestRecord> pending = new ArrayDeque<>();
    private StreamParser parser;
    private Iterator<Element> elements;
    private boolean done;
    private long seen;
    /** A block closed by the parser, not by its end tag: whether it is cut is known from what comes next. */
    private MetaHtmlBlocks.Block held;
    private Range htmlEnd;
    private MetaHtmlCharset.Opened text;

    MetaHtmlCursor(MetaExport owner, String export, String entry, InputStream in, MetaParts.Kind kind, String conversation) {
        this.export = export;
        this.entry = entry;
        this.in = in;
        this.records = new MetaHtmlRecords(owner, kind, conversation, head);
    }

    @Override
    public IngestRecord next() throws IOException {
        if (parser == null) {
            text = MetaHtmlCharset.open(in);
            // a tag that would swallow the rest of the file (a stray <script>, an unclosed comment) is read as text
            parser = new StreamParser(Parser.htmlParser().setTrackPosition(true)).parse(new UnclosedRawText(text.reader()), "");
            elements = parser.iterator();
        }
        try {
            while (pending.isEmpty() && !done) {
                if (!elements.hasNext()) {
                    end();
                    break;
                }
                take(elements.next());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return pending.poll();
    }

    private void take(Element e) {
        seen++;
        if (held != null && !(e.endSourceRange().isImplicit() && e.endSourceRange().end().pos() == held.openEnd())) {
            release();
        }
        if (e.tagName().equals("html")) {
            htmlEnd = e.endSourceRange();
        }
        var found = blocks.take(e);
        if (!found.isEmpty()) {
            found.forEach(this::block);
            return;
        }
        head.see(e);
        if (!blocks.known() && seen > MAX_ELEMENTS_BEFORE_A_BLOCK) {
            unknown();
        }
    }

    private void block(MetaHtmlBlocks.Block block) {
        block(block, true);
    }

    private void block(MetaHtmlBlocks.Block block, boolean mayHold) {
        if (block.header()) {
            head.see(block.element());
            return;
        }
        if (held != null) {
            release();
        }
        if (mayHold && block.openEnd() >= 0) {
            // closed for want of its end tag: whole if the file goes on, cut if the file ends there
            held = block;
            return;
        }
        IngestRecord r = map(block);
        if (r != null) {
            pending.add(r);
        }
    }

    /**
     * The block's record; a bad record when bytes in it are not valid in the file's
     * character set, after one for each such line before it, outside any block (a thread's
     * participants, a title), whose text is read with U+FFFD in their place.
     */
    private IngestRecord map(MetaHtmlBlocks.Block block) {
        pending.addAll(text.outsideBlocks(export, entry, block.from()));
        String invalid = text.invalidBefore(block.to());
        if (invalid != null) {
            return new IngestRecord.Bad(where(block), invalid + ": the block was not read");
        }
        return records.map(block, where(block));
    }

    private void release() {
        IngestRecord r = map(held);
        held = null;
        if (r != null) {
            pending.add(r);
        }
    }

    /**
     * The end of the elements. A file that ends before its {@code </html>} was cut (an interrupted
     * download or copy): the block the cut falls in gives what was read of it and a skipped record
     * saying it is cut; a cut between blocks is a skipped record at the last line.
     */
    private void end() {
        boolean cut = blocks.known() && htmlEnd != null && htmlEnd.isTracked() && htmlEnd.isImplicit();
        List<MetaHtmlBlocks.Block> last = new ArrayList<>();
        if (held != null) {
            last.add(held);
            held = null;
        }
        last.addAll(blocks.finish());
        for (MetaHtmlBlocks.Block b : last) {
            if (cut && !b.header()) {
                cut(b);
                cut = false;
            } else {
                block(b, false);
            }
        }
        if (cut) {
            pending.add(new IngestRecord.Bad(new SourceRef(export, entry, "line " + htmlEnd.end().lineNumber()),
                    "the file ends before its closing </html> (truncated?): the blocks before the cut are read;"
                            + " the rest of the file cannot be read"));
        }
        for (Element date : blocks.orphanDates(parser.document())) {
            var at = date.sourceRange();
            pending.add(new IngestRecord.Bad(new SourceRef(export, entry, at.isTracked() ? "line " + at.start().lineNumber() : ""),
                    "a message's date with no message block around it that could be read (the block's markup is damaged);"
                            + " the message was not read"));
        }
        pending.addAll(text.outsideBlocks(export, entry, Long.MAX_VALUE));
        if (!blocks.known() && !head.isIndexPage()) {
            unknown();
        }
        done = true;
    }

    /** The block the end of a cut file falls in: what can be read of it, and a skipped record saying it is cut. */
    private void cut(MetaHtmlBlocks.Block block) {
        IngestRecord r = map(block);
        boolean kept = r instanceof IngestRecord.Read;
        if (kept) {
            pending.add(r);
        }
        String also = r instanceof IngestRecord.Bad bad && bad.reason().startsWith("bytes that") ? "; " + bad.reason() : "";
        pending.add(new IngestRecord.Bad(where(block), "the file ends inside this message (truncated?): "
                + (kept ? "the text before the cut is read, as an incomplete message" : "it was not read")
                + "; the rest of the file cannot be read" + also));
    }

    private SourceRef where(MetaHtmlBlocks.Block block) {
        return new SourceRef(export, entry, "block " + block.index() + (block.line() > 0 ? ", line " + block.line() : ""));
    }

    private void unknown() {
        pending.add(new IngestRecord.Bad(new SourceRef(export, entry, "the whole file"),
                "no message block of a known layout (" + MetaHtmlBlocks.KNOWN + ") in this HTML file;"
                        + " its layout is unknown and it was not read"));
        done = true;
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
        in.close();
    }
}
