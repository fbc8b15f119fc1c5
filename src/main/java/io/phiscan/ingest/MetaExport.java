package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Platform;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Facebook or Instagram export ready to be read: thread files (JSON, HTML, or the flat
 * secure-storage files), then posts and comments. A thread split over {@code message_1.json},
 * {@code message_2.json}, … needs no merging here: every part's messages carry the thread's
 * conversation id (its folder, {@code inbox/<slug>_<id>}) and the exchange is assembled from all
 * of them. Parts are read in order so that the keys of identical messages at the same time
 * ({@link MetaKeys}) come out the same on every read: all parts are one group
 * ({@link #partGroups()}), and must not be read concurrently. Opening parts is thread-safe as far
 * as the tree's is.
 */
final class MetaExport implements Export {
    private final ExportTree tree;
    private final Platform platform;
    private final String layout;
    private final MetaOwner owner;
    private final Map<String, MetaParts.Kind> parts;
    private final List<String> partNames;
    private final MetaParts index;
    private final List<String> notes;
    private final MetaKeys keys = new MetaKeys();

    MetaExport(ExportTree tree, Platform platform, String layout, MetaOwner owner, MetaParts index, List<String> notes) {
        this.tree = tree;
        this.platform = platform;
        this.layout = layout;
        this.owner = owner;
        this.index = index;
        this.parts = index.ordered();
        this.partNames = List.copyOf(parts.keySet());
        this.notes = List.copyOf(notes);
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public String layout() {
        return layout;
    }

    @Override
    public Author owner() {
        return owner.author();
    }

    /** The owner's user name on Instagram, the owner's name on Facebook (Facebook exports give no user name). */
    @Override
    public String ownerAccount() {
        Author a = owner.author();
        return a.handle() != null ? a.handle() : a.name() != null ? a.name() : a.key();
    }

    @Override
    public String path() {
        return tree.displayName();
    }

    @Override
    public List<String> parts() {
        return partNames;
    }

    @Override
    public List<IngestRecord.Bad> problems() {
        return List.of();
    }

    @Override
    public List<String> notes() {
        return notes;
    }

    MetaOwner ownerInfo() {
        return owner;
    }

    MetaKeys keys() {
        return keys;
    }

    @Override
    public RecordCursor open(String part) throws IOException {
        MetaParts.Kind kind = parts.get(part);
        if (kind == null) {
            throw new IllegalArgumentException("not a part of this export: " + part);
        }
        String name = tree.displayName();
        String conversation = index.conversation(part);
        return ReportedAtEnd.open(tree, part, in -> switch (kind) {
            case THREAD_JSON, SECURE_JSON -> new MetaJsonCursor(name, part, in, Set.of("messages"),
                    head -> new MetaMessageMapper(this, conversation, head)::map, () -> tree.open(part));
            case POSTS_JSON -> new MetaJsonCursor(name, part, in, Set.of("status_updates", "posts"),
                    head -> new FacebookPostMapper(this, false)::map);
            case COMMENTS_JSON -> new MetaJsonCursor(name, part, in, Set.of("comments_v2", "comments"),
                    head -> new FacebookPostMapper(this, true)::map);
            case IG_COMMENTS_JSON -> new MetaJsonCursor(name, part, in,
                    Set.of("comments_media_comments", "comments_reels_comments"),
                    head -> new InstagramCommentMapper(this)::map);
            case THREAD_HTML, LEGACY_HTML, POSTS_HTML, COMMENTS_HTML, IG_COMMENTS_HTML ->
                    new MetaHtmlCursor(this, name, part, in, kind, conversation);
        });
    }
}
