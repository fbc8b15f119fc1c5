package io.phiscan.report;

import io.phiscan.model.Sha256;
import io.phiscan.review.FindingStore;
import io.phiscan.review.RunStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One report page for one audience: the head with its Content-Security-Policy, then the header,
 * summary, charts, exports, findings with their filters and decision controls, and the records
 * skipped. Built once per page; not shared.
 */
final class ReportPage {
    private static final String CSS = resource("report.css");
    private static final String JS = resource("report.js");
    static final String CSP = "default-src 'none'; script-src '" + sha256(JS) + "'; style-src '" + sha256(CSS)
            + "'; img-src data:; base-uri 'none'; form-action 'none'";

    private final RunReport report;
    private final ReportHistory history;
    private final Path dir;
    private final Audience audience;

    ReportPage(RunReport report, ReportHistory history, Path dir, Audience audience) {
        this.report = report;
        this.history = history;
        this.dir = dir;
        this.audience = audience;
    }

    /** The page as one string (for tests and small reports; {@link #write} streams it). */
    String html() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Marks where the findings go in the page's frame; HTML from an export cannot hold it unescaped. */
    private static final String FINDINGS_HERE = "phiscan-findings-here";

    /**
     * Writes the page: its frame (summary, charts, inputs, skipped records, controls) rendered
     * whole, the findings one at a time in between, so that a page of many findings is never all
     * in memory.
     */
    void write(java.io.OutputStream out) throws IOException {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", CSP);
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
        doc.title((audience.redacted() ? "Redacted phiscan report " : "phiscan report ") + report.run().id());
        head.appendElement("style").appendChild(new DataNode(CSS));
        Element body = doc.body().attr("data-run", report.run().id());
        header(body);
        SummaryView.append(body.appendElement("section").id("summary"), report, history);
        SvgCharts.append(body.appendElement("section").id("charts"), report.findings(), audience);
        Element inputs = body.appendElement("section").id("inputs");
        SummaryView.reconciliation(inputs, report, audience);
        // what the table above already says in an export's row is not said again here
        java.util.Set<String> inRows = new java.util.HashSet<>();
        for (RunStore.RunInput in : report.inputs()) {
            in.notes().forEach(n -> inRows.add(in.path() + ": " + n));
            inRows.add(in.path() + ": " + in.encrypted() + " encrypted messages present, not readable");
            inRows.add(in.path() + ": no messages found in this export");
        }
        List<String> general = report.notes().stream().filter(n -> !inRows.contains(n)).toList();
        if (!general.isEmpty()) {
            Element notes = inputs.appendElement("ul").addClass("facts");
            if (audience.redacted()) {
                notes.appendElement("li").text(SummaryView.notesLeftOut(general.size(), "this run"));
            } else {
                general.forEach(n -> notes.appendElement("li").text(n));
            }
        }
        findings(body.appendElement("section").id("findings"));
        skipped(body.appendElement("section").id("skipped"));
        if (!audience.redacted()) {
            ComplianceOutputs.section(body, report);
        }
        footer(body);
        body.appendElement("script").appendChild(new DataNode(JS));
        BidiControls.showIn(doc);
        String frame = "<!DOCTYPE html>\n" + doc.html();
        String marker = "<!--" + FINDINGS_HERE + "-->";
        int at = frame.indexOf(marker);
        out.write(frame.substring(0, at < 0 ? frame.length() : at).getBytes(StandardCharsets.UTF_8));
        if (at >= 0) {
            FindingView view = new FindingView(report.run().id(), audience,
                    id -> Files.isRegularFile(dir.resolve("notes").resolve(id + ".txt")));
            StringBuilder one = new StringBuilder(1 << 14);
            boolean first = true;
            for (FindingStore.Stored f : report.findings()) {
                one.setLength(0);
                HtmlOut markup = new HtmlOut(one);
                view.append(markup, f, first);
                if (!markup.complete()) {
                    throw new IllegalStateException("the markup of finding " + f.finding().id() + " leaves an element open");
                }
                first = false;
                out.write(one.toString().getBytes(StandardCharsets.UTF_8));
            }
            out.write(frame.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
        }
    }

    private void header(Element body) {
        Element header = body.appendElement("header");
        header.appendElement("h1").text(audience.redacted() ? "phiscan audit report (redacted)" : "phiscan audit report");
        header.appendElement("p").addClass("meta").text("Run " + report.run().id() + " · " + report.run().kind()
                + " · policy " + report.run().policyVersion() + " · started " + Audience.MINUTE.format(report.run().startedAt())
                + " · finished " + Audience.MINUTE.format(report.finishedAt()));
        if (audience.redacted()) {
            header.appendElement("p").addClass("banner").text("Identifiers are masked by kind ([NAME], [DOB], [PHONE]…), "
                    + "counterparts are pseudonyms, and dates show only the year. This page is for people who must not see "
                    + "PHI; names the detector did not recognize may remain.");
            return;
        }
        header.appendElement("p").addClass("banner").text("This report holds protected health information: keep it where "
                + "only people allowed to see PHI can open it. " + REDACTED_HINT);
        List<String> files = files();
        if (!files.isEmpty()) {
            Element nav = header.appendElement("nav").addClass("files");
            nav.appendText("Files of this run: ");
            for (String f : files) {
                nav.appendElement("a").attr("href", f).text(f);
                nav.appendText(" ");
            }
        }
    }

    private static final String REDACTED_HINT = "report-redacted.html is the same report with identifiers masked.";

    /** The run's other files that exist now, by name, in a stable order; the manifest is written after the pages. */
    private List<String> files() {
        List<String> out = new ArrayList<>();
        for (String f : List.of(RedactedAudience.FILE, "warnings.csv")) {
            if (Files.isRegularFile(dir.resolve(f))) {
                out.add(f);
            }
        }
        try (Stream<Path> list = Files.list(dir)) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("blocklist-")).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        if (Files.isDirectory(dir.resolve("notes"))) {
            out.add("notes/");
        }
        for (String f : List.of(FindingsJsonWriter.FILE, FindingsCsvWriter.FILE, SkippedCsvWriter.FILE)) {
            if (Files.isRegularFile(dir.resolve(f))) {
                out.add(f);
            }
        }
        out.add(Manifest.FILE);
        return out;
    }

