package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Platform;
import io.phiscan.model.SourceRef;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads Mastodon account archives (Settings → Import and export: a zip since 2023, a
 * {@code .tar.gz} before, to be unpacked into a folder): {@code outbox.json}, an ActivityStreams
 * {@code OrderedCollection} of the owner's activities, and {@code actor.json}, the owner. Told
 * by content: {@code actor.json} is an actor and {@code outbox.json} a collection. An
 * {@code actor.json} that is missing or cannot be read (damaged, cut) beside an outbox whose
 * activities name their actor is listed as such, the owner being that actor.
 *
 * <p>An archive holds only the owner's own statuses: what others wrote to the owner (a patient's
 * question) is not in it, and the run summary says so. The people a status mentions are its
 * recipients, so the owner's replies still have counterparts.
 */
final class MastodonArchiveReader implements ArchiveReader {
    static final Set<String> ACTORS = Set.of("Person", "Service", "Application", "Group", "Organization");
    private static final int MAX_ACTOR_BYTES = 4 << 20;
    /** The actor of an activity in the outbox's head (the outbox's own fields come before its items). */
    private static final Pattern OUTBOX_ACTOR = Pattern.compile("\"actor\"\\s*:\\s*\"(https?://[^\"\\\\\\s]+)\"");
    /** What every Mastodon export says of itself. */
    private static final List<String> NOTES = List.of(
            "a Mastodon archive holds only the owner's own posts: what others wrote to the owner is not in it; the people"
                    + " a post mentions are taken as its recipients",
            "boosts (Announce) carry no text of the owner's and are not read; likes.json and bookmarks.json are not read");
    /** A Mastodon actor's URI: {@code https://host/users/name}. */
    private static final Pattern USERS_PATH = Pattern.compile("https?://[^/]+/users/([A-Za-z0-9_.-]+)/?");

    @Override
    public Platform platform() {
        return Platform.MASTODON;
    }

    @Override
    public Optional<Export> recognize(ExportTree tree) throws IOException {
        if (!tree.exists("actor.json")) {
            return tree.exists("outbox.json") ? withoutActorFile(tree) : Optional.empty();
        }
        if (!tree.exists("outbox.json")) {
            return unreadable(tree, "without outbox.json (the file that holds the posts)");
        }
        String head;
        try {
            head = ExportFiles.headText(tree, "outbox.json", 8 << 10);
        } catch (DamagedZipEntryException e) {
            head = null; // a damaged entry: reading the outbox lists it, where its posts stop
        }
        if (head != null && !head.contains("OrderedCollection") && !head.contains("orderedItems")) {
            return unreadable(tree, "whose outbox.json " + (head.isBlank() ? "is empty" : "is not an ActivityPub collection"));
        }
        JsonNode actor;
        try {
            actor = YtdFileCursor.JSON.readTree(ExportFiles.head(tree, "actor.json", MAX_ACTOR_BYTES));
        } catch (JacksonException | DamagedZipEntryException e) {
            String why = e instanceof JacksonException j ? YtdFileCursor.describe(j, 1) : ((DamagedZipEntryException) e).reason();
            return Optional.of(ownerFromOutbox(tree, head, "not read: " + why).orElseGet(() -> ownerUnknown(tree, "not read: " + why)));
        }
        if (!isActor(actor)) {
            // a file that reads but describes no account: an outbox of an actor's activities still names the owner
            return ownerFromOutbox(tree, head,
                    "not read: it describes no account (its type is not Person, Service, Application, Group or Organization)");
        }
        String id = Json.text(actor, "id");
        String user = Json.text(actor, "preferredUsername");
        String host = host(id != null ? id : Json.text(actor, "url"));
        String handle = user == null ? null : host == null ? user : user + "@" + host;
        if (id == null && handle == null) {
            String problem = "not read: it names no account (no id, url or preferredUsername)";
            return Optional.of(ownerFromOutbox(tree, head, problem).orElseGet(() -> ownerUnknown(tree, problem)));
        }
        Author owner = new Author(id, handle, Json.text(actor, "name"));
        return Optional.of(new MastodonExport(tree, owner, Json.text(actor, "followers"), NOTES,
                new SourceRef(tree.displayName(), "outbox.json", ""), List.of()));
    }

