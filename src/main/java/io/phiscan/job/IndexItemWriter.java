package io.phiscan.job;

import io.phiscan.index.MessageIndex;
import io.phiscan.index.MessageSink;
import io.phiscan.ingest.IngestRecord;
import io.phiscan.model.Message;
import io.phiscan.review.PartLedger;
import io.phiscan.review.RunStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of messages to the index, on as many threads as processors, and commits it
 * before the chunk's transaction commits, so the index never lags the step's checkpoint (a restart may read a chunk again: the
 * upsert by stable id makes that harmless). A message the index already holds with the same
 * content and signals is not written again, so that only exchanges with new or changed messages
 * carry this run's mark (unless the run is {@code --full}). Counts messages and encrypted
 * messages per export and per part in the chunk's transaction.
 */
final class IndexItemWriter implements ItemWriter<IngestItem> {
    private final MessageIndex index;
    private final RunStore runs;
    private final PartLedger ledger;
    private final String runId;
    private final boolean full;
    private final String fingerprint;

    IndexItemWriter(MessageIndex index, RunStore runs, PartLedger ledger, String runId, boolean full, String fingerprint) {
        this.fingerprint = fingerprint;
        this.index = index;
        this.runs = runs;
        this.ledger = ledger;
        this.runId = runId;
        this.full = full;
    }

    @Override
    public void write(Chunk<? extends IngestItem> chunk) throws Exception {
        write(chunk, index, runs, ledger, runId, full, fingerprint);
    }

    /**
     * Writes a chunk to a sink (the index, or a worker's shard) and commits it, then counts its
     * messages and encrypted messages per export and per part in the chunk's transaction.
     */
    static void write(Chunk<? extends IngestItem> chunk, MessageSink sink, RunStore runs, PartLedger ledger, String runId,
            boolean full, String fingerprint) throws java.io.IOException {
        Map<PartKey, long[]> counts = new LinkedHashMap<>();
        int lanes = Math.max(1, Math.min(LANES, chunk.size() / 64));
        List<List<IngestItem>> byLane = new ArrayList<>(lanes);
        for (int i = 0; i < lanes; i++) {
            byLane.add(new ArrayList<>());
        }
        for (IngestItem item : chunk) {
            long[] c = counts.computeIfAbsent(new PartKey(item.export(), item.part()), k -> new long[2]);
            if (item.record() instanceof IngestRecord.Read read) {
                byLane.get(Math.floorMod(read.message().id().hashCode(), lanes)).add(item);
                c[0]++;
            } else if (item.record() instanceof IngestRecord.Encrypted) {
                c[1]++;
            }
        }
        // the lanes are written side by side (the writer is thread-safe); a message id always
        // falls in the same lane, so a record read twice in a chunk is written in reading order
        try {
            byLane.parallelStream().forEach(lane -> {
                try {
                    for (IngestItem item : lane) {
                        Message m = ((IngestRecord.Read) item.record()).message();
                        if (full) {
                            sink.upsert(m, item.signals(), runId);
                        } else {
                            sink.upsertIfChanged(m, item.signals(), runId);
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        sink.wroteAnnotatedWith(fingerprint);
        sink.commit();
        for (var e : counts.entrySet()) {
            PartKey key = e.getKey();
            runs.count(runId, key.export(), e.getValue()[0], 0, e.getValue()[1]);
            if (key.part() != null) {
                ledger.count(runId, key.export(), key.part(), e.getValue()[0], 0, e.getValue()[1]);
            }
        }
    }

    /** The most lanes a chunk is written in: one per processor. */
    private static final int LANES = Runtime.getRuntime().availableProcessors();

    private record PartKey(String export, String part) {
    }
}
