package io.phiscan.job;

import io.phiscan.ingest.ArchiveFormatException;
import io.phiscan.ingest.Export;
import io.phiscan.ingest.ExportLocator;
import io.phiscan.ingest.IngestRecord;
import io.phiscan.ingest.RecordCursor;
import io.phiscan.ingest.ZipLimits;
import io.phiscan.model.SourceRef;
import io.phiscan.review.RunStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads every record of every export of a run, export by export and part by part. A record
 * that cannot be read is thrown as a {@link SkippedRecordException} for the step's skip policy.
 * Restartable: the number of records consumed is saved at each chunk and, on restart, that many
 * are read again and passed over. It also keeps, per export, how many records it read (bad ones
 * included), in the step's context under {@link Reconciliation#READ_KEY}, for the reconciliation
 * that follows the step. Not thread-safe (one reader per step execution).
 */
final class ExportItemReader implements ItemStreamReader<IngestRecord> {
    private static final Logger LOG = LoggerFactory.getLogger(ExportItemReader.class);
    private static final String CONSUMED = "ingest.consumed";

    private final String runId;
    private final List<Path> inputs;
    private final RunStore runs;
    private ExportLocator locator;
    private List<Export> exports;
    private final Deque<IngestRecord.Bad> problems = new ArrayDeque<>();
    private int exportIndex = -1;
    private int partIndex;
    private RecordCursor cursor;
    private long consumed;
    private final Map<String, Long> readByExport = new LinkedHashMap<>();

    ExportItemReader(String runId, List<Path> inputs, RunStore runs) {
        this.runId = runId;
        this.inputs = List.copyOf(inputs);
        this.runs = runs;
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            locator = new ExportLocator(ZipLimits.DEFAULT).locate(inputs);
        } catch (IOException e) {
            throw new ItemStreamException("cannot look through the inputs: " + e.getMessage(), e);
        }
        exports = locator.exports();
        for (Export e : exports) {
            readByExport.put(e.path(), 0L);
            runs.addInput(runId, e.path(), e.platform(), e.account(), e.layout(), e.notes());
        }
        for (ExportLocator.Unrecognized u : locator.unrecognized()) {
            runs.skip(runId, new RunStore.Skipped(u.path().toString(), "", "not read: " + u.seen()));
        }
        LOG.info("ingest: {} export(s) found", exports.size());
        long resumeAt = context.getLong(CONSUMED, 0L);
        if (resumeAt > 0) {
            LOG.info("ingest: resuming after {} records already read", resumeAt);
            while (consumed < resumeAt && next() != null) {
                // passed over: already indexed and counted before the restart
            }
        }
    }

    @Override
    public IngestRecord read() {
        IngestRecord r = next();
        if (r instanceof IngestRecord.Bad bad) {
            throw new SkippedRecordException(bad, exports.get(exportIndex).path());
        }
        return r;
    }

    /** The next record, bad ones included, counting every one consumed. */
    private IngestRecord next() {
        while (true) {
            if (!problems.isEmpty()) {
                count();
                return problems.poll();
            }
            if (cursor == null) {
                if (!advance()) {
                    return null;
                }
                continue;
            }
            IngestRecord r;
            try {
                r = cursor.next();
            } catch (IOException | RuntimeException e) {
                r = unreadableRest(e);
                closeCursor();
                partIndex++;
                count();
                return r;
            }
            if (r == null) {
                closeCursor();
                partIndex++;
                continue;
            }
            count();
            return r;
        }
    }

    /** Counts a record consumed, against the export being read. */
    private void count() {
        consumed++;
        readByExport.merge(exports.get(exportIndex).path(), 1L, Long::sum);
    }

    /** Opens the next part, or moves to the next export and queues its problems; false at the end. */
    private boolean advance() {
        if (exportIndex >= 0 && partIndex < exports.get(exportIndex).parts().size()) {
            Export export = exports.get(exportIndex);
            String part = export.parts().get(partIndex);
            try {
                cursor = export.open(part);
            } catch (IOException | RuntimeException e) {
                problems.add(new IngestRecord.Bad(new SourceRef(export.path(), part, ""),
                        "the file cannot be read: " + reason(e)));
                partIndex++;
            }
            return true;
        }
        exportIndex++;
        partIndex = 0;
        if (exportIndex >= exports.size()) {
            return false;
        }
        Export export = exports.get(exportIndex);
        LOG.info("ingest: export {} of {}: {} ({}), {} part(s)", exportIndex + 1, exports.size(),
                export.platform().id(), export.layout(), export.parts().size());
        problems.addAll(export.problems());
        return true;
    }

    private IngestRecord.Bad unreadableRest(Exception e) {
        Export export = exports.get(exportIndex);
        String part = export.parts().get(partIndex);
        return new IngestRecord.Bad(new SourceRef(export.path(), part, "after the last record read"),
                "the rest of the file cannot be read: " + reason(e));
    }

    private static String reason(Exception e) {
        if (e instanceof ArchiveFormatException a) {
            return a.reason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private void closeCursor() {
        if (cursor != null) {
            try {
                cursor.close();
            } catch (IOException e) {
                LOG.warn("ingest: closing a part failed: {}", e.getClass().getSimpleName());
            }
        }
        cursor = null;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(CONSUMED, consumed);
        context.putString(Reconciliation.READ_KEY, Reconciliation.format(readByExport));
    }

    @Override
    public void close() {
        closeCursor();
        if (locator != null) {
            try {
                locator.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
