package io.phiscan.ingest;

import io.phiscan.model.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
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
        List<String> unopened = new ArrayList<>();
        for (String e : tree.entries()) {
            Boolean chat = CANDIDATE.matcher(e).matches() ? isChat(tree, e) : Boolean.FALSE;
            if (chat == null) {
                unopened.add(e);
            } else if (chat) {
                chats.add(e);
            }
        }
        if (chats.isEmpty()) {
            return Optional.empty();
        }
        chats.addAll(unopened); // reading each lists it as skipped, saying why it cannot be opened
        return Optional.of(MetaRecognizer.build(tree, Platform.FACEBOOK, "facebook-e2ee-2024", MetaParts.secure(chats),
                List.of("a Messenger secure-storage download: only the end-to-end encrypted chats it holds")));
    }

    /** Whether the file is a chat; {@code null} when it cannot be opened (its name is not valid UTF-8, say). */
    private static Boolean isChat(ExportTree tree, String entry) throws IOException {
        InputStream opened;
        try {
            opened = tree.open(entry);
        } catch (ArchiveFormatException | NoSuchFileException e) {
            return null;
        }
        try (InputStream in = opened) {
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
        } catch (DamagedZipEntryException e) {
            return null; // a damaged entry of the zip: reading it lists it, saying why
        } catch (ArchiveFormatException | JacksonException e) {
            return false;
        }
    }
}
