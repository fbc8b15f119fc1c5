package io.phiscan.report;

import io.phiscan.model.Direction;
import io.phiscan.model.Finding;
import io.phiscan.model.Message;
import io.phiscan.model.Signal;
import io.phiscan.review.FindingStore;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * One finding as the report shows it: a one-line summary (severity, score, who, where, when,
 * status, why) that opens onto the exchange as a conversation, each signal marked in the text,
 * the rules that fired explained beside it, the owner's own replies labelled. Each name, account
 * and thread from an export is isolated ({@code <bdi>}), so that a right-to-left name cannot
 * reorder the words the page writes beside it. The filters and
 * decision buttons of the page's script find it by its {@code data-*} attributes. Used by one
 * rendering at a time.
 */
final class FindingView {
    private final String runId;
    private final Audience audience;
    private final Predicate<String> hasNote;

    FindingView(String runId, Audience audience, Predicate<String> hasNote) {
        this.runId = runId;
        this.audience = audience;
        this.hasNote = hasNote;
    }

    void append(Element parent, FindingStore.Stored stored) {
        Finding f = stored.finding();
        boolean fresh = stored.newIn(runId);
        Element details = classed(parent, "details", "f sev-" + f.severity().id()).id(f.id())
                .attr("data-sev", f.severity().id()).attr("data-pf", f.platform().id()).attr("data-st", f.status().id())
                .attr("data-new", fresh ? "1" : "0");
        summary(details.appendElement("summary"), stored, fresh);
        Element body = classed(details, "div", "body");
        Element meta = classed(body, "p", "meta");
        meta.appendText("Finding " + f.id() + " · account ");
        meta.appendElement("bdi").text(f.account());
        meta.appendText(" · " + f.visibility().id()
                + (f.visibility().isPublic() ? " (people outside the conversation could read it)" : "")
                + " · policy " + f.policyVersion() + " · first raised in run " + stored.firstSeenRun());
        String thread = audience.thread(f.messages().get(0).conversationId());
        if (thread != null) {
            meta.appendText(" · thread ");
            meta.appendElement("bdi").text(thread);
        }
        Element reasons = classed(body, "ul", "reasons");
        f.reasons().forEach(r -> reasons.appendElement("li").text(r));
        Element convo = classed(body, "div", "conv");
        Map<String, List<Signal>> byMessage = f.signals().stream().collect(Collectors.groupingBy(Signal::messageId));
        for (Message m : f.messages()) {
            message(convo, m, byMessage.getOrDefault(m.id(), List.of()));
        }
        legend(body, f);
        if (!audience.redacted() && hasNote.test(f.id())) {
            classed(body, "p", "links").appendElement("a").attr("href", "notes/" + f.id() + ".txt")
                    .text("Chart note for the medical record");
        }
        if (!audience.redacted()) {
            classed(body, "div", "decide").attr("data-id", f.id());
        }
    }

    private void summary(Element s, FindingStore.Stored stored, boolean fresh) {
        Finding f = stored.finding();
        chip(s, "badge", f.severity().id());
        chip(s, "score", score(f.score()));
        Element who = classed(s, "span", "who");
        if (f.counterparts().isEmpty()) {
            who.text("no counterpart identified");
        }
        for (int i = 0; i < f.counterparts().size(); i++) {
            if (i > 0) {
                who.appendText(", ");
            }
            who.appendElement("bdi").text(audience.person(f.counterparts().get(i), false));
        }
        s.appendText(" ");
        chip(s, "pf", f.platform().id() + " · " + f.visibility().id());
        chip(s, "day", audience.day(f.messages().get(0).at()));
        chip(s, "st", "status: " + f.status().id());
        if (fresh) {
            chip(s, "fresh", "new this run");
        }
        if (f.ownerEngaged()) {
            chip(s, "eng", "owner gave clinical advice");
        }
        classed(s, "span", "dec");
        s.appendText(" ");
        chip(s, "why", String.join(" · ", f.reasons()));
    }

    private static void chip(Element summary, String cls, String text) {
        classed(summary, "span", cls).text(text);
        summary.appendText(" ");
    }

    private void message(Element parent, Message m, List<Signal> signals) {
        boolean owner = m.direction() == Direction.OUTBOUND;
        String label = ownerReply(owner, signals);
        Element div = classed(parent, "div", "msg " + (owner ? "out" : "in") + (label != null ? " clin" : ""));
        Element who = classed(div, "div", "who");
        who.appendElement("bdi").text(audience.person(m.author(), owner));
        who.appendText((owner ? " (owner)" : "") + " · "
                + audience.when(m.at(), m.localTime()) + " · " + m.direction().id() + " · " + m.visibility().id());
        if (label != null) {
            classed(who, "span", "tag").text(label);
        }
        SignalText.render(classed(div, "div", "text"), m.text(), signals, audience);
        if (!m.attachments().isEmpty()) {
            classed(div, "div", "att").text(m.attachments().size() + " attachment(s)"
                    + (audience.redacted() ? "" : ": " + String.join(", ", m.attachments())));
        }
        String source = audience.source(m.source().toString());
        if (source != null) {
            classed(div, "div", "src").text(source);
        }
    }

    /** The label of the owner's own reply: clinical advice, clinical content, or taking it offline. */
    static String ownerReply(boolean owner, List<Signal> signals) {
        if (!owner) {
            return null;
        }
        if (signals.stream().anyMatch(s -> s.rule().equals("resp.instruction") || s.category().equals("advice"))) {
            return "the owner's clinical advice";
        }
        if (signals.stream().anyMatch(s -> s.kind().equals(Signal.CLINICAL))) {
            return "clinical content in the owner's reply";
        }
        if (signals.stream().anyMatch(s -> s.rule().equals("resp.offline"))) {
            return "the owner took it offline";
        }
        return null;
    }

    private static void legend(Element body, Finding f) {
        Map<String, Signal> rules = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (Signal s : f.signals()) {
            rules.putIfAbsent(s.rule(), s);
            counts.merge(s.rule(), 1, Integer::sum);
        }
        Element dl = classed(body, "dl", "rules");
        for (Map.Entry<String, Signal> e : rules.entrySet()) {
            Signal s = e.getValue();
            classed(dl.appendElement("dt").attr("data-rule", e.getKey()), "mark", "k-" + SignalText.cssName(s.kind()))
                    .text(e.getKey());
            dl.appendElement("dd").text(RuleGlossary.explain(s) + " · " + s.tag()
                    + (counts.get(e.getKey()) > 1 ? " · ×" + counts.get(e.getKey()) : ""));
        }
    }

    /**
     * A new child element with its class attribute set at once: the same markup as
     * {@code addClass}, which splits and joins the attribute again on every call.
     */
    static Element classed(Element parent, String tag, String classes) {
        return parent.appendElement(tag).attr("class", classes);
    }

    static String score(double score) {
        return score == Math.rint(score) ? String.format(java.util.Locale.ROOT, "%.1f", score) : String.valueOf(score);
    }
}
