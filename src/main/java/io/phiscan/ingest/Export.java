package io.phiscan.ingest;

import io.phiscan.model.Author;
import io.phiscan.model.Platform;
import java.io.IOException;
import java.util.List;

/**
 * One recognized export: its platform, owner and the parts (files) to read, in the order they
 * must be read (a part may fill in names that later parts use).
 *
 * <p>Reading parts concurrently is safe unless {@link #partsInOrder()} is true.
 */
public interface Export {

    Platform platform();

    /** A short name of the export's layout generation, e.g. {@code x-2022}. */
    String layout();

    /** The account the export belongs to. */
    Author owner();

    /** The owner's account key as messages carry it. */
    default String account() {
        return owner().key();
    }

    /** Where the export is, as the user named it. */
    String path();

    /** The files to read, in order. */
    List<String> parts();

    /** Whether parts must be read in order, one after another. */
    default boolean partsInOrder() {
        return true;
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
