package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * What {@code data/manifest.js} ({@code window.__THAR_CONFIG = {...}}) says: the owner and every
 * data file. Its {@code count}s are not message counts (for DM files they count conversations),
 * so only the file list is used.
 */
record TwitterManifest(Author owner, List<String> files) {

    static final TwitterManifest NONE = new TwitterManifest(null, List.of());
    private static final int MAX_BYTES = 16 << 20;

    static TwitterManifest read(ExportTree tree, List<IngestRecord.Bad> problems) throws IOException {
        byte[] bytes;
        try (InputStream in = tree.open("data/manifest.js")) {
            bytes = in.readNBytes(MAX_BYTES);
        } catch (DamagedZipEntryException e) {
            problems.add(e.notRead(tree, "data/manifest.js"));
            return NONE;
        }
        int start = 0;
        while (start < bytes.length && bytes[start] != '{') {
            start++;
        }
        JsonNode root;
        try {
            root = YtdFileCursor.JSON.readTree(java.util.Arrays.copyOfRange(bytes, start, bytes.length));
        } catch (JacksonException e) {
            problems.add(new IngestRecord.Bad(new SourceRef(tree.displayName(), "data/manifest.js", ""),
                    YtdFileCursor.describe(e, 1)));
            return NONE;
        }
        JsonNode user = root.path("userInfo");
        Author owner = null;
        if (Json.text(user, "accountId") != null || Json.text(user, "userName") != null) {
            owner = new Author(Json.text(user, "accountId"), Json.text(user, "userName"), Json.text(user, "displayName"));
        }
        List<String> files = new ArrayList<>();
        for (JsonNode type : root.path("dataTypes")) {
            for (JsonNode f : type.path("files")) {
                String name = Json.text(f, "fileName");
                if (name != null) {
                    files.add(name.startsWith("data/") ? name : "data/" + name.replaceFirst("^\\./", ""));
                }
            }
        }
        return new TwitterManifest(owner, List.copyOf(files));
    }
}
