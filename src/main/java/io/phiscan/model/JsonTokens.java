package io.phiscan.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The token-level reading under {@link StoredJson}: an object's fields by name, arrays, and
 * values of exactly one JSON type each. Anything else throws {@link StoredJson.Unusual}.
 * Stateless.
 */
final class JsonTokens {
    private JsonTokens() {
    }

    /**
     * The fields of the object at the parser's current token, each named in {@code names}, each
     * there exactly once.
     */
    static final class Fields {
        private final JsonParser p;
        private final List<String> names;
        private final int required;
        private int seen;

        Fields(JsonParser p, List<String> names) {
            this(p, names, 0);
        }

        /** Fields of which those of {@code optional} (bits by index in the names) may be absent. */
        Fields(JsonParser p, List<String> names, int optional) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new StoredJson.Unusual("not an object");
            }
            this.p = p;
            this.names = names;
            this.required = (1 << names.size()) - 1 & ~optional;
        }

        /** Moves to the next field: its index in the names; -1 at the end of the object. */
        int next() {
            String name = p.nextName();
            if (name == null) {
                if ((seen & required) != required) {
                    throw new StoredJson.Unusual("a missing field");
                }
                return -1;
            }
            int i = names.indexOf(name);
            if (i < 0 || (seen & 1 << i) != 0) {
                throw new StoredJson.Unusual("an unknown or repeated field");
            }
            seen |= 1 << i;
            return i;
        }
    }

    /** The elements of the array that is the next value, each read from its first token. */
    static <T> List<T> list(JsonParser p, Function<JsonParser, T> element) {
        if (p.nextToken() != JsonToken.START_ARRAY) {
            throw new StoredJson.Unusual("not an array");
        }
        List<T> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(element.apply(p));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> cast(Object list) {
        return (List<T>) list;
    }

    /** The parser, moved to the next value's first token. */
    static JsonParser value(JsonParser p) {
        p.nextToken();
        return p;
    }

    /** The next value: a string, or null. */
    static String string(JsonParser p) {
        return p.nextToken() == JsonToken.VALUE_NULL ? null : current(p);
    }

    /** The next value: a string, not null. */
    static String text(JsonParser p) {
        p.nextToken();
        return current(p);
    }

    /** The current value: a string, not null. */
    static String current(JsonParser p) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new StoredJson.Unusual("not a string");
        }
        return p.getString();
    }

    static double number(JsonParser p) {
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
            throw new StoredJson.Unusual("not a number");
        }
        return p.getDoubleValue();
    }

    static int integer(JsonParser p) {
        if (p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
            throw new StoredJson.Unusual("not an integer");
        }
        return p.getIntValue();
    }

    static boolean bool(JsonParser p) {
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw new StoredJson.Unusual("not a boolean");
        }
        return t == JsonToken.VALUE_TRUE;
    }
}
