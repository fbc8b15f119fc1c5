package io.phiscan.ingest;

import io.phiscan.model.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads Messenger's end-to-end-encrypted "secure storage" download (2024 onwards): flat
 * {@code <Name>_<N>.json} files, one per chat, next to a {@code media/} folder, each
 * {@code {participants: ["A", "B"], threadName, messages: [{senderName, timestamp, text, type,
 * media, reactions, isUnsent}]}}. A file is a chat when its members before {@code messages}
 * hold a participants list of plain strings, whatever its {@code messages} are (when they are not
 * an array, reading the file gives a skipped record saying so); any other JSON file is left
 * alone. Stateless and thread-safe.
 */
final class FacebookSecureStorageReader implements ArchiveReader {
    private static final Pattern CANDIDATE = Pattern.compile("^[^/]+\\.json$");

    @Override
    public Platform platform() {
        return Platform.FACEBOOK;
    }

    @Override
    public Optional<Export> recognize(ExportTree tree) throws IOException {
        List<String> chats = new ArrayList<>();
        for (String e : tree.entries()) {
            if (CANDIDATE.matcher(e).matches() && isChat(tree, e)) {
                chats.add(e);
            }
        }
        if (chats.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(MetaRecognizer.build(tree, Platform.FACEBOOK, "facebook-e2ee-2024", MetaParts.secure(chats),
                List.of("a Messenger secure-storage download: only the end-to-end encrypted chats it holds")));
    }

    private static boolean isChat(ExportTree tree, String entry) throws IOException {
        try (InputStream in = tree.open(entry)) {
            JsonMemberLocator locator = new JsonMemberLocator(in, Set.of("messages"));
            JsonMemberLocator.Located at = locator.locate(tree.displayName(), entry);
            // a chat whose messages are not an array is still a chat: reading it says what is wrong with it
            byte[] head = at != null ? at.head() : locator.headBeforeNotAnArray();
            if (head == null) {
                return false;
            }
            JsonNode participants = YtdFileCursor.JSON.readTree(head).get("participants");
            return participants != null && participants.isArray() && !participants.isEmpty()
                    && participants.get(0).isString();
        } catch (ArchiveFormatException | JacksonException e) {
            return false;
        }
    }
}
