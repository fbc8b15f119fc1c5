package io.phiscan.report;

import io.phiscan.review.RunStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Writes every output of a run into its folder (owner-only): the data files (findings, skipped
 * records and, when the report carries their data, warnings, block lists and chart notes), the
 * two report pages (the full one after the files it links to), and the manifest last so that it
 * covers the others and chains to the previous run's manifest. Stateless and thread-safe.
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
        return write(report, history, dir, () -> {
        });
    }

    /**
     * The outputs of a report that take time in proportion to its findings, each told once written
     * to {@link #write(RunReport, ReportHistory, Path, Runnable)}'s {@code written}: findings.json,
     * findings.csv (with skipped.csv), the compliance outputs when the report carries their data
     * (warnings, block lists, chart notes), and the two pages.
     */
    public static int outputs(RunReport report) {
        return report.compliance() != null ? 5 : 4;
    }

    /**
     * Writes the outputs as {@link #write(RunReport, ReportHistory, Path)} does, and runs
     * {@code written} once as each of the {@link #outputs} is written, from whichever of the two
     * writing threads wrote it.
     */
    public Written write(RunReport report, ReportHistory history, Path dir, Runnable written) throws IOException {
        Optional<RunStore.Run> previous = history.previousOf(report.run().id());
        Manifest.Link link = previous.isEmpty() ? null
                : Manifest.linkTo(previous.get().id(), ReportHistory.folderOf(previous.get()));
        OutputFolder folder = new OutputFolder(dir);
        List<String> files = new ArrayList<>(List.of(FindingsJsonWriter.FILE, FindingsCsvWriter.FILE, SkippedCsvWriter.FILE));
        HtmlReportWriter pages = new HtmlReportWriter();
        // Two threads. The other one writes the data files, then the redacted page, which links to
        // no file. This one writes the compliance outputs, then, once the data files are written,
        // the full page, which links to every file in the folder (the redacted page's file is
        // created first).
        CompletableFuture<Void> dataWritten = new CompletableFuture<>();
        try (OutputStream redacted = pages.openRedacted(folder)) {
            files.addAll(Parallel.both(() -> {
                try {
                    new FindingsJsonWriter().write(report, folder);
                    written.run();
                    new FindingsCsvWriter().write(report, folder);
                    new SkippedCsvWriter().write(report, folder);
                    written.run();
                } catch (IOException | RuntimeException | Error e) {
                    dataWritten.completeExceptionally(e);
                    throw e;
                }
                dataWritten.complete(null);
                pages.writeRedacted(report, history, dir, redacted);
                written.run();
                return null;
            }, () -> {
                List<String> compliance = List.of();
                if (report.compliance() != null) {
                    compliance = ComplianceOutputs.write(report, folder);
                    written.run();
                }
                Parallel.await(dataWritten);
                pages.writeFull(report, history, folder);
                written.run();
                return compliance;
            }).second());
        }
        files.add(HtmlReportWriter.REDACTED_FILE);
        files.add(HtmlReportWriter.FILE);
        String manifest = new Manifest().write(folder, report.run().id(), files, link);
        files.add(Manifest.FILE);
        return new Written(files, manifest);
    }
}
