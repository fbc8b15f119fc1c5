package io.phiscan.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every output of a run into its folder (owner-only), the manifest last so that it
 * covers the others. The compliance outputs (warnings, block lists, chart notes) are written
 * when the report carries their data. Stateless and thread-safe.
 */
public final class RunOutputs {

    /** Writes the outputs and returns the files written, manifest included. */
    public List<String> write(RunReport report, Path dir) throws IOException {
        OwnerOnlyFiles.folder(dir);
        new FindingsJsonWriter().write(report, dir);
        new FindingsCsvWriter().write(report, dir);
        new SkippedCsvWriter().write(report, dir);
        List<String> files = new ArrayList<>(List.of(FindingsJsonWriter.FILE, FindingsCsvWriter.FILE, SkippedCsvWriter.FILE));
        if (report.compliance() != null) {
            files.addAll(ComplianceOutputs.write(report, dir));
        }
        new HtmlReportWriter().write(report, dir);
        new Manifest().write(dir);
        files.add(HtmlReportWriter.FILE);
        files.add(Manifest.FILE);
        return files;
    }
}
