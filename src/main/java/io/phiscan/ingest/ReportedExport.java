package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Platform;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An export with problems found around it rather than in it (entries of its zip that were
 * refused), reported as records of the export so that they reach {@code skipped.csv}, or with
 * notes on how it was read added from outside its reader. As thread-safe as the export it wraps.
 */
final class ReportedExport implements Export {
    private final Export export;
    private final List<IngestRecord.Bad> problems;
    private final List<String> notes;

    ReportedExport(Export export, List<IngestRecord.Bad> extra) {
        this(export, extra, List.of());
    }

    ReportedExport(Export export, List<IngestRecord.Bad> extra, List<String> moreNotes) {
        this.export = export;
        List<IngestRecord.Bad> all = new ArrayList<>(export.problems());
        all.addAll(extra);
        this.problems = List.copyOf(all);
        List<String> notes = new ArrayList<>(export.notes());
        notes.addAll(moreNotes);
        this.notes = List.copyOf(notes);
    }

    @Override
    public Platform platform() {
        return export.platform();
    }

    @Override
    public String layout() {
        return export.layout();
    }

    @Override
    public Author owner() {
        return export.owner();
    }

    @Override
    public String ownerAccount() {
        return export.ownerAccount();
    }

    @Override
    public String path() {
        return export.path();
    }

    @Override
    public List<String> parts() {
        return export.parts();
    }

    @Override
    public List<List<String>> partGroups() {
        return export.partGroups();
    }

    @Override
    public RecordCursor open(String part) throws IOException {
        return export.open(part);
    }

    @Override
    public List<IngestRecord.Bad> problems() {
        return problems;
    }

    @Override
    public List<String> notes() {
        return notes;
    }
}
