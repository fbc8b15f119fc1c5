package io.phiscan.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Lenient reads of Meta JSON fields, every string repaired with {@link MetaText}: exports
 * treat every field as optional and spell some of them two ways (Messenger's
 * {@code sender_name}/{@code timestamp_ms}/{@code content}, the secure-storage download's
 * {@code senderName}/{@code timestamp}/{@code text}). Stateless and thread-safe.
 */
final class MetaJson {
    private MetaJson() {
    }

    /** The first of the fields that is present, as repaired text; {@code null} when none is. */
    static String text(JsonNode node, String... fields) {
        for (String f : fields) {
            String v = Json.text(node, f);
            if (v != null) {
                return MetaText.repair(v);
            }
        }
        return null;
    }

    /** Whether the field is {@code true}. */
    static boolean flag(JsonNode node, String... fields) {
        for (String f : fields) {
            JsonNode v = node == null ? null : node.get(f);
            if (v != null && v.isBoolean() && v.asBoolean()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names in a participants list: {@code [{"name": …}]} in thread files, plain strings in
     * the secure-storage download. Duplicates are dropped, order kept.
     */
    static List<String> names(JsonNode list) {
        Set<String> names = new LinkedHashSet<>();
        if (list != null && list.isArray()) {
            for (JsonNode p : list) {
                String name = p.isString() ? MetaText.repair(p.asString()) : text(p, "name");
                if (name != null && !name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        return new ArrayList<>(names);
    }

    /** Archive-relative paths ({@code uri}) of the media of a message, a post or a comment. */
    static List<String> media(JsonNode message, String... arrays) {
        List<String> out = new ArrayList<>();
        for (String a : arrays) {
            JsonNode v = message.get(a);
            if (v == null) {
                continue;
            }
            if (v.isObject()) {
                addUri(out, v);
            } else {
                for (JsonNode item : v) {
                    addUri(out, item);
                }
            }
        }
        return out;
    }

    private static void addUri(List<String> out, JsonNode item) {
        String uri = text(item, "uri");
        if (uri != null) {
            out.add(uri.startsWith("./") ? uri.substring(2) : uri);
        }
    }
}
