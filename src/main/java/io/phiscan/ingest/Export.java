package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Platform;
import java.io.IOException;
import java.util.List;

/**
 * One recognized export: its platform, owner and the parts (files) to read, in the order they
 * must be read (a part may fill in names that later parts use).
 *
 * <p>Parts of one group ({@link #partGroups()}) are read one after another by one reader; groups
 * may be read concurrently.
 */
public interface Export {

    Platform platform();

    /** A short name of the export's layout generation, e.g. {@code x-2022}. */
    String layout();

    /** The account the export belongs to. */
    Author owner();

    /** The owner's account as the export names it: {@link Author#account()}, unless the platform files it otherwise. */
    default String ownerAccount() {
        return owner().account();
    }

    /**
     * The owner's account as messages carry it and the workspace keeps it: {@link #ownerAccount()},
     * cut when longer than the workspace keeps ({@link ExportFiles#fittedAccount}). Not overridden:
     * a platform's own way of naming the owner is its {@link #ownerAccount()}.
     */
    default String account() {
        return ExportFiles.fittedAccount(ownerAccount());
    }

    /** Where the export is, as the user named it. */
    String path();

    /** The files to read, in order. */
    List<String> parts();

    /**
     * The parts as groups that one reader reads in order, one part after another; the groups, in
     * order, make up {@link #parts()}, each group a run of it. The parts of a group may name
     * people that its later parts use, or hold the same messages (a file and its older generation,
     * a split file's parts), which the group's reader reads once; parts of different groups hold
     * different messages and may be read concurrently. By default every part is in one group.
     */
    default List<List<String>> partGroups() {
        return parts().isEmpty() ? List.of() : List.of(parts());
    }

    /** Opens a part for streaming. */
    RecordCursor open(String part) throws IOException;

    /**
     * What a reader of the run summary must know about this export, e.g. a file the manifest
     * lists that is missing. Problems found while recognizing, not while reading parts.
     */
    List<IngestRecord.Bad> problems();

    /** Facts about what the export can and cannot contain, for the run summary. */
    default List<String> notes() {
        return List.of();
    }
}
