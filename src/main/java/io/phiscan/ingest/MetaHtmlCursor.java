package io.phiscan.ingest;

import io.phiscan.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

/**
 * A cursor over a Facebook or Instagram HTML file, streamed with jsoup's {@link StreamParser}:
 * each block is handled once its closing tag has been read, then removed from the document, so
 * a 100 MB {@code messages.htm} never sits in memory. The layouts are told apart by their
 * blocks ({@link MetaHtmlBlocks}). A file in which no block of a known layout appears gives one
 * bad record naming the file; a block without a readable date is one bad record, and the blocks
 * around it are still read. Not thread-safe.
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

    MetaHtmlCursor(MetaExport owner, String export, String entry, InputStream in, MetaParts.Kind kind, String conversation) {
        this.export = export;
        this.entry = entry;
        this.in = in;
        this.records = new MetaHtmlRecords(owner, kind, conversation, head);
    }

    @Override
    public IngestRecord next() throws IOException {
        if (parser == null) {
            parser = new StreamParser(Parser.htmlParser().setTrackPosition(true))
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8), "");
            elements = parser.iterator();
        }
        try {
            while (pending.isEmpty() && !done) {
                if (!elements.hasNext()) {
                    blocks.finish().forEach(this::block);
                    if (!blocks.known() && !head.isIndexPage()) {
                        unknown();
                    }
                    done = true;
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
        if (block.header()) {
            head.see(block.element());
            return;
        }
        String at = "block " + block.index() + (block.line() > 0 ? ", line " + block.line() : "");
        IngestRecord r = records.map(block, new SourceRef(export, entry, at));
        if (r != null) {
            pending.add(r);
        }
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
