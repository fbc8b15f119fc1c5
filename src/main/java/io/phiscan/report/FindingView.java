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

/**
 * One finding as the report shows it: a one-line summary (severity, score, who, where, when,
 * status, why) that opens onto the exchange as a conversation, each signal marked in the text,
 * the rules that fired explained beside it, the owner's own replies labelled. Each name, account
 * and thread from an export is isolated ({@code <bdi>}), so that a right-to-left name cannot
 * reorder the words the page writes beside it. The filters and
 * decision buttons of the page's script find it by its {@code data-*} attributes. Written as
 * markup directly ({@link HtmlOut}), without a document tree per finding. Used by one rendering
 * at a time.
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

    /** Writes the finding: a {@code <details>} element, opened when {@code open}. */
    void append(HtmlOut out, FindingStore.Stored stored, boolean open) {
        Finding f = stored.finding();
        boolean fresh = stored.newIn(runId);
        out.open("details", "f sev-" + f.severity().id()).attr("id", f.id())
                .attr("data-sev", f.severity().id()).attr("data-pf", f.platform().id()).attr("data-st", f.status().id())
                .attr("data-new", fresh ? "1" : "0");
        if (open) {
            out.attr("open");
        }
        summary(out.open("summary"), stored, fresh);
        out.close(); // the summary
        out.open("div", "body");
        out.open("p", "meta").text("Finding " + f.id() + " · account ");
        out.open("bdi").text(f.account()).close();
        out.text(" · " + f.visibility().id()
                + (f.visibility().isPublic() ? " (people outside the conversation could read it)" : "")
                + " · policy " + f.policyVersion() + " · first raised in run " + stored.firstSeenRun());
        String thread = audience.thread(f.messages().get(0).conversationId());
        if (thread != null) {
            out.text(" · thread ");
            out.open("bdi").text(thread).close();
        }
        out.close(); // the meta line
        out.open("ul", "reasons");
        f.reasons().forEach(r -> out.open("li").text(r).close());
        out.close();
        out.open("div", "conv");
        Map<String, List<Signal>> byMessage = f.signals().stream().collect(Collectors.groupingBy(Signal::messageId));
        for (Message m : f.messages()) {
            message(out, m, byMessage.getOrDefault(m.id(), List.of()));
        }
        out.close(); // the conversation
        legend(out, f);
        if (!audience.redacted() && hasNote.test(f.id())) {
            out.open("p", "links").open("a").attr("href", "notes/" + f.id() + ".txt")
                    .text("Chart note for the medical record").close().close();
        }
        if (!audience.redacted()) {
            out.open("div", "decide").attr("data-id", f.id()).close();
        }
        out.close(); // the body
        out.close(); // the details
    }

    private void summary(HtmlOut s, FindingStore.Stored stored, boolean fresh) {
        Finding f = stored.finding();
        chip(s, "badge", f.severity().id());
        chip(s, "score", score(f.score()));
        s.open("span", "who");
        if (f.counterparts().isEmpty()) {
            s.text("no counterpart identified");
        }
        for (int i = 0; i < f.counterparts().size(); i++) {
            if (i > 0) {
                s.text(", ");
            }
            s.open("bdi").text(audience.person(f.counterparts().get(i), false)).close();
        }
        s.close();
        s.text(" ");
        chip(s, "pf", f.platform().id() + " · " + f.visibility().id());
        chip(s, "day", audience.day(f.messages().get(0).at()));
        chip(s, "st", "status: " + f.status().id());
        if (fresh) {
            chip(s, "fresh", "new this run");
        }
        if (f.ownerEngaged()) {
            chip(s, "eng", "owner gave clinical advice");
        }
        s.open("span", "dec").close();
        s.text(" ");
        chip(s, "why", String.join(" · ", f.reasons()));
    }

    private static void chip(HtmlOut summary, String cls, String text) {
        summary.element("span", cls, text);
        summary.text(" ");
    }

    private void message(HtmlOut out, Message m, List<Signal> signals) {
        boolean owner = m.direction() == Direction.OUTBOUND;
        String label = ownerReply(owner, signals);
        out.open("div", "msg " + (owner ? "out" : "in") + (label != null ? " clin" : ""));
        out.open("div", "who");
        out.open("bdi").text(audience.person(m.author(), owner)).close();
        out.text((owner ? " (owner)" : "") + " · "
                + audience.when(m.at(), m.localTime()) + " · " + m.direction().id() + " · " + m.visibility().id());
        if (label != null) {
            out.element("span", "tag", label);
        }
        out.close();
        out.open("div", "text");
        SignalText.render(out, m.text(), signals, audience);
        out.close();
        if (!m.attachments().isEmpty()) {
            out.element("div", "att", m.attachments().size() + " attachment(s)"
                    + (audience.redacted() ? "" : ": " + String.join(", ", m.attachments())));
        }
        String source = audience.source(m.source().toString());
        if (source != null) {
            out.element("div", "src", source);
        }
        out.close();
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

    private static void legend(HtmlOut out, Finding f) {
        Map<String, Signal> rules = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (Signal s : f.signals()) {
            rules.putIfAbsent(s.rule(), s);
            counts.merge(s.rule(), 1, Integer::sum);
        }
        out.open("dl", "rules");
        for (Map.Entry<String, Signal> e : rules.entrySet()) {
            Signal s = e.getValue();
            out.open("dt").attr("data-rule", e.getKey()).element("mark", "k-" + SignalText.cssName(s.kind()), e.getKey()).close();
            out.open("dd").text(RuleGlossary.explain(s) + " · " + s.tag()
                    + (counts.get(e.getKey()) > 1 ? " · ×" + counts.get(e.getKey()) : "")).close();
        }
        out.close();
    }

    static String score(double score) {
        return score == Math.rint(score) ? String.format(java.util.Locale.ROOT, "%.1f", score) : String.valueOf(score);
    }
}
