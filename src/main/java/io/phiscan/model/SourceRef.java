package io.phiscan.model;

import java.util.Objects;

/**
 * Where a record was read: the export (zip or folder, as given on the command line), the
 * file inside it, and a position in that file ("element 3, line 41").
 */
public record SourceRef(String export, String entry, String position) {

    public SourceRef {
        Objects.requireNonNull(export, "export");
        entry = entry == null ? "" : entry;
        position = position == null ? "" : position;
    }

    /** The export and file, as {@code export!entry}. */
    public String file() {
        return entry.isEmpty() ? export : export + "!" + entry;
    }

    @Override
    public String toString() {
        return position.isEmpty() ? file() : file() + " (" + position + ")";
    }
}
