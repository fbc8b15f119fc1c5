package io.phiscan.job;

import io.phiscan.review.Compliance;
import io.phiscan.review.EventLog;
import io.phiscan.review.FindingStore;
import io.phiscan.review.Ledger;
import io.phiscan.review.ReviewPolicy;
import io.phiscan.review.RunStore;
import io.phiscan.review.RunTrail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The review side of a run's report step: the data of the compliance outputs (the ledger after
 * the run, the findings' trails), and the trail's record of the policy, the run and the files
 * it wrote. Thread-safe.
 */
record ReviewRecords(Ledger ledger, EventLog events, RunTrail trail) {

    /** The review sections of a run's policy file (the defaults when the run names none). */
    static ReviewPolicy policy(String file) {
        try {
            return file == null || file.isEmpty() ? ReviewPolicy.defaults() : ReviewPolicy.load(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the policy " + file, e);
        }
    }

    Compliance compliance(String runId, List<FindingStore.Stored> raised, ReviewPolicy policy, FindingStore store) {
        return Compliance.load(runId, raised.stream().map(FindingStore.Stored::finding).toList(), policy, ledger, store, events);
    }

    /** Records the policy (when it changed), the run and the export of its files, as the user who ran it. */
    void recordReport(RunStore.Run run, ReviewPolicy policy, String policyFile, List<FindingStore.Stored> raised, Path out,
            List<String> files) {
        String actor = System.getProperty("user.name", "unknown");
        String digest;
        try {
            digest = policyFile == null || policyFile.isEmpty() ? null : RunTrail.sha256(Path.of(policyFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the policy " + policyFile, e);
        }
        trail.recordPolicy(actor, run.id(), RunTrail.describePolicy(run.policyVersion(), policy.ledger(), digest));
        ledger.recordRule(run.id(), policy.ledger());
        trail.recordRun(actor, run.id(), run.kind(), raised.size(), raised.stream().filter(f -> f.newIn(run.id())).count());
        trail.recordExport(actor, run.id(), out, files);
    }
}
