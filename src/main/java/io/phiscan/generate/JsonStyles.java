package io.phiscan.generate;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streaming JSON writers in the layouts the platforms use: X's ({@code "key" : value}, two spaces,
 * arrays one item a line, {@code [ ]} when empty), Meta's ({@code "key": value}, {@code []}, every
 * non-ASCII byte escaped as <code>&#92;u00xx</code>: the "mojibake" Facebook and Instagram write), and
 * Mastodon's (one line). Slashes are not escaped. Thread-safe: each call makes a new generator.
 */
final class JsonStyles {
    private static final JsonMapper PLAIN = JsonMapper.builder(JsonFactory.builder()
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).build()).build();
    private static final JsonMapper META = JsonMapper.builder(JsonFactory.builder()
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).characterEscapes(new LatinEscapes()).build()).build();
    private static final ObjectWriter X = PLAIN.writer().with(new ExportPrettyPrinter(" : ", " "));
    private static final ObjectWriter META_PRETTY = META.writer().with(new ExportPrettyPrinter(": ", ""));
    private static final ObjectWriter COMPACT = PLAIN.writer();
    private static final ObjectWriter PRETTY = PLAIN.writer().with(new ExportPrettyPrinter(": ", ""));

    private JsonStyles() {
    }

    static JsonGenerator x(OutputStream out) {
        return X.createGenerator(out, JsonEncoding.UTF8);
    }

    /** Meta's layout; strings must be passed through {@link #mojibake(String)} first. */
    static JsonGenerator meta(OutputStream out) {
        return META_PRETTY.createGenerator(out, JsonEncoding.UTF8);
    }

    static JsonGenerator compact(OutputStream out) {
        return COMPACT.createGenerator(out, JsonEncoding.UTF8);
    }

    /** Two-space indented, {@code "key": value}: the generator's own report. */
    static JsonGenerator pretty(OutputStream out) {
        return PRETTY.createGenerator(out, JsonEncoding.UTF8);
    }

    /** The string as Meta encodes it: each UTF-8 byte of a non-ASCII character as its own char. */
    static String mojibake(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            }
        }
        return s;
    }

    /** Escapes U+0080..U+00FF as lower-case <code>&#92;u00xx</code>, as Meta does. */
    private static final class LatinEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();
        private final SerializableString[] latin = new SerializableString[0x100];

        LatinEscapes() {
            for (int c = 0x80; c <= 0xFF; c++) {
                latin[c] = new SerializedString("\\u00" + Integer.toHexString(c));
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch < latin.length ? latin[ch] : null;
        }
    }
}
