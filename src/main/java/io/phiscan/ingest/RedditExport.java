package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Platform;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A Reddit export ready to be read: private messages, chats, then the owner's comments and posts.
 * Each {@link #open} gives its own cursor. The files of one kind are a group ({@link #partGroups()}):
 * {@code messages.csv} beside {@code messages_archive.csv}, or a split file's parts, may hold the
 * same message; the kinds' groups may be read concurrently. Immutable once built.
 */
final class RedditExport implements Export {
    private final ExportTree tree;
    private final Author owner;
    private final List<String> parts;
    private final Map<String, RedditExportReader.Kind> kinds;
    private final List<String> notes;

    RedditExport(ExportTree tree, Author owner, List<String> parts, Map<String, RedditExportReader.Kind> kinds,
            List<String> notes) {
        this.tree = tree;
        this.owner = owner;
        this.parts = List.copyOf(parts);
        this.kinds = Map.copyOf(kinds);
        this.notes = List.copyOf(notes);
    }

    @Override
    public Platform platform() {
        return Platform.REDDIT;
    }

    @Override
    public String layout() {
        return kinds.keySet().stream().anyMatch(e -> ExportFiles.csvBase(e).equals("messagesarchive"))
                ? "reddit-archive" : "reddit";
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
    public List<List<String>> partGroups() {
        return ExportFiles.groups(parts, kinds::get);
    }

    @Override
    public List<IngestRecord.Bad> problems() {
        return List.of();
    }

    @Override
    public List<String> notes() {
        return notes;
    }

    @Override
    public RecordCursor open(String part) throws IOException {
        RedditExportReader.Kind kind = kinds.get(part);
        if (kind == null) {
            throw new IllegalArgumentException("not a part of this export: " + part);
        }
        RedditMapper mapper = new RedditMapper(owner, account());
        CsvCursor.RowMapper rows = switch (kind) {
            case MESSAGES -> mapper::message;
            case CHAT -> mapper::chat;
            case COMMENTS -> mapper::comment;
            case POSTS -> mapper::post;
        };
        return new CsvCursor(tree.displayName(), part, () -> tree.open(part), CsvFormats.rfc4180(),
                RedditExportReader.header(kind), RedditExportReader.layouts(kind), rows);
    }
}
