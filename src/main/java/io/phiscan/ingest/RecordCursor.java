package io.phiscan.ingest;

import java.io.Closeable;
import java.io.IOException;

/**
 * A forward-only stream over the records of one part of an export. Not thread-safe.
 */
public interface RecordCursor extends Closeable {

    /** The next record, or {@code null} at the end. A bad record is returned, never thrown. */
    IngestRecord next() throws IOException;
}
