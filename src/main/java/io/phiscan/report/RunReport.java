package io.phiscan.report;

import io.phiscan.review.Compliance;
import io.phiscan.review.FindingStore;
import io.phiscan.review.RunStore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the outputs of one run show: the run, its inputs with their reconciliation, the
 * findings it raised (highest score first), the records it skipped, facts to tell the reader,
 * and the compliance outputs' data (the ledger, the findings' trails), or {@code null} when
 * they are not written.
 */
public record RunReport(RunStore.Run run, Instant finishedAt, List<RunStore.RunInput> inputs,
        List<FindingStore.Stored> findings, List<RunStore.Skipped> skipped, List<String> notes, Compliance compliance) {

    /** A report without the compliance outputs (warnings, block lists, chart notes). */
    public RunReport(RunStore.Run run, Instant finishedAt, List<RunStore.RunInput> inputs,
            List<FindingStore.Stored> findings, List<RunStore.Skipped> skipped, List<String> notes) {
        this(run, finishedAt, inputs, findings, skipped, notes, null);
    }

    public RunReport {
        Objects.requireNonNull(run, "run");
        inputs = List.copyOf(inputs);
        findings = List.copyOf(findings);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    /**
     * The messages in the run's exports, each counted once: an input holding the same export as
     * another ({@link RunStore.RunInput#sameAs}) is not counted again.
     */
    public long messages() {
        return inputs.stream().filter(RunStore.RunInput::counted).mapToLong(RunStore.RunInput::messages).sum();
    }

    public long skippedCount() {
        return skipped.size();
    }

    /** The encrypted messages in the run's exports, each counted once, as {@link #messages()}. */
    public long encrypted() {
        return inputs.stream().filter(RunStore.RunInput::counted).mapToLong(RunStore.RunInput::encrypted).sum();
    }
}
