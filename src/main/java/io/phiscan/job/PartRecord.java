package io.phiscan.job;

import io.phiscan.ingest.IngestRecord;

/**
 * A record as the ingest reader gives it: the export it was read from, the part (file) of the
 * export, or {@code null} for a problem of the export as a whole, and the record.
 */
record PartRecord(String export, String part, IngestRecord record) {
}
