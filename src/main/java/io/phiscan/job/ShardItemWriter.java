package io.phiscan.job;

import io.phiscan.index.IndexLockedException;
import io.phiscan.index.ShardIndex;
import io.phiscan.review.PartLedger;
import io.phiscan.review.RunStore;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * The worker's writer of a partition: like {@link IndexItemWriter}, but into the partition's own
 * index shard ({@link ShardFolders}), opened when the partition starts and closed when it ends. A
 * chunk's messages are committed to the shard before the chunk's transaction commits (its counts
 * and checkpoint), so a partition run again from its checkpoint finds the chunk already in the
 * shard and counts it once. Not thread-safe (one per partition).
 */
final class ShardItemWriter implements ItemStreamWriter<IngestItem> {
    /** The indexing buffer of a shard; a worker may write several at once. */
    private static final double RAM_BUFFER_MB = 64;
    private static final java.time.Duration LOCKED_WAIT = java.time.Duration.ofSeconds(60);
    private final Path shardDir;
    private final Path mainIndex;
    private final RunStore runs;
    private final PartLedger ledger;
    private final String runId;
    private final boolean full;
    private final String fingerprint;
    private ShardIndex shard;

    ShardItemWriter(Path shardDir, Path mainIndex, RunStore runs, PartLedger ledger, String runId, boolean full,
            String fingerprint) {
        this.fingerprint = fingerprint;
        this.shardDir = shardDir;
        this.mainIndex = mainIndex;
        this.runs = runs;
        this.ledger = ledger;
        this.runId = runId;
        this.full = full;
    }

    /**
     * Opens the shard. A shard still locked is waited for a while: a partition run again right after
     * its run was recovered may find the worker that had it still closing it.
     */
    @Override
    public void open(ExecutionContext context) {
        long deadline = System.nanoTime() + LOCKED_WAIT.toNanos();
        while (true) {
            try {
                shard = ShardIndex.open(shardDir, mainIndex, RAM_BUFFER_MB);
                return;
            } catch (IndexLockedException e) {
                if (System.nanoTime() > deadline) {
                    throw new ItemStreamException("the index shard " + shardDir + " is still written by another process", e);
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new ItemStreamException("interrupted while waiting for the index shard " + shardDir, e);
                }
            } catch (IOException | RuntimeException e) {
                throw new ItemStreamException("cannot open the index shard " + shardDir + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void write(Chunk<? extends IngestItem> chunk) throws Exception {
        IndexItemWriter.write(chunk, shard, runs, ledger, runId, full, fingerprint);
    }

    @Override
    public void close() {
        if (shard != null) {
            try {
                shard.close();
            } catch (IOException e) {
                throw new ItemStreamException("cannot close the index shard " + shardDir, e);
            } finally {
                shard = null;
            }
        }
    }
}
