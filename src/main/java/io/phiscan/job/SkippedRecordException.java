package io.phiscan.job;

import io.phiscan.ingest.IngestRecord;

/**
 * Thrown by the ingest reader for a record that cannot be read, so that the step's skip policy
 * skips it and the skip listener records it. The message names file and position, never text.
 */
final class SkippedRecordException extends RuntimeException {
    private final transient IngestRecord.Bad bad;
    private final String export;
    private final String part;

    SkippedRecordException(IngestRecord.Bad bad, String export, String part) {
        super(bad.toException().getMessage());
        this.bad = bad;
        this.export = export;
        this.part = part;
    }

    IngestRecord.Bad bad() {
        return bad;
    }

    /** The export the record belongs to, as the run's inputs name it, or {@code null} when none. */
    String export() {
        return export;
    }

    /** The part (file) of the export it was read from, or {@code null} for a problem of the whole export. */
    String part() {
        return part;
    }
}
