package io.phiscan.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the message (or post, or comment) blocks of a Meta HTML file among the elements a
 * streaming parser completes, across the layouts Meta has shipped:
 * <ul>
 * <li>2017 ({@code html/messages.htm}, {@code messages/<n>.html}): {@code div.thread} whose own
 * text lists the participants, holding {@code div.message} › {@code div.message_header} ›
 * {@code span.user} + {@code span.meta} (the date), each followed by a sibling {@code <p>}
 * with the text;</li>
 * <li>2018–22: {@code div.pam._2lej} › {@code div._2lel} (sender), {@code div._2let} (text),
 * {@code div._2lem} (date);</li>
 * <li>2022–23: {@code div.pam._a6-g} › {@code ._a6-h} (sender), {@code div._a6-p} (text),
 * {@code div._a6-o} (date);</li>
 * <li>2024+: {@code section._a6-g} › {@code h2._a6-h}, {@code div._a6-p},
 * {@code footer._a6-o} › {@code div._a72d} (date).</li>
 * </ul>
 * A block without a date element and without a sender, or one that lists the participants, is a
 * header, not a message, unless it sits inside another block (then it is that block's text); a
 * block with a sender but no date is a message whose date is unreadable.
 * Handled blocks are removed from the document. Not thread-safe: one per file.
 */
final class MetaHtmlBlocks {
    private static final Evaluator USER = QueryParser.parse("span.user");
    private static final Evaluator META = QueryParser.parse("span.meta");
    private static final Evaluator SENDER_2018 = QueryParser.parse("._2lel");
    private static final Evaluator BODY_2018 = QueryParser.parse("._2let");
    private static final Evaluator DATE_2018 = QueryParser.parse("._2lem");
    private static final Evaluator DATE_2024 = QueryParser.parse("._a72d");
    private static final Evaluator DATE_2022 = QueryParser.parse("._a6-o");
    private static final Evaluator SENDER_2022 = QueryParser.parse("._a6-h");
    private static final Evaluator BODY_2022 = QueryParser.parse("._a6-p");
    private static final Evaluator TABLE = QueryParser.parse("table");
    /** The date elements of every layout (a 2017 message's is its header's {@code span.meta}). */
    private static final Evaluator ORPHAN_DATES = QueryParser.parse("span.meta, ._2lem, ._a72d, ._a6-o");

    static final String KNOWN = "2017 div.thread/div.message, 2018–22 div._2lej, 2022–23 div._a6-g, 2024+ section._a6-g";

    /**
     * A block: its first line, the character offsets of its start and end, its sender line, the
     * element holding its text, its date as printed; and, when its last element was closed by the
     * parser rather than by its end tag (as at the end of a cut file), the character offset where
     * that happened, else -1.
     */
    record Block(int index, long line, long from, long to, String generation, String sender, Element body, String time,
            Element element, String thread, long openEnd) {
        boolean header() {
            return time == null;
        }
    }

    private int count;
    private boolean known;
    private Element pending;
    private Element currentThread;
    private String currentPeople;

    /** Whether a block of a known generation has been seen. */
    boolean known() {
        return known;
    }

    /** The blocks the element completes (none, one, or two in the 2017 layout). */
    List<Block> take(Element e) {
        List<Block> out = new ArrayList<>();
        Block modern = modern(e);
        if (modern != null) {
            known = true;
            out.add(modern);
            discard(e);
        } else if (e.tagName().equals("div") && e.hasClass("message") && isLegacyMessage(e)) {
            known = true;
            flush(out);
            pending = e;
        } else if (e.tagName().equals("p") && pending != null && e.parent() == pending.parent()) {
            out.add(legacy(pending, e));
            discard(pending);
            discard(e);
            pending = null;
        } else if (e.tagName().equals("div") && e.hasClass("thread")) {
            flush(out);
        }
        return out;
    }

    /**
     * Whether a {@code div.message} is a 2017 message: it has its sender or its date, or it sits
     * in a {@code div.thread}. One that lost its sender is still a message (a bad record), and the
     * {@code <p>} after it its text, not the text of the message before it.
     */
    private static boolean isLegacyMessage(Element e) {
        return e.selectFirst(USER) != null || e.selectFirst(META) != null
                || (e.parent() != null && e.parent().hasClass("thread"));
    }

    /**
     * The dates of messages left in the document at its end: in no block that was read, because
     * the markup around them was damaged (a block's class, a 2017 message's {@code div}). Each
     * is a message lost; its element is given, for its place in the file.
     */
    List<Element> orphanDates(Element document) {
        List<Element> out = new ArrayList<>();
        if (!known) {
            return out;
        }
        for (Element d : document.select(ORPHAN_DATES)) {
            if (!(d.hasClass("_a6-o") && d.selectFirst(DATE_2024) != null)) { // a 2024 footer counts by the date in it
                out.add(d);
            }
        }
        return out;
    }

    /** The block still open at the end of the file, if any. */
    List<Block> finish() {
        List<Block> out = new ArrayList<>();
        flush(out);
        return out;
    }

    private void flush(List<Block> out) {
        if (pending != null) {
            out.add(legacy(pending, null));
            discard(pending);
            pending = null;
        }
    }

    /**
     * Removes a handled element and the whitespace before it, so that the parent a whole file's
     * blocks sit in (a 2017 thread, a {@code main}) does not grow with each block.
     */
    private static void discard(Element e) {
        Node before = e.previousSibling();
        while (before instanceof TextNode t && t.isBlank()) {
            Node previous = before.previousSibling();
            before.remove();
            before = previous;
        }
        e.remove();
    }

    private Block legacy(Element message, Element body) {
        Element thread = message.parent();
        if (thread != currentThread) {
            currentThread = thread;
            currentPeople = null;
            if (thread != null && thread.hasClass("thread")) {
                for (Node n : thread.childNodes()) {
                    if (n instanceof TextNode t && !t.isBlank()) {
                        currentPeople = t.text().strip();
                        break;
                    }
                    if (n instanceof Element el && el.hasClass("message")) {
                        break;
                    }
                }
            }
        }
        String people = currentPeople;
        String time = text(message.selectFirst(META));
        return new Block(++count, line(message), from(message), to(body != null ? body : message), "2017",
                senderText(message.selectFirst(USER)), body,
                time == null ? "" : time, message, people, openEnd(body != null ? body : message));
    }

    private Block modern(Element e) {
        String generation;
        Element sender;
        Element body;
        Element time;
        if (!isBlock(e)) {
            return null;
        }
        if (e.tagName().equals("div") && e.hasClass("_2lej")) {
            generation = "2018";
            sender = e.selectFirst(SENDER_2018);
            body = e.selectFirst(BODY_2018);
            time = e.selectFirst(DATE_2018);
        } else {
            time = e.selectFirst(DATE_2024);
            generation = time != null || e.tagName().equals("section") ? "2024" : "2022";
            if (time == null) {
                time = e.selectFirst(DATE_2022);
            }
            sender = e.selectFirst(SENDER_2022);
            body = e.selectFirst(BODY_2022);
        }
        String printed = time != null ? time.text().strip()
                : (sender == null && e.selectFirst(TABLE) == null) || MetaHtmlHead.isParticipantsLine(e.text()) ? null : "";
        if (printed == null && insideABlock(e)) {
            return null; // a block's class inside a message's text (damage or tampering): that text, not a header
        }
        return new Block(printed == null ? count : ++count, line(e), from(e), to(e), generation, senderText(sender), body,
                printed, e, null, openEnd(e));
    }

    /**
     * Whether the element sits in a message block of a later layout. Meta nests no blocks: one that
     * holds neither a date nor a sender there is part of the message's text, and read with it
     * (it would have been taken for a header and its words lost). One with a date or a sender is
     * still a block, so that a block left unclosed by damage does not make the ones after it its text.
     */
    private static boolean insideABlock(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (isBlock(p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element is a message block of a layout after 2017: {@code div._2lej}, {@code section._a6-g} or {@code div._a6-g}. */
    private static boolean isBlock(Element e) {
        return e.tagName().equals("div") && e.hasClass("_2lej")
                || e.hasClass("_a6-g") && (e.tagName().equals("section") || e.tagName().equals("div"));
    }

    private static String text(Element e) {
        return e == null ? null : e.text().strip();
    }

    /**
     * The sender's name: the text of its element and of the inline ones in it, not of blocks it
     * holds. A sender element left unclosed in a damaged file swallows the blocks after it (the
     * message, its date), whose text is no part of a name.
     */
    private static String senderText(Element e) {
        if (e == null) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                name.append(t.text());
            } else if (n instanceof Element inline && !inline.isBlock()) {
                name.append(inline.text());
            }
        }
        return name.toString().strip();
    }

    /** Where the parser closed the element for want of its end tag, or -1 when the tag was there. */
    static long openEnd(Element e) {
        var end = e.endSourceRange();
        return end.isTracked() && end.isImplicit() ? end.end().pos() : -1;
    }

    private static long from(Element e) {
        var range = e.sourceRange();
        return range.isTracked() ? range.start().pos() : 0;
    }

    private static long to(Element e) {
        var end = e.endSourceRange();
        return end.isTracked() ? end.end().pos() : from(e);
    }

    private static long line(Element e) {
        var range = e.sourceRange();
        return range.isTracked() ? range.start().lineNumber() : 0;
    }
}
