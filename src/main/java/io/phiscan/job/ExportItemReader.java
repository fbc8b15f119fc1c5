package io.phiscan.job;

import io.phiscan.ingest.ArchiveFormatException;
import io.phiscan.ingest.Export;
import io.phiscan.ingest.ExportTree;
import io.phiscan.ingest.IngestRecord;
import io.phiscan.ingest.RecordCursor;
import io.phiscan.model.SourceRef;
import io.phiscan.review.PartLedger;
import io.phiscan.review.PartLedger.Mode;
import io.phiscan.review.PartLedger.Part;
import java.io.IOException;
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

/**
 * Reads the records of one {@link IngestUnit} of a run's plan (an export's part, or its parts
 * that must be read in order) as the plan says ({@link IngestPlanner}): parts to read are read,
 * and parts needed only for the names they hold are parsed without being read out. A record that
 * cannot be read is thrown as a {@link SkippedRecordException} for the skip policy.
 *
 * <p>Restartable: the number of records read out is saved at each chunk and, on restart, that
 * many are read again and passed over. It also keeps how many records it read out (bad ones
 * included) in the step's context under {@link Reconciliation#READ_KEY}, for the reconciliation
 * that follows the step. Not thread-safe (one reader per step execution).
 *
 * <p>A message read again within the unit (its id that of a message already read out of it or
 * parsed: an X archive holding both {@code tweet.js} and {@code tweets.js}, a DM given twice) is
 * indexed once, as the index keys messages by id; the repeat is a skipped record naming the
 * message's id, so that the export's messages are what the index holds and the records still
 * add up. The unit keeps the ids it read for that ({@link SeenIds}: about 22 bytes a message, 22 MB
 * for a unit of a million); a restart, which reads the records before its checkpoint again, finds
 * them again. Parts that may hold the same messages are one unit ({@link Export#partGroups()}); a
 * part that an incremental audit carries (unchanged, not read) is one whose group it does not
 * read, or one after the group's last changed part, which the run that read it checked.
 */
final class ExportItemReader implements ItemStreamReader<PartRecord> {
    private static final Logger LOG = LoggerFactory.getLogger(ExportItemReader.class);
    private static final String CONSUMED = "ingest.consumed";

    private final String runId;
    private final List<Path> inputs;
    private final String exportPath;
    private final List<Integer> unitParts;
    private final boolean withProblems;
    private final ExportCatalog catalog;
    private final PartLedger ledger;
    private final Progress progress;
    private Export export;
    private final List<Part> parts = new ArrayList<>();
    private final Deque<IngestRecord.Bad> problems = new ArrayDeque<>();
    private int partIndex;
    private RecordCursor cursor;
    /** The export's tree held while the unit reads it ({@link ExportTree#hold}), or why it could not be. */
    private ExportTree.Hold hold;
    private Exception unheld;
    private boolean warm;
    private long consumed;
    private final Map<String, Long> readByExport = new LinkedHashMap<>();
    /** The message ids read out of the unit (or parsed, in a part read only for names). */
    private final SeenIds read = new SeenIds();

