package io.phiscan.job;

import io.phiscan.model.Finding;
import io.phiscan.model.Severity;
import io.phiscan.review.FindingHistory;
import io.phiscan.review.FindingStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores a chunk of scored exchanges in the chunk's transaction: each finding raised (keeping
 * its review status), each exchange that is no longer a finding cleared, and what changed
 * against the earlier runs (new, raised again, severity, no longer raised).
 */
final class AssessmentWriter implements ItemWriter<Assessment> {
    private final FindingStore findings;
    private final FindingHistory history;
    private final String runId;

    AssessmentWriter(FindingStore findings, FindingHistory history, String runId) {
        this.findings = findings;
        this.history = history;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends Assessment> chunk) throws Exception {
        // what was stored before, for the whole chunk in one query and without parsing the bodies
        Map<String, Severity> before = new HashMap<>();
        List<String> ids = new ArrayList<>(chunk.size());
        chunk.forEach(a -> ids.add(Finding.idFor(a.exchangeId())));
        history.briefs(ids).forEach(b -> before.put(b.id(), b.severity()));
        for (Assessment a : chunk) {
            String id = Finding.idFor(a.exchangeId());
            if (a.finding() != null) {
                raise(a.finding(), before.get(id));
            } else if (before.containsKey(id) && !history.isCleared(id)) {
                history.cleared(runId, id);
            }
        }
    }

    /** Stores a finding; {@code before} is its severity as stored, null when it is new. */
    private void raise(Finding f, Severity before) {
        FindingHistory.Change change = null;
        String detail = "";
        if (before == null) {
            change = FindingHistory.Change.NEW;
        } else if (history.isCleared(f.id())) {
            change = FindingHistory.Change.RAISED_AGAIN;
        } else if (before != f.severity()) {
            change = FindingHistory.Change.SEVERITY;
            detail = before.id() + ">" + f.severity().id();
        }
        findings.raise(f, runId);
        history.raised(runId, f.id(), change, detail);
    }
}
