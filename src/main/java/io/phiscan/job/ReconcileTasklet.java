package io.phiscan.job;

import io.phiscan.index.MessageIndex;
import io.phiscan.review.RunStore;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The reconcile step, right after ingest: the ingest reader's per-export counts (promoted to the
 * job's context) against the run's stored counts ({@link Reconciliation#check}). A difference
 * fails the step, and so the run, before any finding is scored on incomplete data. One per step
 * execution (step-scoped).
 */
final class ReconcileTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(ReconcileTasklet.class);
    private final RunStore runs;
    private final String runId;
    private final MessageIndex index;

    ReconcileTasklet(RunStore runs, String runId, MessageIndex index) {
        this.runs = runs;
        this.runId = runId;
        this.index = index;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws java.io.IOException {
        var context = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        Map<String, Long> read = Reconciliation.parse(context.containsKey(Reconciliation.READ_KEY)
                ? context.getString(Reconciliation.READ_KEY) : null);
        Reconciliation.check(read, runs.inputs(runId));
        LOG.info("reconcile: {} export(s), every record read is indexed, skipped or counted as encrypted", read.size());
        // the parts this run read are all in the index: a later audit may carry them
        index.heldWholeFor(runId);
        return RepeatStatus.FINISHED;
    }
}
