package io.phiscan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes {@code report.html} and {@code report-redacted.html}: each one self-contained file
 * (styles, script and charts inline; no network: its Content-Security-Policy forbids every fetch
 * and admits only its own script and style, by hash). The pages are built as jsoup documents, so
 * every value from an export is inserted as text or as an attribute value and escaped by
 * construction. The full page links to the other files of the run that exist in the folder when
 * it is written: write them first. Stateless and thread-safe.
 */
public final class HtmlReportWriter {
    public static final String FILE = "report.html";
    public static final String REDACTED_FILE = RedactedAudience.FILE;

    /** Writes both pages into {@code dir}, the redacted one first (the full page links to it). */
    public void write(RunReport report, ReportHistory history, Path dir) throws IOException {
        // the redacted page's file is created before the full page looks for the files to link to
        OutputStream redacted = new java.io.BufferedOutputStream(OwnerOnlyFiles.create(dir.resolve(REDACTED_FILE)), 1 << 16);
        try {
            Parallel.both(() -> {
                try (OutputStream out = redacted) {
                    new ReportPage(report, history, dir, new RedactedAudience(report.findings())).write(out);
                }
                return null;
            }, () -> {
                try (OutputStream out = new java.io.BufferedOutputStream(OwnerOnlyFiles.create(dir.resolve(FILE)), 1 << 16)) {
                    new ReportPage(report, history, dir, Audience.full()).write(out);
                }
                return null;
            });
        } finally {
            redacted.close();
        }
    }
}
