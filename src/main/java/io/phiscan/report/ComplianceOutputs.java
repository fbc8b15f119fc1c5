package io.phiscan.report;

import io.phiscan.model.Finding;
import io.phiscan.model.Platform;
import io.phiscan.review.FindingStore;
import io.phiscan.review.RunStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The compliance outputs of a run, written together: {@code warnings.csv}, the block lists of
 * the run's platforms, and a chart note per finding that is not dismissed; and the report's
 * section that links to them. Stateless.
 */
final class ComplianceOutputs {
    private ComplianceOutputs() {
    }

    /** Writes the files; returns them, relative to the folder. */
    static List<String> write(RunReport report, OutputFolder folder) throws IOException {
        List<String> files = new ArrayList<>();
        new WarningsCsvWriter().write(report.compliance(), folder);
        files.add(WarningsCsvWriter.FILE);
        files.addAll(new BlocklistWriter().write(report.compliance(), platforms(report), folder));
        files.addAll(new ChartNoteWriter().write(report.compliance(), findings(report), folder));
        return files;
    }

    /** Appends the section of the report that lists and links the compliance outputs. */
    static void section(Element body, RunReport report) {
        if (report.compliance() == null) {
            return;
        }
        Element section = body.appendElement("section").id("compliance");
        section.appendElement("h2").text("Follow-up files");
        Element list = section.appendElement("ul");
        link(list, WarningsCsvWriter.FILE, report.compliance().warnings().size() + " counterpart(s) to call and warn");
        for (Platform p : platforms(report)) {
            long n = report.compliance().blocked().stream().filter(o -> o.platform() == p).count();
            link(list, BlocklistWriter.file(p), n + " account(s) to block on " + PlatformNames.of(p));
            if (p == Platform.TWITTER) {
                link(list, BlocklistWriter.X_IDS, "the same X accounts as numeric ids, for bulk-blocking tools");
            }
        }
        for (Finding f : findings(report)) {
            if (f.status() != io.phiscan.model.Status.DISMISSED) {
                link(list, ChartNoteWriter.FOLDER + "/" + f.id() + ".txt", "chart note for " + f.id() + " (" + f.status().id() + ")");
            }
        }
    }

    private static void link(Element list, String file, String what) {
        Element li = list.appendElement("li");
        li.appendElement("a").attr("href", file).text(file);
        li.appendText(": " + what);
    }

    private static Set<Platform> platforms(RunReport report) {
        Set<Platform> out = EnumSet.noneOf(Platform.class);
        report.inputs().stream().map(RunStore.RunInput::platform).forEach(out::add);
        report.compliance().blocked().forEach(o -> out.add(o.platform()));
        return out;
    }

    private static List<Finding> findings(RunReport report) {
        return report.findings().stream().map(FindingStore.Stored::finding).toList();
    }
}
