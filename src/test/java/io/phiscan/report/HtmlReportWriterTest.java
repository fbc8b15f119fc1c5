package io.phiscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.review.RunStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the officer sees in {@code report.html}: summary, charts, conversations, links; and that the page stays self-contained. */
class HtmlReportWriterTest {
    @TempDir
    Path dir;

    Document render() throws IOException {
        RunReport report = ReportFixtures.report("R-NOW", dir);
        RunStore.Run earlier = ReportFixtures.run("R-EARLIER", Instant.parse("2025-04-20T02:00:00Z"), dir.resolve("old"));
        new HtmlReportWriter().write(report, new ReportHistory(List.of(earlier, report.run())), dir);
        return Jsoup.parse(dir.resolve(HtmlReportWriter.FILE).toFile(), "UTF-8");
    }

    @Test
    void thePageFetchesNothingAndAdmitsOnlyItsOwnScriptAndStyleByHash() throws Exception {
        Document doc = render();
        String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(csp).startsWith("default-src 'none';").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval")
                .contains("script-src '" + hash(doc.selectFirst("script").data()) + "'")
                .contains("style-src '" + hash(doc.selectFirst("style").data()) + "'");
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("[src], link, iframe, object, embed, img")).isEmpty();
        assertThat(doc.select("[style]")).isEmpty();
        assertThat(doc.select("a[href]").eachAttr("href")).allSatisfy(h -> assertThat(h).doesNotContain(":").doesNotStartWith("/"));
    }

    private static String hash(String s) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSummaryCountsSeverityStatusNewBacklogAndReconciliation() throws IOException {
        Document doc = render();
        assertThat(doc.select("#summary .card").eachText()).containsExactly("1 high", "1 medium", "1 low",
                "1 new since the last run", "2 awaiting review");
        assertThat(doc.select("#summary .facts").text()).contains("1 of 3 findings were raised for the first time in this run")
                .contains("2 finding(s) await review").contains("1 over 30 days").contains("the oldest has waited 42 days");
        assertThat(doc.select("#summary table").first().select("td").eachText()).containsExactly("2", "0", "1", "0", "0");
        Element row = doc.selectFirst("#inputs tbody tr");
        assertThat(row.select("td").eachText().subList(0, 8))
                .containsExactly("/exports/hale", "twitter", "DrQuinnHale", "x-2022", "123", "120", "1", "2");
        assertThat(row.text()).contains("1 record(s) could not be read and were skipped")
                .contains("2 encrypted message(s) are in the export but cannot be read: they were not audited.");
        assertThat(doc.select("header .meta").text()).contains("Run R-NOW").contains("policy practice-2");
    }

    @Test
    void findingsComeHighestScoreFirstEachAsAConversation() throws IOException {
        Document doc = render();
        Elements findings = doc.select("details.f");
        assertThat(findings.eachAttr("id")).containsExactly("F-aaaa000000000001", "F-bbbb000000000002", "F-cccc000000000003");
        assertThat(findings.first().hasAttr("open")).isTrue();
        assertThat(findings.eachAttr("data-sev")).containsExactly("high", "medium", "low");
        assertThat(findings.eachAttr("data-st")).containsExactly("new", "new", "confirmed");
        assertThat(findings.eachAttr("data-new")).containsExactly("1", "0", "0");
        Element first = findings.first();
        assertThat(first.selectFirst("summary .who").text()).isEqualTo("Rosa Vidal @rosa_vidal_22");
        assertThat(first.selectFirst("summary .eng").text()).isEqualTo("owner gave clinical advice");
        Elements msgs = first.select(".msg");
        assertThat(msgs).hasSize(2);
        assertThat(msgs.get(0).classNames()).contains("in").doesNotContain("clin");
        assertThat(msgs.get(0).selectFirst(".who").text()).isEqualTo("Rosa Vidal @rosa_vidal_22 · 2025-03-04 15:20 UTC · inbound · direct");
        assertThat(msgs.get(1).classNames()).contains("out", "clin");
        assertThat(msgs.get(1).selectFirst(".tag").text()).isEqualTo("the owner's clinical advice");
        assertThat(findings.get(1).selectFirst(".msg .tag").text()).isEqualTo("clinical content in the owner's reply");
    }

    @Test
    void everySignalIsMarkedInTheTextWithItsRuleExplainedBesideIt() throws IOException {
        Element first = render().selectFirst("details.f");
        Elements marks = first.select(".msg mark[data-rule]");
        assertThat(marks).hasSize(11);
        Element family = first.selectFirst("mark[data-rule=rel.family]");
        assertThat(family.text()).isEqualTo("Lucas's mom");
        assertThat(family.selectFirst("mark[data-rule=id.name]").text()).isEqualTo("Lucas");
        assertThat(first.selectFirst("mark[data-rule=id.dob]").text()).isEqualTo("02/09/2019");
        assertThat(first.select(".msg .text").first().text()).startsWith("Hi Dr. Hale, this is Rosa, Lucas's mom.");
        assertThat(first.select("dl.rules dt").eachAttr("data-rule")).containsExactly("clin.dose", "clin.medication",
                "clin.symptom", "id.dob", "id.name", "id.phone", "rel.family", "rel.prior-care", "resp.instruction");
        assertThat(first.select("dl.rules dd").get(3).text()).startsWith("a date of birth");
        assertThat(first.select("dl.rules dd").get(1).text()).endsWith("×2");
    }

    @Test
    void linksGoOnlyToTheRunsFilesThatExist() throws IOException {
        Document without = render();
        assertThat(without.select("nav.files a").eachAttr("href")).containsExactly("report-redacted.html", "manifest.sha256");
        assertThat(without.select("a[href^=notes/]")).isEmpty();
        Files.writeString(dir.resolve("warnings.csv"), "x");
        Files.writeString(dir.resolve("blocklist-twitter.csv"), "x");
        Files.createDirectories(dir.resolve("notes"));
        Files.writeString(dir.resolve("notes/F-aaaa000000000001.txt"), "x");
        Files.writeString(dir.resolve("findings.json"), "{}");
        Document with = render();
        assertThat(with.select("nav.files a").eachAttr("href")).containsExactly("report-redacted.html", "warnings.csv",
                "blocklist-twitter.csv", "notes/", "findings.json", "manifest.sha256");
        assertThat(with.select("a[href^=notes/F-]").eachAttr("href")).containsExactly("notes/F-aaaa000000000001.txt");
    }

    @Test
    void chartsAreInlineSvgOverTimeByPlatformAndTopCounterparts() throws IOException {
        Document doc = render();
        assertThat(doc.select("#charts figcaption").eachText()).containsExactly(
                "Findings over time (when the exchange began)", "Findings by platform", "Counterparts with the most findings");
        assertThat(doc.select("#charts svg")).hasSize(3);
        Element time = doc.select("#charts svg").get(0);
        assertThat(time.select("text").eachText()).contains("2025-03", "0", "1");
        assertThat(time.select("rect > title").eachText()).containsExactly("2025-03: 1 high", "2025-04: 1 medium",
                "2025-05: 1 low");
        Element people = doc.select("#charts svg").get(2);
        assertThat(people.select("g > title").eachText()).containsExactly("Tomas Brennan @tk_brennan",
                "Rosa Vidal @rosa_vidal_22");
        assertThat(people.select("div.label").eachText()).containsExactly("Tomas Brennan @tk_brennan",
                "Rosa Vidal @rosa_vidal_22");
    }

    @Test
    void decisionControlsCarryTheCsvHeaderThatReviewImportReads() throws IOException {
        Document doc = render();
        assertThat(doc.selectFirst("#bar").attr("data-header")).isEqualTo("finding_id,decision,reason");
        assertThat(doc.select("template#t-decide button[data-d]").eachAttr("data-d")).containsExactly("confirm", "dismiss",
                "escalate");
        assertThat(doc.select("div.decide").eachAttr("data-id")).hasSize(3);
    }

    @Test
    void bothPagesAreReadableByTheirOwnerOnly() throws IOException {
        render();
        for (String f : List.of(HtmlReportWriter.FILE, HtmlReportWriter.REDACTED_FILE)) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(f))))
                    .as(f).isEqualTo("rw-------");
        }
    }
}
