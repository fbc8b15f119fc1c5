package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Platform;
import io.phiscan.model.SourceRef;
import java.io.IOException;
import java.util.List;

/** A Mastodon archive ready to be read: its one part is {@code outbox.json}. Immutable once built. */
final class MastodonExport implements Export {
    private final ExportTree tree;
    private final Author owner;
    private final String followers;
    private final List<String> notes;
    private final SourceRef outbox;
    private final List<IngestRecord.Bad> problems;

    /** {@code followers}: the owner's followers collection, or null when unknown (then any URI ending in /followers is taken as it). */
    MastodonExport(ExportTree tree, Author owner, String followers, List<String> notes, SourceRef outbox,
            List<IngestRecord.Bad> problems) {
        this.tree = tree;
        this.owner = owner;
        this.followers = followers;
        this.notes = List.copyOf(notes);
        this.outbox = outbox;
        this.problems = List.copyOf(problems);
    }

    @Override
    public Platform platform() {
        return Platform.MASTODON;
    }

    @Override
    public String layout() {
        return "mastodon";
    }

    @Override
    public Author owner() {
        return owner;
    }

    /** The owner's address ({@code user@host}), else the actor's URI. */
    @Override
    public String path() {
        return tree.displayName();
    }

    @Override
    public List<String> parts() {
        return List.of(outbox.entry());
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
        if (!part.equals(outbox.entry())) {
            throw new IllegalArgumentException("not a part of this export: " + part);
        }
        return new OutboxCursor(tree.displayName(), part, tree.open(part),
                new MastodonActivityMapper(owner, account(), followers));
    }
}
