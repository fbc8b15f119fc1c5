package io.phiscan.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * One kind of X data file written in parts as X splits them: {@code data/tweets.js}
 * ({@code window.YTD.tweets.part0 = [ … ]}), then {@code data/tweets-part1.js}
 * ({@code window.YTD.tweets.part1}) and so on, a new part once one holds
 * the export's part size in messages. Remembers each part for {@code manifest.js}. Not thread-safe.
 */
final class YtdParts implements AutoCloseable {

    /** A part written: its file, its global name, and the count the manifest gives. */
    record Part(String fileName, String globalName, int count) {
    }

    private final ExportFolder folder;
    private final String base;
    private final String global;
    private final int part;
    private final List<Part> parts = new ArrayList<>();
    private JsonGenerator json;
    private int messages;
    private int count;

    /**
     * @param base the file name without {@code .js} ({@code tweets}, {@code direct-messages})
     * @param global the name in {@code window.YTD.<global>.partN}
     * @param part most messages in one part
     */
    YtdParts(ExportFolder folder, String base, String global, int part) {
        this.folder = folder;
        this.base = base;
        this.global = global;
        this.part = part;
    }

    /**
     * The generator to write the next element with; {@code messages} of them will be in it and
     * the manifest counts {@code counted} (a tweet is 1, a DM conversation is 1 whatever it holds).
     */
    JsonGenerator next(int messages, int counted) throws IOException {
        if (json == null || this.messages >= part) {
            finish();
            int n = parts.size();
            String file = "data/" + base + (n == 0 ? "" : "-part" + n) + ".js";
            json = JsonStyles.x(folder.create(file));
            json.writeRaw("window.YTD." + global + ".part" + n + " = ");
            json.writeStartArray();
            parts.add(new Part(file, "YTD." + global + ".part" + n, 0));
        }
        this.messages += messages;
        count += counted;
        return json;
    }

    List<Part> parts() {
        return List.copyOf(parts);
    }

    private void finish() {
        if (json != null) {
            json.writeEndArray();
            json.close();
            Part last = parts.remove(parts.size() - 1);
            parts.add(new Part(last.fileName(), last.globalName(), count));
            json = null;
            messages = 0;
            count = 0;
        }
    }

    @Override
    public void close() {
        finish();
    }
}
