package io.phiscan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;

/**
 * Reads only the head of a thread file, its participants, without reading its messages: the
 * members before {@code messages} of a JSON thread, the blocks before the first message of an
 * HTML thread. Used to tell the owner of an export that has no profile file. Stateless.
 */
final class MetaThreadHeads {
    private MetaThreadHeads() {
    }

    /**
     * The participants of the thread file, or an empty list when its head does not name them or
     * it cannot be read.
     */
    static List<String> participants(ExportTree tree, String part, MetaParts parts) throws IOException {
        String name = part.toLowerCase(java.util.Locale.ROOT);
        try (InputStream in = tree.open(part)) {
            if (name.endsWith(".json")) {
                JsonMemberLocator locator = new JsonMemberLocator(in, Set.of("messages"));
                JsonMemberLocator.Located at = locator.locate(tree.displayName(), part);
                byte[] head = at != null ? at.head() : locator.headBeforeNotAnArray();
                return head == null ? List.of() : MetaJson.names(YtdFileCursor.JSON.readTree(head).get("participants"));
            }
            return MetaHtmlHead.participants(in, tree.displayName() + "!" + part);
        } catch (ArchiveFormatException | JacksonException | IOException e) {
            return List.of(); // a file that cannot be opened is listed as skipped when it is read
        }
    }
}
