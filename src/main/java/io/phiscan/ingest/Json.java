package io.phiscan.ingest;

import tools.jackson.databind.JsonNode;

/** Lenient reads of optional fields: exports treat every field as optional. */
final class Json {
    private Json() {
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