    ExportItemReader(String runId, List<Path> inputs, IngestUnit unit, ExportCatalog catalog, PartLedger ledger,
            Progress progress) {
        this.runId = runId;
        this.inputs = List.copyOf(inputs);
        this.exportPath = unit.export();
        this.unitParts = unit.parts();
        this.withProblems = unit.problems();
        this.catalog = catalog;
        this.ledger = ledger;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            export = catalog.export(inputs, exportPath)
                    .orElseThrow(() -> new ItemStreamException("the export " + exportPath + " is no longer among the inputs"));
        } catch (IOException e) {
            throw new ItemStreamException("cannot look through the inputs: " + e.getMessage(), e);
        }
        Map<Integer, Part> plan = new LinkedHashMap<>();
        ledger.plan(runId, exportPath).forEach(p -> plan.put(p.seq(), p));
        for (int seq : unitParts) {
            Part p = plan.get(seq);
            if (p == null || !p.export().equals(exportPath)) {
                throw new ItemStreamException("run " + runId + " has no part " + seq + " of " + exportPath + " in its plan");
            }
            parts.add(p);
        }
        readByExport.put(exportPath, 0L);
        if (!parts.isEmpty()) {
            hold();
        }
        if (withProblems) {
            problems.addAll(oncePerPlace(export.problems()));
        }
        LOG.info("ingest: {} ({}, {}): {} part(s)", export.platform().id(), export.layout(), unitParts.size() == 1
                ? "one part" : "parts in order", parts.size());
        long resumeAt = context.getLong(CONSUMED, 0L);
        if (resumeAt > 0) {
            LOG.info("ingest: resuming after {} records already read", resumeAt);
            while (consumed < resumeAt && next() != null) {
                // passed over: already indexed and counted before the restart
            }
        }
    }

    /**
     * Keeps the export's zip listed while the unit reads it, waiting here, outside any chunk's
     * transaction, for the room that other units' zips take of the heap; a zip that cannot be
     * listed again says why when each part is opened.
     */
    private void hold() {
        try {
            hold = catalog.tree(inputs, export).hold();
        } catch (IOException | RuntimeException e) {
            unheld = e;
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
                return new PartRecord(exportPath, null, problems.poll());
            }
            if (cursor == null) {
                if (!advance()) {
                    return null;
                }
                continue;
            }
            String part = parts.get(partIndex).part();
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
                return new PartRecord(exportPath, part, r);
            }
            if (r == null) {
                endPart();
                continue;
            }
            r = onceEach(r);
            if (warm) {
                continue; // parsed for the names it holds; its records were indexed by an earlier run
            }
            count();
            progress.record();
            return new PartRecord(exportPath, part, r);
        }
    }

    /** The record, or for a message whose id was read before in the unit a skipped record saying so. */
    private IngestRecord onceEach(IngestRecord r) {
        if (!(r instanceof IngestRecord.Read m) || read.add(m.message().id())) {
            return r;
        }
        return new IngestRecord.Bad(m.message().source(), "the same message (" + m.message().id() + ") as a record read"
                + " before from this export, read once");
    }

    /** Counts a record read out, against the export being read. */
    private void count() {
        consumed++;
        readByExport.merge(exportPath, 1L, Long::sum);
    }

    /** Opens the next part to read, or queues the problem that it cannot be opened; false at the end. */
    private boolean advance() {
        if (partIndex >= parts.size()) {
            return false;
        }
        Part p = parts.get(partIndex);
        warm = p.mode() == Mode.WARM;
        Exception failed = unheld;
        if (failed == null) {
            try {
                cursor = export.open(p.part());
            } catch (IOException | RuntimeException e) {
                failed = e;
            }
        }
        if (failed != null) {
            if (!warm) {
                problems.add(new IngestRecord.Bad(new SourceRef(export.path(), p.part(), ""),
                        "the file cannot be read: " + reason(failed)));
            }
            partIndex++;
            progress.fileDone();
        }
        return true;
    }

    /**
     * An export's problems, one per file and position: two under one (two zip entries of one
     * name, say) are one skipped record giving both reasons, as skipped.csv lists a place once.
     */
    static List<IngestRecord.Bad> oncePerPlace(List<IngestRecord.Bad> found) {
        Map<List<String>, IngestRecord.Bad> byPlace = new LinkedHashMap<>();
        for (IngestRecord.Bad b : found) {
            byPlace.merge(List.of(b.source().file(), b.source().position()), b, (first, again) ->
                    first.reason().equals(again.reason()) ? first
                            : new IngestRecord.Bad(first.source(), first.reason() + "; " + again.reason()));
        }
        return new ArrayList<>(byPlace.values());
    }

    private void endPart() {
        closeCursor();
        partIndex++;
        progress.fileDone();
    }

    private IngestRecord.Bad unreadableRest(String part, Exception e) {
        return new IngestRecord.Bad(new SourceRef(exportPath, part, "after the last record read"),
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
        if (hold != null) {
            hold.close();
            hold = null;
        }
    }
}
