package io.phiscan.job;

import io.phiscan.detect.Detector;
import io.phiscan.ingest.IngestRecord;
import io.phiscan.review.PartLedger;
import io.phiscan.review.RunStore;
import java.util.List;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The reader and the annotator of the ingest step's units, built once for each unit when it
 * opens and held by the thread that runs it. Step-scoped beans would do the same, but each call
 * to one goes through a proxy that looks the bean up in the step's scope: twice for every record,
 * about 3% of the CPU of the benchmark's full audit. The units run side by side, each on a thread
 * of its own from its opening to its closing, so the thread tells them apart.
 */
final class UnitComponents {
    /** What one unit reads and annotates with. */
    private record Unit(ExportItemReader reader, Detector detector) {
    }

    private final ThreadLocal<Unit> current = new ThreadLocal<>();
    private final RunStore runs;
    private final PartLedger ledger;
    private final ExportCatalog catalog;
    private final Progress progress;
    private final Detectors detectors;

    UnitComponents(RunStore runs, PartLedger ledger, ExportCatalog catalog, Progress progress, Detectors detectors) {
        this.runs = runs;
        this.ledger = ledger;
        this.catalog = catalog;
        this.progress = progress;
        this.detectors = detectors;
    }

    /** The units' reader: the records of the unit that runs on the calling thread. */
    ItemStreamReader<PartRecord> reader() {
        return new ItemStreamReader<>() {
            @Override
            public void open(ExecutionContext context) {
                Unit unit = openUnit();
                current.set(unit);
                unit.reader().open(context);
            }

            @Override
            public PartRecord read() {
                return unit().reader().read();
            }

            @Override
            public void update(ExecutionContext context) {
                Unit unit = current.get();
                if (unit != null) {
                    unit.reader().update(context);
                }
            }

            @Override
            public void close() {
                Unit unit = current.get();
                current.remove();
                if (unit != null) {
                    unit.reader().close();
                }
            }
        };
    }

    /** The units' annotator: the signals the run's policy finds in each message read. */
    ItemProcessor<PartRecord, IngestItem> annotator() {
        return r -> new IngestItem(r.export(), r.part(), r.record(), r.record() instanceof IngestRecord.Read read
                ? unit().detector().annotate(read.message()) : List.of());
    }

    private Unit unit() {
        Unit unit = current.get();
        if (unit == null) {
            throw new IllegalStateException("no ingest unit is open on thread " + Thread.currentThread().getName());
        }
        return unit;
    }

    /** The unit of the step execution that runs on the calling thread. */
    private Unit openUnit() {
        StepContext context = StepSynchronizationManager.getContext();
        if (context == null) {
            throw new IllegalStateException("an ingest unit opened outside a step");
        }
        StepExecution step = context.getStepExecution();
        JobParameters job = step.getJobExecution().getJobParameters();
        String runId = job.getString("runId");
        String policy = job.getString("policy", "");
        ExportItemReader reader = new ExportItemReader(runId, IngestStepConfiguration.inputs(runs, runId),
                IngestUnit.fromContext(step.getExecutionContext()), catalog, ledger, progress);
        return new Unit(reader, detectors.of(policy));
    }
}
