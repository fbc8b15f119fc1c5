package io.phiscan.ingest;

import io.phiscan.model.Platform;
import io.phiscan.model.SourceRef;
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
 * an array, reading the file gives a skipped record saying so). It is a chat too when they hold
 * the download's {@code threadName} and its {@code messages} are an array, whatever its
 * participants are (missing, a string, a list of something else): its messages are read, with
 * recipients only from the names the list does hold, and the file is listed saying what its
 * participants are. Any other JSON file is left alone. Stateless and thread-safe.
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
        List<IngestRecord.Bad> oddParticipants = new ArrayList<>();
        for (String e : tree.entries()) {
            Boolean chat = CANDIDATE.matcher(e).matches() ? isChat(tree, e, oddParticipants) : Boolean.FALSE;
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
        Export export = MetaRecognizer.build(tree, Platform.FACEBOOK, "facebook-e2ee-2024", MetaParts.secure(chats),
                List.of("a Messenger secure-storage download: only the end-to-end encrypted chats it holds"));
        return Optional.of(oddParticipants.isEmpty() ? export : new ReportedExport(export, oddParticipants));
    }

    /**
     * Whether the file is a chat; {@code null} when it cannot be opened (its name is not valid
     * UTF-8, say). A chat whose participants are not a list of names goes to {@code odd}, saying so.
     */
    private static Boolean isChat(ExportTree tree, String entry, List<IngestRecord.Bad> odd) throws IOException {
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
            JsonNode members = YtdFileCursor.JSON.readTree(head);
            JsonNode participants = members.get("participants");
            if (participants != null && participants.isArray() && !participants.isEmpty() && participants.get(0).isString()) {
                String problem = participantsProblem(participants);
                if (problem != null) {
                    odd.add(new IngestRecord.Bad(new SourceRef(tree.displayName(), entry, ""), problem));
                }
                return true;
            }
            if (at == null || Json.text(members, "threadName") == null) {
                return false;
            }
            // the download's other members, and its messages: a chat whose participants cannot be told as the download writes them
            odd.add(new IngestRecord.Bad(new SourceRef(tree.displayName(), entry, ""), participantsProblem(participants)));
            return true;
        } catch (DamagedZipEntryException e) {
            return null; // a damaged entry of the zip: reading it lists it, saying why
        } catch (ArchiveFormatException | JacksonException e) {
            return false;
        }
    }

    /**
     * What is wrong with a chat's participants, and how its messages are read for it; null when
     * they are a list of plain strings.
     */
    private static String participantsProblem(JsonNode participants) {
        String what;
        if (participants == null) {
            what = "a chat without a participants list";
        } else if (!participants.isArray()) {
            what = "a chat whose participants is " + Json.kind(participants) + ", not a list of names";
        } else if (participants.isEmpty()) {
            what = "a chat whose participants list is empty";
        } else {
            JsonNode other = null;
            for (JsonNode p : participants) {
                if (!p.isString() && other == null) {
                    other = p;
                }
            }
            if (other == null) {
                return null;
            }
            what = "a chat whose participants list holds " + Json.kind(other) + " where a name goes";
        }
        List<String> names = MetaJson.names(participants);
        return what + (names.isEmpty()
                ? ": who is in it is not known; its messages are read, each from its sender, without recipients (as one to one)"
                : ": its messages are read, their recipients taken from the " + names.size() + " name(s) it does hold");
    }
}
