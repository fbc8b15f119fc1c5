package io.phiscan.model;

import static io.phiscan.model.JsonTokens.bool;
import static io.phiscan.model.JsonTokens.cast;
import static io.phiscan.model.JsonTokens.integer;
import static io.phiscan.model.JsonTokens.list;
import static io.phiscan.model.JsonTokens.number;
import static io.phiscan.model.JsonTokens.string;
import static io.phiscan.model.JsonTokens.text;
import static io.phiscan.model.JsonTokens.value;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;

/**
 * Reads findings and messages as the stores write them (a mapper with {@link InstantJson}'s
 * module: record components by name, enums by name, instants as ISO text in UTC) token by token.
 * A process that reads findings once, as a short run does for its reports, spent most of that
 * time in Jackson's data binding building and warming its deserializers; this reader is a few
 * small methods.
 *
 * <p>It reads only that exact shape: an unknown, repeated or missing field, a {@code null} where
 * the stores write a value, a value of another JSON type, or an instant in another shape throws
 * {@link Unusual} (a value the records refuse throws as their constructors do), and the caller
 * reads the text again with its mapper, which decides what any other shape means. Stateless.
 */
public final class StoredJson {
    private static final List<String> FINDING = List.of("id", "platform", "account", "exchangeId", "visibility", "severity",
            "score", "ownerEngaged", "status", "counterparts", "messages", "signals", "reasons", "policyVersion");
    private static final List<String> MESSAGE = List.of("id", "platform", "account", "nativeId", "conversationId",
            "inReplyTo", "at", "localTime", "author", "recipients", "direction", "visibility", "text", "attachments", "source");
    private static final List<String> AUTHOR = List.of("id", "handle", "name");
    private static final List<String> SOURCE = List.of("export", "entry", "position");
    private static final List<String> SIGNAL = List.of("kind", "category", "messageId", "start", "end", "text", "rule");
    private static final int TEXT_AND_SOURCE = 1 << MESSAGE.indexOf("text") | 1 << MESSAGE.indexOf("source");

    /** The text is not in the exact shape this reader reads; read it with the mapper. */
    public static final class Unusual extends RuntimeException {
        Unusual(String what) {
            super(what, null, false, false);
        }
    }

    private StoredJson() {
    }

    /** Reads the finding whose object starts at the parser's next token. */
    public static Finding finding(JsonParser p) {
        p.nextToken();
        Object[] v = new Object[FINDING.size()];
        JsonTokens.Fields fields = new JsonTokens.Fields(p, FINDING);
        for (int i = fields.next(); i >= 0; i = fields.next()) {
            v[i] = switch (i) {
                case 1 -> Platform.valueOf(text(p));
                case 4 -> Visibility.valueOf(text(p));
                case 5 -> Severity.valueOf(text(p));
                case 6 -> number(p);
                case 7 -> bool(p);
                case 8 -> Status.valueOf(text(p));
                case 9 -> list(p, StoredJson::author);
                case 10 -> list(p, StoredJson::message);
                case 11 -> list(p, StoredJson::signal);
                case 12 -> list(p, JsonTokens::current);
                default -> string(p);
            };
        }
        return new Finding((String) v[0], (Platform) v[1], (String) v[2], (String) v[3], (Visibility) v[4], (Severity) v[5],
                (double) v[6], (boolean) v[7], (Status) v[8], cast(v[9]), cast(v[10]), cast(v[11]), cast(v[12]), (String) v[13]);
    }

    /**
     * Reads a message as an index document stores it, from the parser's next token: without its
     * text and source (in fields of their own, given here) in every document written since they
     * were; with them in the documents written before.
     */
    public static Message message(JsonParser p, String text, Supplier<SourceRef> source) {
        Object[] v = messageFields(value(p), TEXT_AND_SOURCE);
        return message(v, v[12] != null ? (String) v[12] : text, v[14] != null ? (SourceRef) v[14] : source.get());
    }

    /** Reads the signals of a message, an array that starts at the parser's next token. */
    public static List<Signal> signals(JsonParser p) {
        return list(p, StoredJson::signal);
    }

    private static Message message(JsonParser p) {
        Object[] v = messageFields(p, 0);
        return message(v, (String) v[12], (SourceRef) v[14]);
    }

    private static Message message(Object[] v, String text, SourceRef source) {
        return new Message((String) v[0], (Platform) v[1], (String) v[2], (String) v[3], (String) v[4], (String) v[5],
                (Instant) v[6], (boolean) v[7], (Author) v[8], cast(v[9]), (Direction) v[10], (Visibility) v[11], text,
                cast(v[13]), source);
    }

    /** The values of a message's fields by index; those of {@code optional} (bits by index) may be absent. */
    private static Object[] messageFields(JsonParser p, int optional) {
        Object[] v = new Object[MESSAGE.size()];
        JsonTokens.Fields fields = new JsonTokens.Fields(p, MESSAGE, optional);
        for (int i = fields.next(); i >= 0; i = fields.next()) {
            v[i] = switch (i) {
                case 1 -> Platform.valueOf(text(p));
                case 6 -> instant(text(p));
                case 7 -> bool(p);
                case 8 -> author(value(p));
                case 9 -> list(p, StoredJson::author);
                case 10 -> Direction.valueOf(text(p));
                case 11 -> Visibility.valueOf(text(p));
                case 13 -> list(p, JsonTokens::current);
                case 14 -> source(value(p));
                default -> string(p);
            };
        }
        return v;
    }

    private static Author author(JsonParser p) {
        String[] v = strings(p, AUTHOR);
        return new Author(v[0], v[1], v[2]);
    }

    private static SourceRef source(JsonParser p) {
        String[] v = strings(p, SOURCE);
        return new SourceRef(v[0], v[1], v[2]);
    }

    private static Signal signal(JsonParser p) {
        Object[] v = new Object[SIGNAL.size()];
        JsonTokens.Fields fields = new JsonTokens.Fields(p, SIGNAL);
        for (int i = fields.next(); i >= 0; i = fields.next()) {
            v[i] = i == 3 || i == 4 ? integer(p) : string(p);
        }
        return new Signal((String) v[0], (String) v[1], (String) v[2], (int) v[3], (int) v[4], (String) v[5], (String) v[6]);
    }

    /** An object of string (or null) fields, at the parser's current token. */
    private static String[] strings(JsonParser p, List<String> names) {
        String[] v = new String[names.size()];
        JsonTokens.Fields fields = new JsonTokens.Fields(p, names);
        for (int i = fields.next(); i >= 0; i = fields.next()) {
            v[i] = string(p);
        }
        return v;
    }

    /** The instant of the stores' text; any other shape is for the mapper. */
    private static Instant instant(String text) {
        Instant at = InstantJson.parse(text);
        if (at == null) {
            throw new Unusual("an instant in another shape");
        }
        return at;
    }
}
