package io.phiscan.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes {@code report.html} and {@code report-redacted.html}: each one self-contained file
 * (styles, script and charts inline; no network: its Content-Security-Policy forbids every fetch
 * and admits only its own script and style, by hash). A page's frame is built as a jsoup document
 * and its findings are written by {@link HtmlOut}, which escapes as jsoup does, so every value
 * from an export is inserted as text or as an attribute value and escaped by construction; its
 * bidirectional overrides and isolates are shown as signs ({@link BidiControls}), and long values
 * wrap. The full page links to the other files of the run that exist in the folder when it is
 * written: write them first (the redacted page links to none). Each file is digested as it is
 * written ({@link OutputFolder}). Stateless and thread-safe.
 */
public final class HtmlReportWriter {
    public static final String FILE = "report.html";
    public static final String REDACTED_FILE = RedactedAudience.FILE;

    /** Writes both pages into {@code dir}, side by side; the redacted page's file exists before the full page is written. */
    public void write(RunReport report, ReportHistory history, Path dir) throws IOException {
        OutputFolder folder = new OutputFolder(dir);
        try (OutputStream redacted = openRedacted(folder)) {
            Parallel.both(() -> {
                writeRedacted(report, history, dir, redacted);
                return null;
            }, () -> {
                writeFull(report, history, folder);
                return null;
            });
        }
    }

    /** Creates the redacted page's file, so that the full page, written before it is done, links to it. */
    OutputStream openRedacted(OutputFolder folder) throws IOException {
        return new BufferedOutputStream(folder.create(REDACTED_FILE), 1 << 16);
    }

    /** Writes the redacted page into the stream {@link #openRedacted} gave; does not close it. */
    void writeRedacted(RunReport report, ReportHistory history, Path dir, OutputStream out) throws IOException {
        new ReportPage(report, history, dir, new RedactedAudience(report.findings())).write(out);
        out.flush();
    }

    /** Writes the full page, linking to the files in {@code dir} now. */
    void writeFull(RunReport report, ReportHistory history, OutputFolder folder) throws IOException {
        try (OutputStream out = new BufferedOutputStream(folder.create(FILE), 1 << 16)) {
            new ReportPage(report, history, folder.dir(), Audience.full()).write(out);
        }
    }
}
