package io.phiscan.job;

import io.phiscan.ingest.IngestRecord;
import io.phiscan.review.PartLedger;
import io.phiscan.review.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;

/**
 * Records every record the ingest step skips (file, position, reason) and counts it against its
 * export and part, in the chunk's transaction. Logs the position only: never text.
 */
final class SkippedRecordListener implements SkipListener<PartRecord, IngestItem> {
    private static final Logger LOG = LoggerFactory.getLogger(SkippedRecordListener.class);
    private final RunStore runs;
    private final PartLedger ledger;
    private final String runId;
    private final Progress progress;

    SkippedRecordListener(RunStore runs, PartLedger ledger, String runId, Progress progress) {
        this.progress = progress;
        this.runs = runs;
        this.ledger = ledger;
        this.runId = runId;
    }

    @Override
    public void onSkipInRead(Throwable t) {
        if (!(t instanceof SkippedRecordException skipped)) {
            return;
        }
        progress.skipped();
        IngestRecord.Bad bad = skipped.bad();
        boolean added = runs.skip(runId, new RunStore.Skipped(bad.source().file(), bad.source().position(), bad.reason()));
        if (added && skipped.export() != null) {
            runs.count(runId, skipped.export(), 0, 1, 0);
            if (skipped.part() != null) {
                ledger.count(runId, skipped.export(), skipped.part(), 0, 1, 0);
            }
        }
        LOG.warn("skipped a record: {}", skipped.getMessage());
    }
}
