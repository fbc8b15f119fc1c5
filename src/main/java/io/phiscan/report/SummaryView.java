package io.phiscan.report;

import io.phiscan.model.Platform;
import io.phiscan.model.Severity;
import io.phiscan.model.Status;
import io.phiscan.review.FindingStore;
import io.phiscan.review.RunStore;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Element;

/**
 * The top of the report, what a compliance officer reads first: findings by severity, status and
 * platform, what is new since the last run, the review backlog and how long it has waited, and
 * the reconciliation of every export read, with any problem in plain words. Stateless.
 */
final class SummaryView {
    private SummaryView() {
    }

    static void append(Element section, RunReport report, ReportHistory history) {
        section.appendElement("h2").text("Summary");
        String runId = report.run().id();
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        Map<Platform, Map<Severity, Integer>> byPlatform = new TreeMap<>();
        int fresh = 0;
        int[] ages = new int[4];
        int highBacklog = 0;
        Duration oldest = null;
        for (FindingStore.Stored stored : report.findings()) {
            Severity sev = stored.finding().severity();
            bySeverity.merge(sev, 1, Integer::sum);
            byStatus.merge(stored.finding().status(), 1, Integer::sum);
            byPlatform.computeIfAbsent(stored.finding().platform(), p -> new EnumMap<>(Severity.class)).merge(sev, 1, Integer::sum);
            fresh += stored.newIn(runId) ? 1 : 0;
            if (awaitsReview(stored.finding().status())) {
                Instant raised = history.startOf(stored.firstSeenRun()).orElse(report.run().startedAt());
                Duration age = Duration.between(raised, report.finishedAt());
                ages[bucket(age)]++;
                highBacklog += sev == Severity.HIGH ? 1 : 0;
                oldest = oldest == null || age.compareTo(oldest) > 0 ? age : oldest;
            }
        }
        Element cards = section.appendElement("div").addClass("cards");
        for (Severity s : Severity.values()) {
            card(cards, "sev-" + s.id(), bySeverity.getOrDefault(s, 0), s.id());
        }
        card(cards, "c-new", fresh, "new since the last run");
        int backlog = ages[0] + ages[1] + ages[2] + ages[3];
        card(cards, "c-backlog", backlog, "awaiting review");
        Element facts = section.appendElement("ul").addClass("facts");
        today(facts, report, highBacklog, backlog, fresh);
        int all = report.findings().size();
        if (fresh < all) {
            facts.appendElement("li").text(fresh + " of " + all + " findings were raised for the first time in this run; the other "
                    + (all - fresh) + " were raised by an earlier run and are raised again.");
        }
        if (backlog > 0) {
            facts.appendElement("li").addClass(ages[3] > 0 ? "warn" : "ok").text(backlog + " finding(s) await review (new or open). "
                    + "Waiting: " + ages[0] + " under a day, " + ages[1] + " 1–7 days, " + ages[2] + " 8–30 days, " + ages[3]
                    + " over 30 days; the oldest has waited " + days(oldest) + ".");
        } else {
            facts.appendElement("li").text("No finding awaits review.");
        }
        statusTable(section, byStatus);
        platformTable(section, byPlatform);
    }

    /** The first line: what needs the officer today, and whether every record was read. */
    private static void today(Element facts, RunReport report, int highBacklog, int backlog, int fresh) {
        Element li = facts.appendElement("li").addClass("today");
        li.appendElement("strong").text("Needs you today: ");
        li.appendText(backlog == 0 ? "nothing awaits review." : backlog + " finding(s) await review, " + highBacklog
                + " of them high severity; " + fresh + " finding(s) are new since the last run.");
        long skipped = report.inputs().stream().filter(RunStore.RunInput::counted).mapToLong(RunStore.RunInput::skipped).sum();
        long read = report.messages() + skipped + report.encrypted();
        long copies = report.inputs().stream().filter(i -> !i.counted()).count();
        facts.appendElement("li").addClass(skipped + report.encrypted() > 0 ? "warn" : "ok").text("Reconciliation: " + read
                + " record(s) read from " + report.inputs().size() + " export(s)"
                + (copies > 0 ? " (" + copies + " of them the same export as another, whose messages are counted once)" : "")
                + ": " + report.messages() + " indexed, " + skipped
                + " skipped as unreadable, " + report.encrypted() + " encrypted and not readable."
                + (skipped + report.encrypted() > 0 ? " What was not read was not audited: see Exports read below." : ""));
    }

    static boolean awaitsReview(Status s) {
        return s == Status.NEW || s == Status.OPEN;
    }

    private static int bucket(Duration age) {
        long d = age.toDays();
        return age.toHours() < 24 ? 0 : d <= 7 ? 1 : d <= 30 ? 2 : 3;
    }

    private static String days(Duration d) {
        long days = d.toDays();
        return days == 0 ? "less than a day" : days == 1 ? "1 day" : days + " days";
    }

    private static void card(Element cards, String cls, int n, String label) {
        Element card = cards.appendElement("div").addClass("card").addClass(cls);
        card.appendElement("span").addClass("n").text(String.valueOf(n));
        card.appendText(" ");
        card.appendElement("span").addClass("l").text(label);
    }

