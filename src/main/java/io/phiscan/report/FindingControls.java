package io.phiscan.report;

import io.phiscan.model.Platform;
import io.phiscan.model.Status;
import java.util.List;
import java.util.TreeSet;
import org.jsoup.nodes.Element;

/**
 * The controls above and beside the findings: the filters (severity, platform, status, text, new
 * only), which the page's script reveals and runs offline, and the decision controls (confirm,
 * dismiss with a reason, escalate) that the script copies into each finding and gathers into a
 * decisions CSV for {@code phiscan review import}. Without the script the controls stay hidden
 * and the page reads and prints as a document. Stateless.
 */
final class FindingControls {
    /** The header of the decisions CSV the page builds; {@code review import} reads exactly this. */
    static final String DECISIONS_HEADER = "finding_id,decision,reason";

    private FindingControls() {
    }

    static void tools(Element section, RunReport report) {
        Element tools = section.appendElement("div").id("tools").addClass("tools").attr("hidden", true);
        Element sev = tools.appendElement("fieldset").addClass("sev");
        sev.appendElement("legend").text("Severity");
        for (String s : List.of("high", "medium", "low")) {
            Element l = sev.appendElement("label");
            l.appendElement("input").attr("type", "checkbox").attr("name", "sev").attr("value", s).attr("checked", true);
            l.appendText(" " + s);
        }
        Element pf = tools.appendElement("label").text("Platform ").appendElement("select").id("f-pf");
        pf.appendElement("option").attr("value", "").text("all");
        new TreeSet<Platform>(report.findings().stream().map(f -> f.finding().platform()).toList())
                .forEach(p -> pf.appendElement("option").attr("value", p.id()).text(p.id()));
        Element st = tools.appendElement("label").text("Status ").appendElement("select").id("f-st");
        st.appendElement("option").attr("value", "").text("all");
        st.appendElement("option").attr("value", "new open").text("awaiting review (new or open)");
        for (Status s : Status.values()) {
            st.appendElement("option").attr("value", s.id()).text(s.id());
        }
        tools.appendElement("label").text("Text ").appendElement("input").attr("type", "search").id("f-q")
                .attr("placeholder", "words, names, rule ids");
        Element fresh = tools.appendElement("label");
        fresh.appendElement("input").attr("type", "checkbox").id("f-new");
        fresh.appendText(" new in this run only");
        tools.appendElement("button").attr("type", "button").id("open-all").text("Open all");
        tools.appendElement("button").attr("type", "button").id("close-all").text("Close all");
        section.appendElement("p").id("shown").addClass("meta").text(report.findings().size() + " findings");
    }

    static void decisions(Element section, String runId) {
        Element t = section.appendElement("template").id("t-decide");
        Element ui = t.appendElement("div").addClass("decide-ui");
        ui.appendElement("span").addClass("lbl").text("Decision: ");
        ui.appendElement("button").attr("type", "button").attr("data-d", "confirm").text("Confirm");
        ui.appendElement("button").attr("type", "button").attr("data-d", "dismiss").text("Dismiss…");
        ui.appendElement("button").attr("type", "button").attr("data-d", "escalate").text("Escalate…");
        Element reason = ui.appendElement("span").addClass("reason").attr("hidden", true);
        reason.appendElement("input").attr("type", "text").attr("maxlength", "500").attr("aria-label", "reason");
        reason.appendElement("button").attr("type", "button").addClass("save").text("Save");
        ui.appendElement("span").addClass("chosen");
        ui.appendElement("button").attr("type", "button").addClass("undo").attr("hidden", true).text("Undo");
        Element bar = section.appendElement("div").id("bar").attr("hidden", true).attr("data-header", DECISIONS_HEADER);
        bar.appendElement("span").id("n-dec");
        bar.appendElement("button").attr("type", "button").id("dl").text("Download decisions CSV");
        bar.appendElement("button").attr("type", "button").id("clear").text("Clear all");
        bar.appendElement("span").addClass("hint").text("then: phiscan review import decisions-" + runId
                + ".csv --by YOUR-NAME");
    }
}
