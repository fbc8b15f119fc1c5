package io.phiscan.report;

import io.phiscan.review.RunStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The runs of a workspace as one run's outputs need them: when each run started (the age of a
 * finding waiting for review is counted from the run that first raised it), and which run came
 * just before this one (its manifest is chained into this run's). Immutable and thread-safe.
 *
 * @param runs every run recorded in the workspace, in any order
 */
public record ReportHistory(List<RunStore.Run> runs) {

    public ReportHistory {
        runs = List.copyOf(runs);
    }

    /** A workspace that records no run: the run's manifest starts a new chain. */
    public static ReportHistory none() {
        return new ReportHistory(List.of());
    }

    /** Every run the store records. */
    public static ReportHistory of(RunStore store) {
        return new ReportHistory(store.runs());
    }

    /** When a run started, when it is recorded. */
    public Optional<Instant> startOf(String runId) {
        return runs.stream().filter(r -> r.id().equals(runId)).map(RunStore.Run::startedAt).findFirst();
    }

    /**
     * The run whose manifest this run's manifest chains to: the latest run that started before
     * {@code runId} and finished writing its outputs (a run that failed before its report wrote
     * no manifest and is not part of the chain).
     */
    public Optional<RunStore.Run> previousOf(String runId) {
        Optional<RunStore.Run> self = runs.stream().filter(r -> r.id().equals(runId)).findFirst();
        return runs.stream()
                .filter(r -> !r.id().equals(runId) && r.finishedAt() != null && r.outDir() != null)
                .filter(r -> self.isEmpty() || before(r, self.get()))
                .max(ORDER);
    }

    /** The folder a run wrote its outputs to. */
    public static Path folderOf(RunStore.Run run) {
        return Path.of(Objects.requireNonNull(run.outDir(), "outDir"));
    }

    private static final Comparator<RunStore.Run> ORDER = Comparator.comparing(RunStore.Run::startedAt)
            .thenComparing(RunStore.Run::id);

    private static boolean before(RunStore.Run a, RunStore.Run b) {
        return ORDER.compare(a, b) < 0;
    }
}
