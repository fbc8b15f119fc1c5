package io.phiscan.job;

import io.phiscan.index.IndexShards;
import io.phiscan.index.MessageIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * The audit's {@code merge} step: the index shards that workers wrote for the run (and for the
 * runs it takes over) merged into the main index, then deleted. A run whose ingest ran in one
 * process has no shard, and the step does nothing. Idempotent: merged again after a crash, the
 * same shards give the same index, and once deleted there is nothing left to merge.
 */
final class MergeShardsTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(MergeShardsTasklet.class);
    private final Workspace workspace;
    private final MessageIndex index;
    private final String runId;
    private final List<String> takenOver;

    MergeShardsTasklet(Workspace workspace, MessageIndex index, String runId, List<String> takenOver) {
        this.workspace = workspace;
        this.index = index;
        this.runId = runId;
        this.takenOver = List.copyOf(takenOver);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        List<String> runs = new ArrayList<>(takenOver);
        runs.add(runId);
        List<Path> shards = ShardFolders.of(workspace, runs);
        if (shards.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        long began = System.nanoTime();
        IndexShards.Merged merged = IndexShards.merge(index, shards);
        LOG.info("merge: {} shard(s) of run(s) {} merged into the index in {} ms: {} document(s), {} message(s) found in "
                + "more than one shard kept once", merged.shards(), runs, (System.nanoTime() - began) / 1_000_000,
                merged.documents(), merged.duplicates());
        contribution.incrementWriteCount(merged.documents());
        for (String run : runs) {
            ShardFolders.delete(workspace, run);
        }
        return RepeatStatus.FINISHED;
    }
}
