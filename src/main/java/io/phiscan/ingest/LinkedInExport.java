package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Platform;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;

/**
 * A LinkedIn export ready to be read: messages, invitation notes, then the owner's comments and
 * posts. Each {@link #open} gives its own cursor. The files of one kind are a group
 * ({@link #partGroups()}): a split file's parts ({@code messages_1.csv}, {@code messages_2.csv})
 * may hold the same message; the kinds' groups may be read concurrently. Immutable once built.
 */
final class LinkedInExport implements Export {
    private final ExportTree tree;
    private final String layout;
    private final LinkedInPeople people;
    private final List<String> parts;
    private final Map<String, LinkedInExportReader.Kind> kinds;
    private final List<String> notes;

    LinkedInExport(ExportTree tree, String layout, LinkedInPeople people, List<String> parts,
            Map<String, LinkedInExportReader.Kind> kinds, List<String> notes) {
        this.tree = tree;
        this.layout = layout;
        this.people = people;
        this.parts = List.copyOf(parts);
        this.kinds = Map.copyOf(kinds);
        this.notes = List.copyOf(notes);
    }

    @Override
    public Platform platform() {
        return Platform.LINKEDIN;
    }

    @Override
    public String layout() {
        return layout;
    }

    @Override
    public Author owner() {
        return people.owner();
    }

    /** The owner's profile slug, or their name when the export gives no profile URL. */
    @Override
    public String ownerAccount() {
        Author o = people.owner();
        return o.handle() != null ? o.handle() : o.name();
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
        LinkedInExportReader.Kind kind = kinds.get(part);
        if (kind == null) {
            throw new IllegalArgumentException("not a part of this export: " + part);
        }
        LinkedInMapper mapper = new LinkedInMapper(people, account());
        CSVFormat format = kind == LinkedInExportReader.Kind.COMMENTS ? CsvFormats.backslashEscaped() : CsvFormats.rfc4180();
        CsvCursor.RowMapper rows = switch (kind) {
            case MESSAGES -> mapper::message;
            case INVITATIONS -> mapper::invitation;
            case COMMENTS -> mapper::comment;
            case SHARES -> mapper::share;
        };
        return new CsvCursor(tree.displayName(), part, () -> tree.open(part), format, LinkedInExportReader.rule(kind),
                LinkedInExportReader.layouts(kind), rows);
    }
}
