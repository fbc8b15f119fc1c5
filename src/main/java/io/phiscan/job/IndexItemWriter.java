package io.phiscan.job;

import io.phiscan.index.MessageIndex;
import io.phiscan.index.MessageSink;
import io.phiscan.ingest.IngestRecord;
import io.phiscan.review.PartLedger;
import io.phiscan.review.RunStore;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of messages to the index and commits it before the chunk's transaction
 * commits, so the index never lags the step's checkpoint (a restart may read a chunk again: the
 * upsert by stable id makes that harmless). A message the index already holds with the same
 * content and signals is not written again, so that only exchanges with new or changed messages
 * carry this run's mark (unless the run is {@code --full}). Counts messages and encrypted
 * messages per export and per part in the chunk's transaction, and tells the progress line.
 */
final class IndexItemWriter implements ItemWriter<IngestItem> {
    private final MessageIndex index;
    private final RunStore runs;
    private final PartLedger ledger;
    private final String runId;
    private final boolean full;
    private final String fingerprint;
    private final Progress progress;

    IndexItemWriter(MessageIndex index, RunStore runs, PartLedger ledger, String runId, boolean full, String fingerprint,
            Progress progress) {
        this.fingerprint = fingerprint;
        this.progress = progress;
        this.index = index;
        this.runs = runs;
        this.ledger = ledger;
        this.runId = runId;
        this.full = full;
    }

    @Override
    public void write(Chunk<? extends IngestItem> chunk) throws Exception {
        write(chunk, index, runs, ledger, runId, full, fingerprint);
        progress.indexed(chunk.size());
    }

    /**
     * Writes a chunk to a sink (the index, or a worker's shard) and commits it, then counts its
     * messages and encrypted messages per export and per part in the chunk's transaction.
     */
    static void write(Chunk<? extends IngestItem> chunk, MessageSink sink, RunStore runs, PartLedger ledger, String runId,
            boolean full, String fingerprint) throws java.io.IOException {
        Map<PartKey, long[]> counts = new LinkedHashMap<>();
        for (IngestItem item : chunk) {
            long[] c = counts.computeIfAbsent(new PartKey(item.export(), item.part()), k -> new long[2]);
            if (item.record() instanceof IngestRecord.Read read) {
                if (full) {
                    sink.upsert(read.message(), item.signals(), runId);
                } else {
                    sink.upsertIfChanged(read.message(), item.signals(), runId);
                }
                c[0]++;
            } else if (item.record() instanceof IngestRecord.Encrypted) {
                c[1]++;
            }
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

    private record PartKey(String export, String part) {
    }
}
