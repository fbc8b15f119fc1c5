package io.phiscan.job;

import io.phiscan.index.MessageIndex;
import io.phiscan.ingest.ExportLocator;
import io.phiscan.review.PartLedger;
import io.phiscan.review.PartLedger.Mode;
import io.phiscan.review.PartLedger.Part;
import io.phiscan.review.RunStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Splits the ingest step of a run into {@link IngestUnit}s, after recording the run's plan (or
 * finding the plan a resumed run recorded), and, once they have run, adds up what each unit read
 * per export (the latest execution of every unit, including those that completed before a
 * restart) for the reconcile step. One per execution of the ingest step (step-scoped).
 */
class IngestPartitioner implements Partitioner, StepExecutionAggregator {
    private static final Logger LOG = LoggerFactory.getLogger(IngestPartitioner.class);
    /** The name of the step each unit runs as; its executions are named {@code ingestPart:<unit>}. */
    static final String WORKER_STEP = "ingestPart";
    /** The note on an export read again because the workspace's index is not the one its earlier audits wrote into. */
    static final String ANOTHER_INDEX = "read again: the workspace's index does not hold what earlier audits read from "
            + "this export (it was removed, replaced or restored since)";

    private final String runId;
    private final List<Path> inputs;
    private final boolean full;
    private final RunStore runs;
    private final PartLedger ledger;
    private final ExportCatalog catalog;
    private final Progress progress;
    private final JobRepository repository;
    private final TransactionTemplate transaction;
    private final Runnable readingAhead;
    private final MessageIndex index;
    private final StepExecutionAggregator counts = new DefaultStepExecutionAggregator();
    private final List<String> names = new ArrayList<>();
    private final List<String> exports = new ArrayList<>();

    /** @param readingAhead run once the plan finds a part to hash, before hashing: the run will likely read something */
    IngestPartitioner(String runId, List<Path> inputs, boolean full, RunStore runs, PartLedger ledger, ExportCatalog catalog,
            Progress progress, JobRepository repository, PlatformTransactionManager tx, Runnable readingAhead,
            MessageIndex index) {
        this.runId = runId;
        this.inputs = List.copyOf(inputs);
        this.full = full;
        this.runs = runs;
        this.ledger = ledger;
        this.catalog = catalog;
        this.progress = progress;
        this.repository = repository;
        this.transaction = new TransactionTemplate(tx);
        this.readingAhead = readingAhead;
        this.index = index;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        ExportLocator locator;
        try {
            locator = catalog.locate(inputs);
        } catch (IOException e) {
            throw new ItemStreamException("cannot look through the inputs: " + e.getMessage(), e);
        }
        runs.indexedInto(runId, index.identity());
        IngestPlanner planner = new IngestPlanner(ledger, progress, readingAhead, index.identity(), index.readBy());
        List<Part> plan = planner.recordedOrNew(runId, locator, full, transaction);
        List<IngestPlanner.Planned> planned = IngestPlanner.follow(plan, locator.exports());
        transaction.executeWithoutResult(status -> {
            for (IngestPlanner.Planned p : planned) {
                List<String> notes = p.export().notes();
                if (!full && planner.readAgainForTheIndex(p.export().path())) {
                    LOG.warn("ingest: {} is read again: the index {} does not hold what the audits that read it read "
                            + "(removed, replaced or restored since)", p.export().path(), index.identity());
                    notes = new ArrayList<>(notes);
                    notes.add(ANOTHER_INDEX);
                }
                runs.addInput(runId, p.export().path(), p.export().platform(), p.export().account(), p.export().layout(),
                        notes);
            }
            for (ExportLocator.Unrecognized u : locator.unrecognized()) {
                runs.skip(runId, new RunStore.Skipped(u.path().toString(), "", "not read: " + u.seen()));
            }
        });
        List<Part> active = plan.stream().filter(p -> p.mode() == Mode.READ || p.mode() == Mode.WARM).toList();
        List<IngestUnit> units = IngestUnit.of(planned);
        LOG.info("ingest: {} export(s) found; {} part(s) to read in {} unit(s), {} unchanged since an earlier run",
                planned.size(), active.size(), units.size(), plan.stream().filter(p -> p.mode() == Mode.UNCHANGED).count());
        progress.enter(Progress.Phase.INGEST, active.size(), active.stream().mapToLong(Part::size).sum());
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        names.clear();
        exports.clear();
        planned.forEach(p -> exports.add(p.export().path()));
        for (IngestUnit u : units) {
            contexts.put(u.name(), u.context());
            names.add(u.name());
        }
        return contexts;
    }

    @Override
    public void aggregate(StepExecution result, Collection<StepExecution> executions) {
        counts.aggregate(result, executions);
        Map<String, Long> read = new LinkedHashMap<>();
        exports.forEach(e -> read.put(e, 0L));
        for (String name : names) {
            StepExecution last = repository.getLastStepExecution(result.getJobExecution().getJobInstance(),
                    WORKER_STEP + ":" + name);
            if (last != null && last.getExecutionContext().containsKey(Reconciliation.READ_KEY)) {
                Reconciliation.parse(last.getExecutionContext().getString(Reconciliation.READ_KEY))
                        .forEach((export, n) -> read.merge(export, n, Long::sum));
            }
        }
        result.getExecutionContext().putString(Reconciliation.READ_KEY, Reconciliation.format(read));
    }
}
