package io.phiscan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The full text of long posts from {@code note-tweet.js}. A note carries no tweet id, so it is
 * joined to the tweet posted in the same second (±1 s) whose shortened text begins the note.
 * Notes are few (only posts over 280 characters), so they are held in memory.
 */
final class NoteTweets {
    static final NoteTweets NONE = new NoteTweets(Map.of());
    private final Map<Long, List<String>> bySecond;

    private NoteTweets(Map<Long, List<String>> bySecond) {
        this.bySecond = bySecond;
    }

    static NoteTweets read(ExportTree tree, Map<String, String> globals, List<IngestRecord.Bad> problems)
            throws IOException {
        Map<Long, List<String>> bySecond = new HashMap<>();
        for (var e : globals.entrySet()) {
            if (!e.getValue().equals("note_tweet")) {
                continue;
            }
            try (InputStream in = tree.open(e.getKey());
                    YtdFileCursor cursor = new YtdFileCursor(tree.displayName(), e.getKey(), in, (node, where) -> {
                        JsonNode note = node.has("noteTweet") ? node.get("noteTweet") : node;
                        String created = Json.text(note, "createdAt");
                        String text = Json.text(note.path("core"), "text");
                        if (created != null && text != null) {
                            long second;
                            try {
                                second = Instant.parse(created).getEpochSecond();
                            } catch (DateTimeParseException ex) {
                                return List.of(new IngestRecord.Bad(where.ref(), "a note whose createdAt is not an ISO-8601"
                                        + " time; it cannot be joined to its post, which keeps its shortened text"));
                            }
                            bySecond.computeIfAbsent(second, k -> new ArrayList<>()).add(text);
                        }
                        return List.of();
                    })) {
                IngestRecord r;
                while ((r = cursor.next()) != null) {
                    if (r instanceof IngestRecord.Bad bad) {
                        problems.add(bad);
                    }
                }
            }
        }
        return bySecond.isEmpty() ? NONE : new NoteTweets(bySecond);
    }

    /** The note's full text for a tweet whose text may be shortened, or the tweet's own text. */
    String fullText(Instant createdAt, String shortText) {
        if (bySecond.isEmpty()) {
            return shortText;
        }
        String prefix = stem(shortText);
        for (long s = createdAt.getEpochSecond() - 1; s <= createdAt.getEpochSecond() + 1; s++) {
            for (String note : bySecond.getOrDefault(s, List.of())) {
                String full = TwitterText.unescape(note);
                if (!prefix.isEmpty() && squash(full).startsWith(prefix) && full.length() >= shortText.length() - 30) {
                    return full;
                }
            }
        }
        return shortText;
    }

    /** The shortened text without its trailing link and ellipsis, white space squashed. */
    private static String stem(String text) {
        String s = text.replaceAll("\\s*https://t\\.co/\\S+\\s*$", "").replaceAll("[…\\s]+$", "");
        s = squash(s);
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