    private static void statusTable(Element section, Map<Status, Integer> byStatus) {
        Element table = section.appendElement("table").addClass("small");
        table.appendElement("caption").text("Findings by review status");
        Element head = table.appendElement("thead").appendElement("tr");
        Element row = table.appendElement("tbody").appendElement("tr");
        for (Status s : Status.values()) {
            head.appendElement("th").text(s.id());
            row.appendElement("td").addClass("num").text(String.valueOf(byStatus.getOrDefault(s, 0)));
        }
    }

    private static void platformTable(Element section, Map<Platform, Map<Severity, Integer>> byPlatform) {
        Element table = section.appendElement("table").addClass("small");
        table.appendElement("caption").text("Findings by platform and severity");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("platform");
        for (Severity s : Severity.values()) {
            head.appendElement("th").text(s.id());
        }
        head.appendElement("th").text("all");
        Element body = table.appendElement("tbody");
        if (byPlatform.isEmpty()) {
            body.appendElement("tr").appendElement("td").attr("colspan", "5").text("no findings");
        }
        for (Map.Entry<Platform, Map<Severity, Integer>> e : byPlatform.entrySet()) {
            Element tr = body.appendElement("tr");
            tr.appendElement("td").text(e.getKey().id());
            int all = 0;
            for (Severity s : Severity.values()) {
                int n = e.getValue().getOrDefault(s, 0);
                all += n;
                tr.appendElement("td").addClass("num").text(String.valueOf(n));
            }
            tr.appendElement("td").addClass("num").text(String.valueOf(all));
        }
    }

    /** The exports read, one row each, with what went wrong in plain words. */
    static void reconciliation(Element section, RunReport report, Audience audience) {
        section.appendElement("h2").text("Exports read");
        if (audience.redacted()) {
            section.appendElement("p").text("Export paths are left out and the notes about the exports only counted: "
                    + "file paths can carry names, and the notes quote them.");
        }
        Element table = section.appendElement("table");
        Element tr = table.appendElement("thead").appendElement("tr");
        for (String h : new String[] {"export", "platform", "account", "layout", "read", "indexed", "skipped",
                "encrypted", "what to know"}) {
            tr.appendElement("th").text(h);
        }
        Element tbody = table.appendElement("tbody");
        int number = 0;
        for (RunStore.RunInput in : report.inputs()) {
            Element row = tbody.appendElement("tr");
            // a path wraps after a slash or where text wraps, never inside a word, unless a word of it is longer than a column can take
            LongWords.appendWrapping(row.appendElement("td"), audience.export(in.path(), ++number), true);
            // platforms and layouts are phiscan's own words: broken at their hyphens, never inside a word
            row.appendElement("td").addClass("term").text(in.platform().id());
            // an account wraps where text wraps, never inside a word, unless it holds a word longer than a column can take
            row.appendElement("td").addClass(LongWords.hasLongWord(in.account()) ? "long" : "name").text(in.account());
            row.appendElement("td").addClass("term").text(in.layout());
            row.appendElement("td").addClass("num").text(String.valueOf(in.messages() + in.skipped() + in.encrypted()));
            row.appendElement("td").addClass("num").text(String.valueOf(in.messages()));
            row.appendElement("td").addClass("num").text(String.valueOf(in.skipped()));
            row.appendElement("td").addClass("num").text(String.valueOf(in.encrypted()));
            Element problems = row.appendElement("td").appendElement("ul").addClass("plain");
            int n = 0;
            if (in.skipped() > 0) {
                problems.appendElement("li").addClass("warn").text(in.skipped() + " record(s) could not be read and were skipped: "
                        + (audience.redacted() ? "they are listed in skipped.csv." : "see the list below and skipped.csv."));
                n++;
            }
            if (in.encrypted() > 0) {
                problems.appendElement("li").addClass("warn").text(in.encrypted()
                        + " encrypted message(s) are in the export but cannot be read: they were not audited.");
                n++;
            }
            if (in.messages() == 0 && in.encrypted() == 0) {
                problems.appendElement("li").addClass("warn").text("No message was found in this export: check that it is the export you meant.");
                n++;
            }
            if (!audience.redacted()) {
                for (String note : in.notes()) {
                    LongWords.appendWrapping(problems.appendElement("li"), note, false);
                    n++;
                }
            } else if (!in.notes().isEmpty()) {
                problems.appendElement("li").text(notesLeftOut(in.notes().size(), "this export"));
                n++;
            }
            if (n == 0) {
                problems.appendElement("li").addClass("ok").text("Every record was read and indexed.");
            }
        }
        if (report.inputs().isEmpty()) {
            tbody.appendElement("tr").appendElement("td").attr("colspan", "9").text("This run read no export.");
        }
    }

    /** What the redacted page says in place of phiscan's notes, which can quote an export's path and the names of its files. */
    static String notesLeftOut(int count, String about) {
        return count + " note(s) about " + about + ": see the full report.";
    }
}
