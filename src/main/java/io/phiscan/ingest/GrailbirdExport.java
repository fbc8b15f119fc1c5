package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A Grailbird X archive ready to be read: its monthly tweet files in order, or {@code tweets.csv}.
 * Each {@link #open} gives its own cursor. The monthly files are one group, read in order
 * ({@link #partGroups()}, the default): a tweet given in two of them (files of two downloads in one
 * folder) is read once. Immutable once built.
 */
final class GrailbirdExport implements Export {
    private final ExportTree tree;
    private final String layout;
    private final Author owner;
    private final List<String> parts;
    private final List<String> notes;

    GrailbirdExport(ExportTree tree, String layout, Author owner, List<String> parts, List<String> notes) {
        this.tree = tree;
        this.layout = layout;
        this.owner = owner;
        this.parts = List.copyOf(parts);
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

    /** The handle, as for current X archives, so that both generations of one account meet. */
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
        return List.of();
    }

    @Override
    public List<String> notes() {
        return notes;
    }

    @Override
    public RecordCursor open(String part) throws IOException {
        if (!parts.contains(part)) {
            throw new IllegalArgumentException("not a part of this export: " + part);
        }
        GrailbirdTweetMapper mapper = new GrailbirdTweetMapper(owner, account());
        if (part.equals("tweets.csv")) {
            return new CsvCursor(tree.displayName(), part, () -> tree.open(part), CsvFormats.rfc4180(),
                    GrailbirdArchiveReader::isTweetsCsvHeader, GrailbirdArchiveReader.TWEETS_CSV_LAYOUTS, mapper::row);
        }
        InputStream in = tree.open(part);
        return new YtdFileCursor(tree.displayName(), part, in, mapper::element);
    }
}
