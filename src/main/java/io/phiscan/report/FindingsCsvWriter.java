package io.phiscan.report;

import io.phiscan.model.Author;
import io.phiscan.model.Finding;
import io.phiscan.model.Message;
import io.phiscan.model.Signal;
import io.phiscan.review.FindingStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code findings.csv}: one row per finding for a spreadsheet, with what was found (kinds
 * and categories, rule ids) but no message text. Stateless and thread-safe.
 */
public final class FindingsCsvWriter {
    public static final String FILE = "findings.csv";

    public void write(RunReport report, Path dir) throws IOException {
        write(report, new OutputFolder(dir));
    }

    public void write(RunReport report, OutputFolder folder) throws IOException {
        try (CSVPrinter out = SafeCsv.open(folder, FILE, "id", "severity", "score", "status", "new", "platform",
                "account", "visibility", "owner_engaged", "counterparts", "first_message", "last_message", "messages",
                "categories", "rules", "reasons")) {
            for (FindingStore.Stored stored : report.findings()) {
                Finding f = stored.finding();
                SafeCsv.row(out, f.id(), f.severity().id(), f.score(), f.status().id(), stored.newIn(report.run().id()),
                        f.platform().id(), f.account(), f.visibility().id(), f.ownerEngaged(),
                        f.counterparts().stream().map(FindingsCsvWriter::person).collect(Collectors.joining("; ")),
                        f.messages().get(0).at(), f.messages().get(f.messages().size() - 1).at(), f.messages().size(),
                        String.join(" ", f.signals().stream().map(Signal::tag).collect(Collectors.toCollection(TreeSet::new))),
                        String.join(" ", f.signals().stream().map(Signal::rule).collect(Collectors.toCollection(TreeSet::new))),
                        String.join("; ", f.reasons()));
            }
        }
    }

    static String person(Author a) {
        StringBuilder s = new StringBuilder();
        if (a.name() != null) {
            s.append(a.name());
        }
        if (a.handle() != null) {
            s.append(s.length() > 0 ? " " : "").append('@').append(a.handle());
        }
        if (a.id() != null && s.length() == 0) {
            s.append("id ").append(a.id());
        }
        return s.toString();
    }

    static String first(Message m) {
        return m.at().toString();
    }
}
