package io.phiscan.report;

import io.phiscan.review.RunStore;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.commons.csv.CSVPrinter;

/** Writes {@code skipped.csv}: every record not ingested, with its file, position and reason. */
public final class SkippedCsvWriter {
    public static final String FILE = "skipped.csv";

    public void write(RunReport report, Path dir) throws IOException {
        write(report, new OutputFolder(dir));
    }

    public void write(RunReport report, OutputFolder folder) throws IOException {
        try (CSVPrinter out = SafeCsv.open(folder, FILE, "file", "position", "reason")) {
            for (RunStore.Skipped s : report.skipped()) {
                SafeCsv.row(out, s.file(), s.position(), s.reason());
            }
        }
    }
}
