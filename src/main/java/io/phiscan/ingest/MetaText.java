package io.phiscan.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs Meta's mojibake: Facebook, Messenger and Instagram JSON exports write each UTF-8 byte
 * of a non-ASCII character as its own <code>&#92;u00XX</code> escape, so a JSON decoder returns
 * {@code "CafÃ©"} for {@code "Café"}. The repair takes the string's chars as bytes and decodes
 * them as UTF-8, and it is guarded: it applies only when every char is at most U+00FF, at least
 * one is above U+007F, and the bytes decode as strict UTF-8. Any other string (plain ASCII,
 * correct non-Latin-1 text such as {@code "Łódź"} or {@code "😮"}, or genuine Latin-1 text
 * such as {@code "café"} whose bytes are not valid UTF-8) is returned unchanged.
 *
 * <p>Stateless and thread-safe.
 */
final class MetaText {
    private MetaText() {
    }

    /** The string as people wrote it; {@code null} stays {@code null}. */
    static String repair(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        boolean high = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0xFF) {
                return s;
            }
            high |= c > 0x7F;
        }
        if (!high) {
            return s;
        }
        byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return s;
        }
    }
}
