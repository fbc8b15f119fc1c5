package io.phiscan.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.ser.InstantSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON form of {@link Instant} in the stores (index documents, finding bodies): the same text
 * as Jackson's own ({@code 2024-05-01T13:45:07Z}, {@code …:07.250Z}: ISO-8601 in UTC, the
 * fraction in groups of three digits), written and read without a {@code DateTimeFormatter}.
 * Formatting and parsing through one took a third of the time a report spent loading its
 * findings. Text of any other shape (another year range, an offset, a number) goes to Jackson's
 * own serializer and deserializer, so what is accepted and what fails is as before.
 * Stateless and thread-safe.
 */
public final class InstantJson {
    private static final int[] TENS = {100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private InstantJson() {
    }

    /** The module to register on a mapper that writes or reads the stores' JSON. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("phiscan-instant");
        module.addSerializer(Instant.class, new Writer());
        module.addDeserializer(Instant.class, new Reader());
        return module;
    }

    /** The text of {@code at} as {@link Instant#toString()} gives it (and Jackson writes it). */
    public static String text(Instant at) {
        String text = format(at);
        return text != null ? text : at.toString();
    }

    /** The text Jackson writes for {@code at}, or null where its year is outside 0 to 9999. */
    static String format(Instant at) {
        long seconds = at.getEpochSecond();
        long day = Math.floorDiv(seconds, 86_400L);
        if (day < -719_528L || day > 2_932_896L) { // 0000-01-01 .. 9999-12-31
            return null;
        }
        LocalDate date = LocalDate.ofEpochDay(day);
        int second = (int) Math.floorMod(seconds, 86_400L);
        StringBuilder s = new StringBuilder(30);
        digits(s, date.getYear(), 4).append('-');
        digits(s, date.getMonthValue(), 2).append('-');
        digits(s, date.getDayOfMonth(), 2).append('T');
        digits(s, second / 3600, 2).append(':');
        digits(s, second / 60 % 60, 2).append(':');
        digits(s, second % 60, 2);
        int nano = at.getNano();
        if (nano != 0) {
            s.append('.');
            if (nano % 1_000_000 == 0) {
                digits(s, nano / 1_000_000, 3);
            } else if (nano % 1000 == 0) {
                digits(s, nano / 1000, 6);
            } else {
                digits(s, nano, 9);
            }
        }
        return s.append('Z').toString();
    }

    /**
     * The instant of text in the shape {@link #format} writes ({@code yyyy-MM-ddTHH:mm:ss},
     * then optionally {@code .} and 1 to 9 digits, then {@code Z}), or null for any other text,
     * a leap second or a date that does not exist.
     */
    public static Instant parse(String s) {
        int n = s.length();
        if (n < 20 || n > 30 || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-'
                || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = number(s, 0, 4);
        int month = number(s, 5, 7);
        int day = number(s, 8, 10);
        int hour = number(s, 11, 13);
        int minute = number(s, 14, 16);
        int second = number(s, 17, 19);
        if ((year | month | day | hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        int nano = 0;
        if (n > 20) {
            int digits = n - 21;
            if (s.charAt(19) != '.' || digits < 1 || digits > 9) {
                return null;
            }
            int fraction = number(s, 20, n - 1);
            if (fraction < 0) {
                return null;
            }
            nano = fraction * TENS[digits - 1];
        } else if (s.charAt(19) != 'Z') {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3600L + minute * 60L + second, nano);
    }

    /**
     * The decimal number in {@code s[from, to)}, or -1 when a character there is not a digit: a
     * field of a fixed-width date (exports' other date shapes are read with it too).
     */
    public static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static StringBuilder digits(StringBuilder s, int value, int width) {
        String v = Integer.toString(value);
        for (int i = v.length(); i < width; i++) {
            s.append('0');
        }
        return s.append(v);
    }

    private static final class Writer extends ValueSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator g, SerializationContext ctxt) {
            String text = format(value);
            if (text == null) {
                InstantSerializer.INSTANCE.serialize(value, g, ctxt);
            } else {
                g.writeString(text);
            }
        }
    }

    private static final class Reader extends ValueDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                Instant at = parse(p.getString());
                if (at != null) {
                    return at;
                }
            }
            return InstantDeserializer.INSTANT.deserialize(p, ctxt);
        }
    }
}
