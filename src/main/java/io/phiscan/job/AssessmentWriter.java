package io.phiscan.job;

import io.phiscan.model.Finding;
import io.phiscan.model.Severity;
import io.phiscan.review.FindingHistory;
import io.phiscan.review.FindingStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        // what was stored before, for the whole chunk in a query or two and without parsing the bodies
        Map<String, Severity> before = new HashMap<>();
        List<String> ids = new ArrayList<>(chunk.size());
        chunk.forEach(a -> ids.add(Finding.idFor(a.exchangeId())));
        history.briefs(ids).forEach(b -> before.put(b.id(), b.severity()));
        Set<String> cleared = history.clearedAmong(before.keySet());
        List<Finding> raised = new ArrayList<>();
        List<FindingHistory.Changed> changes = new ArrayList<>();
        for (Assessment a : chunk) {
            String id = Finding.idFor(a.exchangeId());
            Finding f = a.finding();
            if (f != null) {
                raised.add(f);
                changes.add(change(f, before.get(id), cleared.contains(id)));
            } else if (before.containsKey(id) && !cleared.contains(id)) {
                history.cleared(runId, id);
            }
        }
        findings.raiseAll(raised, runId);
        history.raised(runId, changes, cleared);
    }

    /**
     * What raising a finding changes: {@code before} is its severity as stored, null when it is
     * new; {@code cleared}, whether a run had found it no longer raised.
     */
    private static FindingHistory.Changed change(Finding f, Severity before, boolean cleared) {
        if (before == null) {
            return new FindingHistory.Changed(f.id(), FindingHistory.Change.NEW, "");
        } else if (cleared) {
            return new FindingHistory.Changed(f.id(), FindingHistory.Change.RAISED_AGAIN, "");
        } else if (before != f.severity()) {
            return new FindingHistory.Changed(f.id(), FindingHistory.Change.SEVERITY, before.id() + ">" + f.severity().id());
        }
        return new FindingHistory.Changed(f.id(), null, "");
    }
}
