package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An X archive ready to be read: tweets first, then 1:1 DMs, group DMs and encrypted message
 * events. Handles of DM correspondents are known only from tweets ({@code user_mentions},
 * {@code in_reply_to_screen_name}), so the parts are read in order and the names found in tweets
 * fill in the DMs' authors.
 */
final class TwitterExport implements Export {
    private final ExportTree tree;
    private final String layout;
    private final Author owner;
    private final List<String> parts;
    private final Map<String, TwitterArchiveReader.Kind> kinds;
    private final NoteTweets noteTweets;
    private final List<IngestRecord.Bad> problems;
    private final List<String> notes;
    private final Map<String, Author> directory = new ConcurrentHashMap<>();

    TwitterExport(ExportTree tree, String layout, Author owner, List<String> parts,
            Map<String, TwitterArchiveReader.Kind> kinds, NoteTweets noteTweets, List<IngestRecord.Bad> problems, List<String> notes) {
        this.tree = tree;
        this.layout = layout;
        this.owner = owner;
        this.parts = List.copyOf(parts);
        this.kinds = Map.copyOf(kinds);
        this.noteTweets = noteTweets;
        this.problems = List.copyOf(problems);
        this.notes = List.copyOf(notes);
    }

    @Override
    public Platform platform() {
        return Platform.TWITTER;
    }

    @Override
    public String layout() {
        return layout;
    }

    @Override
    public Author owner() {
        return owner;
    }

    @Override
    public String path() {
        return tree.displayName();
    }

    @Override
    public List<String> parts() {
        return parts;
    }

    @Override
    public List<IngestRecord.Bad> problems() {
        return problems;
    }

    @Override
    public List<String> notes() {
        return notes;
    }

    @Override
    public RecordCursor open(String part) throws IOException {
        TwitterArchiveReader.Kind kind = kinds.get(part);
        if (kind == null) {
            throw new IllegalArgumentException("not a part of this export: " + part);
        }
        YtdFileCursor.ElementMapper mapper = switch (kind) {
            case TWEETS -> new TweetMapper(this, part.contains("deleted"))::map;
            case DIRECT_MESSAGES -> new DirectMessageMapper(this, false);
            case GROUP_MESSAGES -> new DirectMessageMapper(this, true);
            case MESSAGE_EVENTS -> DirectMessageMapper::mapEncrypted;
        };
        InputStream in = tree.open(part);
        return new YtdFileCursor(tree.displayName(), part, in, mapper);
    }

    NoteTweets noteTweets() {
        return noteTweets;
    }

    /** Remembers what a tweet says of another account (id, handle, name). */
    void learn(Author author) {
        if (author.id() != null && !author.id().equals(owner.id())) {
            directory.merge(author.id(), author, Author::mergedWith);
        }
    }

    /** The account with this id, with whatever handle and name the archive revealed. */
    Author person(String id) {
        if (owner.id() != null && owner.id().equals(id)) {
            return owner;
        }
        Author known = directory.get(id);
        return known != null ? known : new Author(id, null, null);
    }
}
