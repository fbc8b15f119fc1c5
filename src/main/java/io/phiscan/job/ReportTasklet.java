package io.phiscan.job;

import io.phiscan.index.IndexSearch;
import io.phiscan.index.MessageIndex;
import io.phiscan.report.ReportHistory;
import io.phiscan.report.RunOutputs;
import io.phiscan.report.RunReport;
import io.phiscan.review.FindingHistory;
import io.phiscan.review.FindingStore;
import io.phiscan.review.ReviewPolicy;
import io.phiscan.review.RunStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The report step of {@code auditJob} and {@code rescanJob}: the run's whole current picture
 * ({@link RunPicture}: every export it named, the current findings of its accounts, or of every
 * account for a rescan) written from the stores into its output folder with the compliance
 * outputs (warnings, block lists, chart notes), the findings shown recorded as the run's, the
 * manifest's hash recorded, and the trail's record of the policy, the run and the files written.
 * Idempotent: a restarted run writes the same files again.
 */
final class ReportTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(ReportTasklet.class);
    private final RunStore runs;
    private final FindingStore findings;
    private final FindingHistory history;
    private final RunPicture picture;
    private final MessageIndex index;
    private final ReviewRecords review;
    private final String runId;
    private final Path out;
    private final String policy;
    private final Progress progress;

    ReportTasklet(RunStore runs, FindingStore findings, FindingHistory history, RunPicture picture, MessageIndex index,
            ReviewRecords review, String runId, Path out, String policy, Progress progress) {
        this.progress = progress;
        this.runs = runs;
        this.findings = findings;
        this.history = history;
        this.picture = picture;
        this.index = index;
        this.review = review;
        this.runId = runId;
        this.out = out;
        this.policy = policy;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunStore.Run run = runs.run(runId).orElseThrow();
        LOG.info("report: writing the reports of run {}", runId);
        boolean rescan = run.kind().equals("rescan");
        Instant finished = Instant.now();
        List<String> ids = picture.currentFindings(runId, rescan);
        List<String> notes = new ArrayList<>();
        if (rescan) {
            try (IndexSearch search = index.search(true)) {
                notes.add("rescan: every exchange in the index that can be a finding scored again under policy " + run.policyVersion() + "; "
                        + search.countWrittenBy(List.of(runId)) + " of " + search.count()
                        + " messages got new signals; no export was read");
            }
        }
        picture.changesNote(runId).ifPresent(notes::add);
        picture.previous(runId).filter(p -> !p.policyVersion().equals(run.policyVersion()) && !rescan).ifPresent(p -> notes.add(
                "the policy changed since run " + p.id() + " (" + p.policyVersion() + " -> " + run.policyVersion()
                        + "): exchanges without new messages keep their earlier scoring; a rescan scores everything again"));
        long t0 = System.nanoTime();
        RunReport picked = picture.report(runId, ids, finished, notes);
        ReviewPolicy reviewPolicy = ReviewRecords.policy(policy);
        RunReport report = new RunReport(picked.run(), picked.finishedAt(), picked.inputs(), picked.findings(),
                picked.skipped(), picked.notes(), review.compliance(runId, picked.findings(), reviewPolicy, findings));
        history.reported(runId, ids);
        long t1 = System.nanoTime();
        // the outputs that take time by the findings, counted as written, for the progress line
        progress.enter(Progress.Phase.REPORT, RunOutputs.outputs(report), 0);
        RunOutputs.Written written = new RunOutputs().write(report, ReportHistory.of(runs), out, progress::itemDone);
        runs.recordManifest(runId, written.manifestSha256());
        review.recordReport(run, reviewPolicy, policy, report.findings(), out, written.files());
        runs.finishRun(runId, finished);
        LOG.info("report: {} finding(s) written to the run's output folder (loaded in {} ms, written in {} ms)",
                report.findings().size(), (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        return RepeatStatus.FINISHED;
    }

    /** What the reader of the report must know about the inputs, in plain words. */
    static List<String> notes(List<RunStore.RunInput> inputs) {
        List<String> notes = new ArrayList<>();
        for (RunStore.RunInput in : inputs) {
            if (in.encrypted() > 0) {
                notes.add(in.path() + ": " + in.encrypted() + " encrypted messages present, not readable");
            }
            if (in.messages() == 0 && in.encrypted() == 0) {
                notes.add(in.path() + ": no messages found in this export");
            }
            in.notes().forEach(n -> notes.add(in.path() + ": " + n));
        }
        return notes;
    }
}
