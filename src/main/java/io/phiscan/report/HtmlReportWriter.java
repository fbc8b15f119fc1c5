package io.phiscan.report;

import io.phiscan.model.Finding;
import io.phiscan.model.Severity;
import io.phiscan.review.FindingStore;
import io.phiscan.review.RunStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes {@code report.html}: one self-contained file (styles inline, no scripts, no network:
 * its Content-Security-Policy forbids every fetch). The page is built as a jsoup document, so
 * every value from an export is inserted as text and escaped by construction. Thread-safe.
 */
public final class HtmlReportWriter {
    public static final String FILE = "report.html";
    private static final String CSS = resource("/io/phiscan/report/report.css");

    public void write(RunReport report, Path dir) throws IOException {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
        doc.title("phiscan report " + report.run().id());
        head.appendElement("style").appendChild(new DataNode(CSS));
        Element body = doc.body();
        Element header = body.appendElement("header");
        header.appendElement("h1").text("phiscan audit report");
        header.appendElement("p").addClass("meta").text("Run " + report.run().id() + " · policy "
                + report.run().policyVersion() + " · started " + report.run().startedAt() + " · finished "
                + report.finishedAt());
        summary(body.appendElement("section").id("summary"), report);
        inputs(body.appendElement("section").id("inputs"), report);
        Element findings = body.appendElement("section").id("findings");
        findings.appendElement("h2").text("Findings (" + report.findings().size() + ")");
        if (report.findings().isEmpty()) {
            findings.appendElement("p").text("No exchange in these exports was flagged under this policy.");
        }
        FindingView view = new FindingView(report.run().id());
        for (FindingStore.Stored f : report.findings()) {
            view.append(findings, f);
        }
        skipped(body.appendElement("section").id("skipped"), report);
        ComplianceOutputs.section(body, report);
        try (OutputStream out = OwnerOnlyFiles.create(dir.resolve(FILE))) {
            out.write(("<!DOCTYPE html>\n" + doc.html()).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void summary(Element section, RunReport report) {
        section.appendElement("h2").text("Summary");
        Element cards = section.appendElement("div").addClass("cards");
        Map<Severity, Long> bySeverity = new TreeMap<>();
        for (FindingStore.Stored f : report.findings()) {
            bySeverity.merge(f.finding().severity(), 1L, Long::sum);
        }
        for (Severity s : Severity.values()) {
            Element card = cards.appendElement("div").addClass("card").addClass("sev-" + s.id());
            card.appendElement("span").addClass("n").text(String.valueOf(bySeverity.getOrDefault(s, 0L)));
            card.appendElement("span").addClass("l").text(s.id());
        }
        long fresh = report.findings().stream().filter(f -> f.newIn(report.run().id())).count();
        Element facts = section.appendElement("ul").addClass("facts");
        facts.appendElement("li").text(fresh + " of " + report.findings().size() + " findings were raised for the first time in this run.");
        facts.appendElement("li").text(report.messages() + " messages read from " + report.inputs().size()
                + " export(s); " + report.skippedCount() + " record(s) skipped (listed below and in skipped.csv).");
        if (report.encrypted() > 0) {
            facts.appendElement("li").addClass("warn").text(report.encrypted()
                    + " encrypted messages present, not readable: they could not be audited.");
        }
        for (String note : report.notes()) {
            facts.appendElement("li").text(note);
        }
    }

    private static void inputs(Element section, RunReport report) {
        section.appendElement("h2").text("Exports read");
        Element table = section.appendElement("table");
        Element tr = table.appendElement("thead").appendElement("tr");
        for (String h : new String[] {"export", "platform", "account", "layout", "messages", "skipped", "encrypted"}) {
            tr.appendElement("th").text(h);
        }
        Element tbody = table.appendElement("tbody");
        for (RunStore.RunInput in : report.inputs()) {
            Element row = tbody.appendElement("tr");
            row.appendElement("td").text(in.path());
            row.appendElement("td").text(in.platform().id());
            row.appendElement("td").text(in.account());
            row.appendElement("td").text(in.layout());
            row.appendElement("td").addClass("num").text(String.valueOf(in.messages()));
            row.appendElement("td").addClass("num").text(String.valueOf(in.skipped()));
            row.appendElement("td").addClass("num").text(String.valueOf(in.encrypted()));
        }
    }

    private static void skipped(Element section, RunReport report) {
        section.appendElement("h2").text("Records skipped (" + report.skipped().size() + ")");
        if (report.skipped().isEmpty()) {
            section.appendElement("p").text("None: every record was read.");
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

    static String severityClass(Finding f) {
        return "sev-" + f.severity().id();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
