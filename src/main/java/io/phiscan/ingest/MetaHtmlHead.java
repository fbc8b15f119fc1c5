package io.phiscan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

/**
 * What the top of a Meta HTML thread file says before its first message: the {@code <title>}
 * and the "Participants: A, B and C" line (its label in English, Spanish, French, German, Dutch,
 * Italian or Polish). Also tells a 2017 index page (links to {@code messages/<n>.html}, no
 * messages) from a file of an unknown layout. Not thread-safe: one per file.
 */
final class MetaHtmlHead {
    private static final Pattern PARTICIPANTS = Pattern.compile(
            "^\\s*(?:participants|participantes|teilnehmer(?:innen)?|deelnemers|partecipanti|uczestnicy)\\s*:\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+(?:and|y|et|und|en|e|i)\\s+");

    private String title;
    private List<String> participants;
    private boolean started;
    private int threadLinks;

    /** Notes what a completed element outside any message says, until the first message. */
    void see(Element e) {
        if (started) {
            return;
        }
        if (e.tagName().equals("title") && title == null) {
            title = e.text().strip();
        } else if (e.tagName().equals("a") && e.attr("href").matches("(?:\\.\\./)*messages/\\d+\\.html?")) {
            threadLinks++;
        } else if (participants == null) {
            String own = e.ownText();
            Matcher m = PARTICIPANTS.matcher(own.isBlank() ? e.text() : own);
            if (m.matches() && e.children().size() < 3) {
                participants = split(m.group(1));
            }
        }
    }

    /** From now on, elements are inside the messages. */
    void start() {
        started = true;
    }

    String title() {
        return title;
    }

    /** The participants the file names, or an empty list. */
    List<String> participants() {
        return participants == null ? List.of() : participants;
    }

    /** Whether the file is a 2017 index of thread files (it links to them and holds no messages). */
    boolean isIndexPage() {
        return threadLinks > 0;
    }

    static boolean isParticipantsLine(String text) {
        return text != null && PARTICIPANTS.matcher(text).matches();
    }

    /** The names of a 2017 thread's own text ("Participants: A, B" or just "A, B"). */
    static List<String> split(String list) {
        Matcher m = PARTICIPANTS.matcher(list);
        String names = m.matches() ? m.group(1) : list;
        List<String> out = new ArrayList<>();
        for (String n : SEPARATOR.split(names.strip())) {
            if (!n.isBlank() && !out.contains(n.strip())) {
                out.add(n.strip());
            }
        }
        return out;
    }

    /**
     * The owner's name as the 2017 {@code html/messages.htm} prints it ({@code div.contents > h1}),
     * reading no further than that heading; {@code null} when there is none.
     */
    static String heading(InputStream in, String name) throws IOException {
        try (StreamParser parser = new StreamParser(Parser.htmlParser())
                .parse(MetaHtmlCharset.open(in).reader(), name)) {
            Iterator<Element> it = parser.iterator();
            for (int i = 0; i < MetaHtmlCursor.MAX_ELEMENTS_BEFORE_A_BLOCK && it.hasNext(); i++) {
                Element e = it.next();
                if (e.tagName().equals("h1") && e.parent() != null && e.parent().hasClass("contents")) {
                    String text = e.text().strip();
                    return text.isEmpty() ? null : text;
                }
                if (e.hasClass("thread")) {
                    return null;
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return null;
    }

    /** What the top of an HTML file says: the participants it names, the layout of its first block. */
    record Peek(List<String> participants, String generation) {
    }

    /** The participants named at the top of an HTML thread file, reading no further than its first message. */
    static List<String> participants(InputStream in, String name) throws IOException {
        return peek(in, name).participants();
    }

    /** Reads an HTML file up to its first message block, or a bounded number of elements. */
    static Peek peek(InputStream in, String name) throws IOException {
        MetaHtmlHead head = new MetaHtmlHead();
        MetaHtmlBlocks blocks = new MetaHtmlBlocks();
        try (StreamParser parser = new StreamParser(Parser.htmlParser())
                .parse(MetaHtmlCharset.open(in).reader(), name)) {
            Iterator<Element> it = parser.iterator();
            for (int i = 0; i < MetaHtmlCursor.MAX_ELEMENTS_BEFORE_A_BLOCK && it.hasNext(); i++) {
                Element e = it.next();
                for (MetaHtmlBlocks.Block b : blocks.take(e)) {
                    if (!b.header()) {
                        return new Peek(b.thread() != null ? split(b.thread()) : head.participants(), b.generation());
                    }
                    head.see(b.element());
                }
                head.see(e);
            }
            for (MetaHtmlBlocks.Block b : blocks.finish()) {
                return new Peek(split(b.thread() == null ? "" : b.thread()), b.generation());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Peek(head.participants(), null);
    }
}
