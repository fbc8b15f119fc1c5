package io.phiscan.index;

import io.phiscan.model.Author;
import io.phiscan.model.InstantJson;
import io.phiscan.model.Message;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * A message's stored core ({@link MessageDocuments#core}: the message without its text and
 * source) written by hand: the same bytes as Jackson's data binding writes for the record with
 * those two left out (and as its generator writes: strings escaped alike), at a fraction of the
 * cost. The binding and the generator, with their buffers taken from and returned to a pool
 * shared by the threads, took about a twentieth of the CPU of a full audit. A message with a
 * string holding half of a surrogate pair (which Jackson writes as an escape) is given to
 * Jackson's generator. {@code CoreJsonTest} holds the bytes to the binding's: a component added
 * to {@link Message} fails it until it is written here too. Stateless and thread-safe.
 */
final class CoreJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private CoreJson() {
    }

    static byte[] write(Message m) {
        StringBuilder s = new StringBuilder(400);
        boolean whole = string(s.append("{\"id\":"), m.id())
                & string(s.append(",\"platform\":"), m.platform().name())
                & string(s.append(",\"account\":"), m.account())
                & string(s.append(",\"nativeId\":"), m.nativeId())
                & string(s.append(",\"conversationId\":"), m.conversationId())
                & string(s.append(",\"inReplyTo\":"), m.inReplyTo())
                & string(s.append(",\"at\":"), InstantJson.text(m.at()));
        s.append(",\"localTime\":").append(m.localTime());
        whole &= author(s.append(",\"author\":"), m.author());
        s.append(",\"recipients\":[");
        for (int i = 0; i < m.recipients().size(); i++) {
            whole &= author(i == 0 ? s : s.append(','), m.recipients().get(i));
        }
        whole &= string(s.append("],\"direction\":"), m.direction().name())
                & string(s.append(",\"visibility\":"), m.visibility().name());
        s.append(",\"attachments\":[");
        for (int i = 0; i < m.attachments().size(); i++) {
            whole &= string(i == 0 ? s : s.append(','), m.attachments().get(i));
        }
        s.append("]}");
        return whole ? s.toString().getBytes(StandardCharsets.UTF_8) : generated(m);
    }

    private static boolean author(StringBuilder s, Author a) {
        boolean whole = string(s.append("{\"id\":"), a.id())
                & string(s.append(",\"handle\":"), a.handle())
                & string(s.append(",\"name\":"), a.name());
        s.append('}');
        return whole;
    }

    /**
     * A string value as Jackson writes it: {@code null}, or quoted with {@code "} and {@code \}
     * escaped, control characters as {@code \n}, {@code \t}, … or as a backslash, a u and four
     * hex digits, the rest as it is. False when the text holds half of a surrogate pair,
     * which is not written as Jackson writes it.
     */
    private static boolean string(StringBuilder s, String text) {
        if (text == null) {
            s.append("null");
            return true;
        }
        boolean whole = true;
        s.append('"');
        int as = 0; // where the characters written as they are begin
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++; // a whole pair, written as it is
                } else {
                    whole = false;
                }
                continue;
            }
            s.append(text, as, i);
            as = i + 1;
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\b' -> s.append("\\b");
                case '\t' -> s.append("\\t");
                case '\n' -> s.append("\\n");
                case '\f' -> s.append("\\f");
                case '\r' -> s.append("\\r");
                default -> s.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        (as == 0 ? s.append(text) : s.append(text, as, text.length())).append('"');
        return whole;
    }

    /** The core through Jackson's generator (which writes half a surrogate pair escaped). */
    private static byte[] generated(Message m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(400);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("id", m.id());
            g.writeStringProperty("platform", m.platform().name());
            g.writeStringProperty("account", m.account());
            g.writeStringProperty("nativeId", m.nativeId());
            g.writeStringProperty("conversationId", m.conversationId());
            g.writeStringProperty("inReplyTo", m.inReplyTo());
            g.writeStringProperty("at", InstantJson.text(m.at()));
            g.writeBooleanProperty("localTime", m.localTime());
            g.writeName("author");
            generated(g, m.author());
            g.writeArrayPropertyStart("recipients");
            for (Author a : m.recipients()) {
                generated(g, a);
            }
            g.writeEndArray();
            g.writeStringProperty("direction", m.direction().name());
            g.writeStringProperty("visibility", m.visibility().name());
            g.writeArrayPropertyStart("attachments");
            for (String a : m.attachments()) {
                g.writeString(a);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void generated(JsonGenerator g, Author a) {
        g.writeStartObject();
        g.writeStringProperty("id", a.id());
        g.writeStringProperty("handle", a.handle());
        g.writeStringProperty("name", a.name());
        g.writeEndObject();
    }
}