    private void findings(Element section) {
        section.appendElement("h2").text("Findings (" + report.findings().size() + "), highest score first");
        if (report.findings().isEmpty()) {
            section.appendElement("p").text("No exchange in these exports was flagged under this policy.");
            return;
        }
        FindingControls.tools(section, report);
        // the findings are written into the list one at a time (write)
        section.appendElement("div").id("list").appendChild(new org.jsoup.nodes.Comment(FINDINGS_HERE));
        if (!audience.redacted()) {
            FindingControls.decisions(section, report.run().id());
        }
    }

    private void skipped(Element section) {
        section.appendElement("h2").text("Records skipped (" + report.skipped().size() + ")");
        if (report.skipped().isEmpty()) {
            section.appendElement("p").text("None: every record was read.");
            return;
        }
        if (audience.redacted()) {
            section.appendElement("p").text("The list of skipped records is in skipped.csv: file paths can carry names, "
                    + "so this page only counts them.");
            return;
        }
        Element table = section.appendElement("table");
        Element tr = table.appendElement("thead").appendElement("tr");
        tr.appendElement("th").text("file");
        tr.appendElement("th").text("position");
        tr.appendElement("th").text("reason");
        Element tbody = table.appendElement("tbody");
        for (RunStore.Skipped s : report.skipped()) {
            Element row = tbody.appendElement("tr");
            row.appendElement("td").text(s.file());
            row.appendElement("td").text(s.position());
            row.appendElement("td").text(s.reason());
        }
    }

    private void footer(Element body) {
        Element f = body.appendElement("footer");
        f.appendElement("p").text(audience.redacted() ? "Redacted report of run " + report.run().id() + "."
                : "Decisions made on this page are not saved in it: download the decisions CSV and apply it with "
                + "phiscan review import. Check this run's files with phiscan verify " + report.run().id() + ".");
    }

    private static String resource(String name) {
        try (InputStream in = ReportPage.class.getResourceAsStream("/io/phiscan/report/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        byte[] d = Sha256.newDigest().digest(text.getBytes(StandardCharsets.UTF_8));
        return "sha256-" + Base64.getEncoder().encodeToString(d);
    }
}
