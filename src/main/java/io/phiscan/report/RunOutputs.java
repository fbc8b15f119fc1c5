package io.phiscan.report;

import io.phiscan.review.RunStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes every output of a run into its folder (owner-only): the data files first (findings,
 * skipped records and, when the report carries their data, warnings, block lists and chart
 * notes), then the two report pages (which link to the files present when they are written),
 * and the manifest last so that it covers the others and chains to the previous run's manifest.
 * Stateless and thread-safe.
 */
public final class RunOutputs {

    /**
     * What was written.
     *
     * @param manifestSha256 the SHA-256 of the manifest, for the workspace to record
     */
    public record Written(List<String> files, String manifestSha256) {
        public Written {
            files = List.copyOf(files);
        }
    }

    /** Writes the outputs; {@code history} gives the previous run whose manifest this one chains to. */
    public Written write(RunReport report, ReportHistory history, Path dir) throws IOException {
        Optional<RunStore.Run> previous = history.previousOf(report.run().id());
        Manifest.Link link = previous.isEmpty() ? null
                : Manifest.linkTo(previous.get().id(), ReportHistory.folderOf(previous.get()));
        OwnerOnlyFiles.folder(dir);
        List<String> files = new ArrayList<>(List.of(FindingsJsonWriter.FILE, FindingsCsvWriter.FILE, SkippedCsvWriter.FILE));
        // findings.json beside the other data files, on two threads
        List<String> compliance = Parallel.both(() -> {
            new FindingsJsonWriter().write(report, dir);
            return null;
        }, () -> {
            new FindingsCsvWriter().write(report, dir);
            new SkippedCsvWriter().write(report, dir);
            return report.compliance() != null ? ComplianceOutputs.write(report, dir) : List.<String>of();
        }).second();
        files.addAll(compliance);
        // Files the pages link to (warnings, block lists, notes) are written above this line.
        new HtmlReportWriter().write(report, history, dir);
        String manifest = new Manifest().write(dir, report.run().id(), link);
        files.add(HtmlReportWriter.REDACTED_FILE);
        files.add(HtmlReportWriter.FILE);
        files.add(Manifest.FILE);
        return new Written(files, manifest);
    }
}
