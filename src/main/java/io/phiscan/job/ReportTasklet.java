package io.phiscan.job;

import io.phiscan.report.ReportHistory;
import io.phiscan.report.RunOutputs;
import io.phiscan.report.RunReport;
import io.phiscan.review.FindingStore;
import io.phiscan.review.ReviewPolicy;
import io.phiscan.review.RunStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The report step: the run's outputs written from the stores into its output folder, and the
 * trail's record of the policy, the run and the files written.
 */
final class ReportTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(ReportTasklet.class);
    private final RunStore runs;
    private final FindingStore findings;
    private final ReviewRecords review;
    private final String runId;
    private final Path out;
    private final String policy;

    ReportTasklet(RunStore runs, FindingStore findings, ReviewRecords review, String runId, Path out, String policy) {
        this.runs = runs;
        this.findings = findings;
        this.review = review;
        this.runId = runId;
        this.out = out;
        this.policy = policy;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunStore.Run run = runs.run(runId).orElseThrow();
        Instant finished = Instant.now();
        List<RunStore.RunInput> inputs = runs.inputs(runId);
        List<FindingStore.Stored> raised = findings.raisedIn(runId);
        ReviewPolicy reviewPolicy = ReviewRecords.policy(policy);
        RunReport report = new RunReport(run, finished, inputs, raised, runs.skipped(runId), notes(inputs),
                review.compliance(runId, raised, reviewPolicy, findings));
        RunOutputs.Written written = new RunOutputs().write(report, ReportHistory.of(runs), out);
        runs.recordManifest(runId, written.manifestSha256());
        review.recordReport(run, reviewPolicy, policy, raised, out, written.files());
        runs.finishRun(runId, finished);
        LOG.info("report: {} finding(s) written to the run's output folder", report.findings().size());
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
