package io.phiscan.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The readable messages of a conversation element that does not parse, or that its file ends
 * inside: the element's head (what comes before its array of messages) and each complete event
 * of that array, parsed one by one, those after a damaged one found again where the next opens.
 * For the files that hold one conversation per element (X's direct messages, Instagram's legacy
 * {@code messages.json}), so that one broken message or a cut does not take the whole
 * conversation with it.
 */
final class ConversationSalvage {

    /**
     * An event of the array: parsed, or why it could not be: {@code broken} when its bytes do not
     * parse, {@code damage} when they could not be told apart (a bracket lost, stray text).
     */
    record Event(int index, long line, JsonNode node, JacksonException broken, String damage) {
        Event(int index, long line, JsonNode node, JacksonException broken) {
            this(index, line, node, broken, null);
        }
    }

    /**
     * @param head the text before the array, for the caller to read what it needs (ids, participants)
     * @param events the array's events, in order, those after a damaged one found again where the
     *     next event opens; the last ones, when damaged, left out (the cut, or the damage that
     *     broke the element, which its own skipped record names)
     */
    record Salvaged(String head, List<Event> events) {
    }

    private ConversationSalvage() {
    }

    /**
     * The head and events of the array under {@code member} in an element's bytes, or
     * {@code null} when the array cannot be found (or the bytes before it are not UTF-8, so that
     * its place is not known).
     *
     * @param line the line the element starts on, for the events' lines
     */
    static Salvaged of(byte[] element, String member, long line) {
        String text = new String(element, StandardCharsets.UTF_8);
        Matcher array = Pattern.compile("\"" + Pattern.quote(member) + "\"\\s*:\\s*\\[").matcher(text);
        if (!array.find()) {
            return null;
        }
        String head = text.substring(0, array.start());
        int from = text.substring(0, array.end() - 1).getBytes(StandardCharsets.UTF_8).length;
        if (from >= element.length || element[from] != '[') {
            return null;
        }
        return new Salvaged(head, events(element, from, lineOf(element, from, line)));
    }

    /**
     * The same, for an element whose array's opening was lost (cut out with the array's name, or
     * run into a string before it): the events from the first that opens, a brace that ends its
     * line followed by a line naming one of {@code kinds}; {@code null} when there is none.
     */
    static Salvaged fromFirstEvent(byte[] element, List<String> kinds, long line) {
        String text = new String(element, StandardCharsets.UTF_8);
        Matcher opening = Pattern.compile("\\{[ \\t]*\\r?\\n[ \\t]*\"(?:"
                + String.join("|", kinds.stream().map(Pattern::quote).toList()) + ")\"\\s*:\\s*\\{").matcher(text);
        if (!opening.find()) {
            return null;
        }
        int from = text.substring(0, opening.start()).getBytes(StandardCharsets.UTF_8).length;
        // the events as the array they were in: its bracket put back before the first
        byte[] array = new byte[element.length - from + 1];
        array[0] = '[';
        System.arraycopy(element, from, array, 1, element.length - from);
        return new Salvaged(text.substring(0, opening.start()), events(array, 0, lineOf(element, from, line)));
    }

    private static long lineOf(byte[] element, int offset, long line) {
        long at = line;
        for (int i = 0; i < offset; i++) {
            at += element[i] == '\n' ? 1 : 0;
        }
        return at;
    }

    /** The events of the array that opens at {@code from}. */
    private static List<Event> events(byte[] element, int from, long firstLine) {
        List<Event> events = new ArrayList<>();
        try (JsonArraySplitter split = new JsonArraySplitter(
                new ByteArrayInputStream(element, from, element.length - from), element.length, firstLine)) {
            for (JsonArraySplitter.Element e = split.next(); e != null; e = split.next()) {
                if (!e.ok()) {
                    // the events run into this one (its closing line lost) are taken each on its own
                    List<ElementParts.Part> parts = e.bytes() == null ? List.of()
                            : ElementParts.split(e.bytes(), split.elementIndent(), e.line());
                    for (ElementParts.Part part : parts.subList(0, Math.max(parts.size() - 1, 0))) {
                        events.add(part(e, part));
                    }
                    events.add(new Event(e.index(), e.line(), null, null, e.error()));
                    continue;
                }
                try {
                    events.add(new Event(e.index(), e.line(), YtdFileCursor.JSON.readTree(e.bytes()), null));
                } catch (JacksonException broken) {
                    List<ElementParts.Part> parts = ElementParts.split(e.bytes(), split.elementIndent(), e.line());
                    if (parts.size() == 1) {
                        events.add(new Event(e.index(), e.line(), null, broken));
                    } else {
                        for (ElementParts.Part part : parts) {
                            events.add(part(e, part));
                        }
                    }
                }
            }
        } catch (IOException e) {
            // the events taken before this stay; the rest is in the record skipped for the element
        }
        while (!events.isEmpty() && events.get(events.size() - 1).damage() != null) {
            events.remove(events.size() - 1);
        }
        return events;
    }

    /** A part of an event that ran into the events after it, read as an event of its own. */
    private static Event part(JsonArraySplitter.Element e, ElementParts.Part part) {
        try {
            return new Event(e.index(), part.line(), YtdFileCursor.JSON.readTree(ElementParts.value(e.bytes(), part)), null);
        } catch (JacksonException broken) {
            return new Event(e.index(), part.line(), null, broken);
        }
    }
}
