package io.phiscan.report;

import io.phiscan.model.Author;
import io.phiscan.model.Finding;
import io.phiscan.model.Message;
import io.phiscan.model.Signal;
import io.phiscan.review.FindingStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * One finding as the report shows it: a header (severity, score, who, where, why) and the
 * exchange as a conversation, each signal marked in the text with its rule beside it.
 */
final class FindingView {
    private final String runId;

    FindingView(String runId) {
        this.runId = runId;
    }

    void append(Element parent, FindingStore.Stored stored) {
        Finding f = stored.finding();
        Element article = parent.appendElement("article").addClass("finding").addClass(HtmlReportWriter.severityClass(f))
                .id(f.id());
        Element h = article.appendElement("h3");
        h.appendElement("span").addClass("badge").text(f.severity().id());
        h.appendText(" " + f.id() + " · " + f.platform().id() + " · " + f.visibility().id() + " · score " + f.score());
        if (stored.newIn(runId)) {
            h.appendElement("span").addClass("new").text("new");
        }
        Element meta = article.appendElement("p").addClass("meta");
        meta.appendText("Status " + f.status().id() + " · account " + f.account() + " · counterparts: ");
        meta.appendText(f.counterparts().isEmpty() ? "none identified"
                : String.join(", ", f.counterparts().stream().map(FindingsCsvWriter::person).toList()));
        if (f.ownerEngaged()) {
            meta.appendElement("strong").addClass("engaged").text(" · the owner gave clinical advice");
        }
        Element reasons = article.appendElement("ul").addClass("reasons");
        f.reasons().forEach(r -> reasons.appendElement("li").text(r));
        Element convo = article.appendElement("div").addClass("conversation");
        for (Message m : f.messages()) {
            message(convo, m, f.signals().stream().filter(s -> s.messageId().equals(m.id())).toList());
        }
    }

    private static void message(Element parent, Message m, List<Signal> signals) {
        Element div = parent.appendElement("div").addClass("msg").addClass(m.direction().id());
        Element meta = div.appendElement("div").addClass("who");
        meta.appendText(name(m.author()) + " · " + m.at() + (m.localTime() ? " (local time, zone unknown)" : "")
                + " · " + m.direction().id() + " · " + m.visibility().id());
        Element text = div.appendElement("div").addClass("text");
        int at = 0;
        for (Signal s : nonOverlapping(signals)) {
            if (s.start() < at || s.end() > m.text().length()) {
                continue;
            }
            text.appendText(m.text().substring(at, s.start()));
            text.appendElement("mark").addClass("k-" + s.kind()).attr("title", s.rule() + " · " + s.kind() + ":" + s.category())
                    .text(m.text().substring(s.start(), s.end()));
            text.appendElement("sup").addClass("rule").text(s.rule());
            at = s.end();
        }
        text.appendText(m.text().substring(at));
    }

    private static List<Signal> nonOverlapping(List<Signal> signals) {
        List<Signal> sorted = new ArrayList<>(signals);
        sorted.sort(Comparator.comparingInt(Signal::start).thenComparing(s -> -(s.end() - s.start())));
        List<Signal> out = new ArrayList<>();
        int end = -1;
        for (Signal s : sorted) {
            if (s.start() >= end) {
                out.add(s);
                end = s.end();
            }
        }
        return out;
    }

    private static String name(Author a) {
        return FindingsCsvWriter.person(a);
    }
}
