package io.phiscan.index;

import io.phiscan.model.Author;
import io.phiscan.model.InstantJson;
import io.phiscan.model.Message;
import java.nio.charset.StandardCharsets;

/**
 * A message's stored core ({@link MessageDocuments#core}: the message without its text and
 * source) written by hand: the same bytes as Jackson's data binding writes for the record with
 * those two left out (strings escaped as its generator escapes them), at a fraction of the
 * cost. The binding and the generator, with their buffers taken from and returned to a pool
 * shared by the threads, took about a twentieth of the CPU of a full audit. {@code CoreJsonTest}
 * holds the bytes to the binding's: a component added to {@link Message} fails it until it is
 * written here too. Stateless and thread-safe.
 */
final class CoreJson {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private CoreJson() {
    }

    static byte[] write(Message m) {
        StringBuilder s = new StringBuilder(400);
        string(s.append("{\"id\":"), m.id());
        string(s.append(",\"platform\":"), m.platform().name());
        string(s.append(",\"account\":"), m.account());
        string(s.append(",\"nativeId\":"), m.nativeId());
        string(s.append(",\"conversationId\":"), m.conversationId());
        string(s.append(",\"inReplyTo\":"), m.inReplyTo());
        string(s.append(",\"at\":"), InstantJson.text(m.at()));
        s.append(",\"localTime\":").append(m.localTime());
        author(s.append(",\"author\":"), m.author());
        s.append(",\"recipients\":[");
        for (int i = 0; i < m.recipients().size(); i++) {
            author(i == 0 ? s : s.append(','), m.recipients().get(i));
        }
        string(s.append("],\"direction\":"), m.direction().name());
        string(s.append(",\"visibility\":"), m.visibility().name());
        s.append(",\"attachments\":[");
        for (int i = 0; i < m.attachments().size(); i++) {
            string(i == 0 ? s : s.append(','), m.attachments().get(i));
        }
        s.append("]}");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void author(StringBuilder s, Author a) {
        string(s.append("{\"id\":"), a.id());
        string(s.append(",\"handle\":"), a.handle());
        string(s.append(",\"name\":"), a.name());
        s.append('}');
    }

    /**
     * A string value as Jackson writes it: {@code null}, or quoted with {@code "} and {@code \}
     * escaped, control characters as {@code \n}, {@code \t}, … or as a backslash, a u and four
     * hex digits, as is half of a surrogate pair; the rest as it is.
     */
    private static void string(StringBuilder s, String text) {
        if (text == null) {
            s.append("null");
            return;
        }
        s.append('"');
        int as = 0; // where the characters written as they are begin
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a whole pair, written as it is
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
                default -> s.append("\\u").append(HEX[c >> 12]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                        .append(HEX[c & 0xF]);
            }
        }
        (as == 0 ? s.append(text) : s.append(text, as, text.length())).append('"');
    }
}
