package io.phiscan.job;

import io.phiscan.index.MessageIndex;
import io.phiscan.ingest.IngestRecord;
import io.phiscan.model.Message;
import io.phiscan.review.RunStore;
import java.util.HashMap;
import java.util.Map;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of messages to the index and commits it before the chunk's transaction
 * commits, so the index never lags the step's checkpoint (a restart may write a chunk again:
 * the upsert makes that harmless). Counts messages and encrypted messages per export in the
 * chunk's transaction.
 */
final class IndexItemWriter implements ItemWriter<IngestItem> {
    private final MessageIndex index;
    private final RunStore runs;
    private final String runId;

    IndexItemWriter(MessageIndex index, RunStore runs, String runId) {
        this.index = index;
        this.runs = runs;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends IngestItem> chunk) throws Exception {
        Map<String, long[]> counts = new HashMap<>();
        for (IngestItem item : chunk) {
            String export = item.record().source().export();
            long[] c = counts.computeIfAbsent(export, k -> new long[2]);
            if (item.record() instanceof IngestRecord.Read read) {
                Message m = read.message();
                index.upsert(m, item.signals());
                c[0]++;
            } else if (item.record() instanceof IngestRecord.Encrypted) {
                c[1]++;
            }
        }
        index.commit();
        for (var e : counts.entrySet()) {
            runs.count(runId, e.getKey(), e.getValue()[0], 0, e.getValue()[1]);
        }
    }
}
