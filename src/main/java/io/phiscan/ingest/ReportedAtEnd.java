package io.phiscan.ingest;

import io.phiscan.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

/**
 * A file's records read to their end from bytes that failed their zip entry's CRC-32 check only
 * there ({@link CheckedAtEnd}), the file then listed once, after its last record: the reader
 * keeps every record the bytes hold, however it buffers them. Not thread-safe.
 */
final class ReportedAtEnd implements RecordCursor {
    private final CheckedAtEnd bytes;
    private final RecordCursor records;
    private final SourceRef after;
    private boolean reported;

    /** Opens {@code part} of {@code tree} and reads it with the cursor {@code reading} makes of its bytes. */
    static RecordCursor open(ExportTree tree, String part, Function<InputStream, RecordCursor> reading) throws IOException {
        CheckedAtEnd bytes = new CheckedAtEnd(tree.open(part));
        try {
            return new ReportedAtEnd(bytes, reading.apply(bytes), new SourceRef(tree.displayName(), part, "after the last record read"));
        } catch (RuntimeException e) {
            bytes.close();
            throw e;
        }
    }

    private ReportedAtEnd(CheckedAtEnd bytes, RecordCursor records, SourceRef after) {
        this.bytes = bytes;
        this.records = records;
        this.after = after;
    }

    @Override
    public IngestRecord next() throws IOException {
        IngestRecord r = records.next();
        if (r == null && !reported && bytes.failure() != null) {
            reported = true;
            return new IngestRecord.Bad(after, bytes.failure().reason());
        }
        return r;
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
