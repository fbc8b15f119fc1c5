package io.phiscan.ingest;

import tools.jackson.databind.JsonNode;

/** Lenient reads of optional fields: exports treat every field as optional. */
final class Json {
    /** A JSON {@code true} or {@code false}, in {@link #kind}'s words. */
    static final String TRUE_OR_FALSE = "a true/false value";

    private Json() {
    }

    /**
     * What a JSON value is, in words that never quote it (a skipped record's reason holds no text
     * from the export): {@code an object}, {@code an array}, {@code a string}, {@code a number},
     * {@code a true/false value} or {@code null} (a missing value too).
     */
    static String kind(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "null";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "an array";
        }
        if (value.isString()) {
            return "a string";
        }
        if (value.isNumber()) {
            return "a number";
        }
        return value.isBoolean() ? TRUE_OR_FALSE : "a value of another kind";
    }

    /** The field as text (numbers too: X writes ids both ways), or {@code null} when absent or empty. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || v.isContainer()) {
            return null;
        }
        String s = v.asString();
        return s == null || s.isEmpty() ? null : s;
    }

    /** The first of several fields that is present. */
    static String text(JsonNode node, String field, String fallback) {
        String v = text(node, field);
        return v != null ? v : text(node, fallback);
    }
}