    /**
     * A folder or zip with an outbox.json and no actor.json (an archive unpacked in part, or an
     * actor.json deleted): when the outbox is a collection of an actor's activities, the archive
     * is read with that actor as its owner and actor.json listed as missing; else it is no
     * Mastodon archive.
     */
    private static Optional<Export> withoutActorFile(ExportTree tree) throws IOException {
        String head;
        try {
            head = ExportFiles.headText(tree, "outbox.json", 8 << 10);
        } catch (DamagedZipEntryException e) {
            return Optional.empty();
        }
        if (!head.contains("OrderedCollection") && !head.contains("orderedItems")) {
            return Optional.empty();
        }
        return ownerFromOutbox(tree, head, "not in the archive");
    }

    /**
     * An archive whose actor.json is missing or cannot be read (damaged, cut) but whose outbox is a
     * collection of the owner's activities: the owner is the actor its first activity names ({@code
     * https://host/users/name}, whose address is {@code name@host} as actor.json would give it),
     * and actor.json is listed with {@code problem}. Empty when the outbox's head names no actor.
     */
    private static Optional<Export> ownerFromOutbox(ExportTree tree, String outboxHead, String problem) {
        Matcher m = outboxHead == null ? null : OUTBOX_ACTOR.matcher(outboxHead);
        if (m == null || !m.find()) {
            return Optional.empty();
        }
        String id = m.group(1);
        Matcher user = USERS_PATH.matcher(id);
        String host = host(id);
        String handle = user.matches() && host != null ? user.group(1) + "@" + host : null;
        List<IngestRecord.Bad> problems = List.of(new IngestRecord.Bad(new SourceRef(tree.displayName(), "actor.json", ""),
                problem + "; the owner is taken from outbox.json, whose activities name their actor " + id));
        return Optional.of(new MastodonExport(tree, new Author(id, handle, null), null, NOTES,
                new SourceRef(tree.displayName(), "outbox.json", ""), problems));
    }

    /**
     * An archive whose actor.json cannot tell the owner, beside an outbox whose head names no actor
     * (empty, say): read with the owner unknown, its posts as the owner's, and actor.json listed.
     */
    private static Export ownerUnknown(ExportTree tree, String problem) {
        List<String> notes = new ArrayList<>(NOTES);
        notes.add("the owner cannot be told (actor.json " + problem + ", and outbox.json names no actor where it begins):"
                + " the posts are read as the owner's");
        return new MastodonExport(tree, ExportFiles.unknownOwner(tree.displayName()), null, notes,
                new SourceRef(tree.displayName(), "outbox.json", ""),
                List.of(new IngestRecord.Bad(new SourceRef(tree.displayName(), "actor.json", ""), problem)));
    }

    /**
     * An archive whose actor.json is an account's but whose outbox cannot be read: a Mastodon
     * archive that cannot be read, said so; anything else is not a Mastodon archive.
     */
    private static Optional<Export> unreadable(ExportTree tree, String what) throws IOException {
        JsonNode actor;
        try {
            actor = YtdFileCursor.JSON.readTree(ExportFiles.head(tree, "actor.json", MAX_ACTOR_BYTES));
        } catch (JacksonException e) {
            return Optional.empty();
        }
        if (!isActor(actor)) {
            return Optional.empty();
        }
        throw new ArchiveFormatException(tree.displayName(), "outbox.json", "a Mastodon archive " + what, null);
    }

    /** Whether actor.json describes an account (an actor of a type a Mastodon account has). */
    private static boolean isActor(JsonNode actor) {
        String type = Json.text(actor, "type");
        return type != null && ACTORS.contains(type);
    }

    static String host(String uri) {
        if (uri == null) {
            return null;
        }
        try {
            return URI.create(uri).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
