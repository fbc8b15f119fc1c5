package io.phiscan.job;

import io.phiscan.ingest.ArchiveFormatException;
import io.phiscan.ingest.Export;
import io.phiscan.ingest.ExportLocator;
import io.phiscan.ingest.IngestRecord;
import io.phiscan.ingest.RecordCursor;
import io.phiscan.ingest.ZipLimits;
import io.phiscan.model.SourceRef;
import io.phiscan.review.PartLedger;
import io.phiscan.review.PartLedger.Mode;
import io.phiscan.review.PartLedger.Part;
import io.phiscan.review.RunStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the records of a run's exports, export by export and part by part, as the run's plan
 * says ({@link IngestPlanner}): parts to read are read, unchanged parts are passed over, and
 * parts needed only for the names they hold are parsed without being read out. The plan is
 * recorded before the first record, so a restarted run reads exactly what it set out to. A
 * record that cannot be read is thrown as a {@link SkippedRecordException} for the skip policy.
 *
 * <p>Restartable: the number of records read out is saved at each chunk and, on restart, that
 * many are read again and passed over. It also keeps, per export, how many records it read out
 * (bad ones included), in the step's context under {@link Reconciliation#READ_KEY}, for the
 * reconciliation that follows the step. Not thread-safe (one reader per step execution).
 */
final class ExportItemReader implements ItemStreamReader<PartRecord> {
    private static final Logger LOG = LoggerFactory.getLogger(ExportItemReader.class);
    private static final String CONSUMED = "ingest.consumed";

    private final String runId;
    private final List<Path> inputs;
    private final boolean full;
    private final RunStore runs;
    private final PartLedger ledger;
    private final Progress progress;
    private final TransactionTemplate transaction;
    private ExportLocator locator;
    private final List<Export> exports = new ArrayList<>();
    private final List<List<Part>> parts = new ArrayList<>();
    private final Deque<IngestRecord.Bad> problems = new ArrayDeque<>();
    private int exportIndex = -1;
    private int partIndex;
    private RecordCursor cursor;
    private boolean warm;
    private long consumed;
    private final Map<String, Long> readByExport = new LinkedHashMap<>();

    ExportItemReader(String runId, List<Path> inputs, boolean full, RunStore runs, PartLedger ledger, Progress progress,
            PlatformTransactionManager tx) {
        this.transaction = new TransactionTemplate(tx);
        this.runId = runId;
        this.inputs = List.copyOf(inputs);
        this.full = full;
        this.runs = runs;
        this.ledger = ledger;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            locator = new ExportLocator(ZipLimits.DEFAULT, tree -> new MeteredTree(tree, progress)).locate(inputs);
        } catch (IOException e) {
            throw new ItemStreamException("cannot look through the inputs: " + e.getMessage(), e);
        }
        List<Part> plan = new IngestPlanner(ledger, progress).recordedOrNew(runId, locator, full, transaction);
        for (IngestPlanner.Planned p : IngestPlanner.follow(plan, locator.exports())) {
            exports.add(p.export());
            parts.add(p.parts());
            readByExport.putIfAbsent(p.export().path(), 0L);
            runs.addInput(runId, p.export().path(), p.export().platform(), p.export().account(), p.export().layout(),
                    p.export().notes());
        }
        for (ExportLocator.Unrecognized u : locator.unrecognized()) {
            runs.skip(runId, new RunStore.Skipped(u.path().toString(), "", "not read: " + u.seen()));
        }
        long toRead = plan.stream().filter(p -> p.mode() == Mode.READ || p.mode() == Mode.WARM).count();
        long bytes = plan.stream().filter(p -> p.mode() == Mode.READ || p.mode() == Mode.WARM).mapToLong(Part::size).sum();
        LOG.info("ingest: {} export(s) found; {} part(s) to read, {} unchanged since an earlier run", exports.size(), toRead,
                plan.stream().filter(p -> p.mode() == Mode.UNCHANGED).count());
        progress.enter(Progress.Phase.INGEST, toRead, bytes);
        long resumeAt = context.getLong(CONSUMED, 0L);
        if (resumeAt > 0) {
            LOG.info("ingest: resuming after {} records already read", resumeAt);
            while (consumed < resumeAt && next() != null) {
                // passed over: already indexed and counted before the restart
            }
        }
    }

    @Override
    public PartRecord read() {
        PartRecord r = next();
        if (r != null && r.record() instanceof IngestRecord.Bad bad) {
            throw new SkippedRecordException(bad, r.export(), r.part());
        }
        return r;
    }

    /** The next record read out, bad ones included, counting every one. */
    private PartRecord next() {
        while (true) {
            if (!problems.isEmpty()) {
                count();
                return new PartRecord(exports.get(exportIndex).path(), null, problems.poll());
            }
            if (cursor == null) {
                if (!advance()) {
                    return null;
                }
                continue;
            }
            String part = parts.get(exportIndex).get(partIndex).part();
            IngestRecord r;
            try {
                r = cursor.next();
            } catch (IOException | RuntimeException e) {
                r = warm ? null : unreadableRest(part, e);
                endPart();
                if (r == null) {
                    continue;
                }
                count();
                return new PartRecord(exports.get(exportIndex).path(), part, r);
            }
            if (r == null) {
                endPart();
                continue;
            }
            if (warm) {
                continue; // parsed for the names it holds; its records were indexed by an earlier run
            }
            count();
            progress.record();
            return new PartRecord(exports.get(exportIndex).path(), part, r);
        }
    }

    /** Counts a record read out, against the export being read. */
    private void count() {
        consumed++;
        readByExport.merge(exports.get(exportIndex).path(), 1L, Long::sum);
    }

    /** Opens the next part to read, or moves to the next export and queues its problems; false at the end. */
    private boolean advance() {
        while (exportIndex >= 0 && partIndex < parts.get(exportIndex).size()) {
            Part p = parts.get(exportIndex).get(partIndex);
            if (p.mode() == Mode.UNCHANGED) {
                partIndex++;
                continue;
            }
            Export export = exports.get(exportIndex);
            warm = p.mode() == Mode.WARM;
            try {
                cursor = export.open(p.part());
            } catch (IOException | RuntimeException e) {
                if (!warm) {
                    problems.add(new IngestRecord.Bad(new SourceRef(export.path(), p.part(), ""),
                            "the file cannot be read: " + reason(e)));
                }
                partIndex++;
                progress.fileDone();
            }
            return true;
        }
        exportIndex++;
        partIndex = 0;
        if (exportIndex >= exports.size()) {
            return false;
        }
        Export export = exports.get(exportIndex);
        LOG.info("ingest: export {} of {}: {} ({}), {} part(s), {} unchanged", exportIndex + 1, exports.size(),
                export.platform().id(), export.layout(), export.parts().size(),
                parts.get(exportIndex).stream().filter(Part::carried).count());
        problems.addAll(export.problems());
        return true;
    }

    private void endPart() {
        closeCursor();
        partIndex++;
        progress.fileDone();
    }

    private IngestRecord.Bad unreadableRest(String part, Exception e) {
        return new IngestRecord.Bad(new SourceRef(exports.get(exportIndex).path(), part, "after the last record read"),
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
