package io.phiscan.report;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Finding;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.Severity;
import io.phiscan.model.Signal;
import io.phiscan.model.SourceRef;
import io.phiscan.model.Status;
import io.phiscan.model.Visibility;
import io.phiscan.review.FindingStore;
import io.phiscan.review.RunStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report at scale: a synthetic run of 100,000 messages read from 25 exports over 30 nightly
 * runs, with 2,000 findings (12,000 of the messages in their conversations, seeded), written and
 * opened in headless Chromium five times. Prints sizes and times; not part of {@code mvn verify}:
 * run it with {@code mvn -B -q test -Preport-bench}.
 */
class ReportBenchmark {
    static final int MESSAGES = 100_000;
    static final int FINDINGS = 2_000;
    static final int OPENS = 5;
    static final String[] ASKS = {"my son has had a fever of 102.5 since Tuesday, should I keep giving the amoxicillin 5 ml",
        "you saw my daughter last week for her asthma and the inhaler is out of refills, could you send a refill",
        "mi hijo tiene fiebre de 39 y vomitó dos veces, usted lo vio el lunes, le doy ibuprofeno?",
        "I'm your patient, the rash on my arm is back after the biopsy, is this normal",
        "at my appointment you said to stop the metformin if my sugar went under 90, it was 85 this morning"};
    static final String[] REPLIES = {"Please call the office so the nurse can go over it with you.",
        "Give her 2 puffs every 4 hours as needed and bring her in if it is not helping.",
        "I can't give medical advice here, please call the clinic tomorrow morning.",
        "Keep giving it twice a day and we will see him on Friday."};

    @Test
    void reportOfAHundredThousandMessagesWithTwoThousandFindings() throws Exception {
        Path dir = Path.of("target/report-bench").toAbsolutePath();
        Files.createDirectories(dir);
        RunReport report = report(new Random(20_261_126L), dir);
        for (Audience a : List.of(Audience.full(), new RedactedAudience(report.findings()))) {
            long t0 = System.nanoTime();
            int chars = new ReportPage(report, history(report), dir, a).html().length();
            System.out.printf(Locale.ROOT, "  %s rendered in %,d ms (%,d chars)%n", a.file(), (System.nanoTime() - t0) / 1_000_000, chars);
        }
        long written = System.nanoTime();
        new HtmlReportWriter().write(report, history(report), dir);
        long writeMs = (System.nanoTime() - written) / 1_000_000;
        int inConversations = report.findings().stream().mapToInt(f -> f.finding().messages().size()).sum();
        System.out.printf(Locale.ROOT, "report benchmark: %,d messages read, %,d findings, %,d messages in their conversations%n",
                report.messages(), report.findings().size(), inConversations);
        System.out.printf(Locale.ROOT, "  both pages written in %,d ms%n", writeMs);
        Chromium.assumeInstalled();
        ChromeDriver browser = Chromium.start(dir.resolve("downloads"));
        try {
            for (String file : List.of(HtmlReportWriter.FILE, HtmlReportWriter.REDACTED_FILE)) {
                measure(browser, dir.resolve(file));
            }
        } finally {
            browser.quit();
        }
    }

    private static void measure(ChromeDriver browser, Path page) throws IOException {
        double mb = Files.size(page) / 1_048_576.0;
        long[] wall = new long[OPENS];
        long[] load = new long[OPENS];
        long[] ready = new long[OPENS];
        long[] filter = new long[OPENS];
        for (int i = 0; i < OPENS; i++) {
            browser.get("about:blank");
            long t = System.nanoTime();
            browser.get(page.toUri().toString());
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.findElement(By.tagName("body")).getAttribute("data-ready") != null);
            wall[i] = (System.nanoTime() - t) / 1_000_000;
            load[i] = ((Number) browser.executeScript(
                    "return Math.round(performance.getEntriesByType('navigation')[0].loadEventEnd)")).longValue();
            ready[i] = Long.parseLong(browser.findElement(By.tagName("body")).getAttribute("data-ready"));
            filter[i] = ((Number) browser.executeScript("var t = performance.now(); var q = document.getElementById('f-q');"
                    + "q.value = 'inhaler'; document.getElementById('tools').dispatchEvent(new Event('change'));"
                    + "return Math.round(performance.now() - t)")).longValue();
        }
        Arrays.sort(wall);
        Arrays.sort(load);
        Arrays.sort(ready);
        Arrays.sort(filter);
        String shown = browser.findElement(By.id("shown")).getText();
        long openAll = ((Number) browser.executeScript("var t = performance.now(); document.getElementById('f-q').value = '';"
                + "document.getElementById('tools').dispatchEvent(new Event('change'));"
                + "document.getElementById('open-all').click(); void document.body.offsetHeight;"
                + "return Math.round(performance.now() - t)")).longValue();
        System.out.printf(Locale.ROOT, "  %s: %.2f MB (%,d bytes)%n", page.getFileName(), mb, Files.size(page));
        System.out.printf(Locale.ROOT, "    opened %d times: until the page's script is done (data-ready) median %,d ms, worst %,d ms;"
                + " load event median %,d ms, worst %,d ms; driver.get() wall clock median %,d ms, worst %,d ms%n",
                OPENS, ready[OPENS / 2], ready[OPENS - 1], load[OPENS / 2], load[OPENS - 1], wall[OPENS / 2], wall[OPENS - 1]);
        System.out.printf(Locale.ROOT, "    text filter over every finding: median %,d ms (%s); opening all %,d findings: %,d ms%n",
                filter[OPENS / 2], shown, FINDINGS, openAll);
        System.out.printf(Locale.ROOT, "    targets: under 15 MB %s, opens under 3 s %s%n", mb < 15 ? "yes" : "NO",
                wall[OPENS - 1] < 3000 ? "yes" : "NO");
    }

    static ReportHistory history(RunReport report) {
        List<RunStore.Run> runs = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            Instant at = report.run().startedAt().minus(Duration.ofDays(n));
            runs.add(new RunStore.Run("N" + n, "audit", at, at.plusSeconds(600), "practice-2", List.of(), "/nowhere/N" + n));
        }
        runs.add(report.run());
        return new ReportHistory(runs);
    }

    static RunReport report(Random rnd, Path out) {
        Platform[] platforms = Platform.values();
        Author owner = new Author("1", "DrBenchOwner", "Dr. Bench Owner");
        List<Author> people = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            people.add(new Author(String.valueOf(1_000_000 + i), "parent_" + i, "Parent" + i + " Family" + (i % 97)));
        }
        List<FindingStore.Stored> findings = new ArrayList<>();
        Instant start = Instant.parse("2023-01-01T00:00:00Z");
        for (int f = 0; f < FINDINGS; f++) {
            Author who = people.get(rnd.nextInt(people.size()));
            Platform pf = platforms[rnd.nextInt(platforms.length)];
            Visibility vis = rnd.nextInt(4) == 0 ? Visibility.PUBLIC : Visibility.DIRECT;
            int count = 1 + Math.min(19, (int) Math.round(-Math.log(1 - rnd.nextDouble()) * 5));
            Instant at = start.plus(Duration.ofMinutes(rnd.nextInt(60 * 24 * 1000)));
            List<Message> messages = new ArrayList<>();
            List<Signal> signals = new ArrayList<>();
            for (int m = 0; m < count; m++) {
                boolean inbound = m % 3 != 2;
                String text = inbound ? "Hi Dr. Owner, this is " + who.name().split(" ")[0] + ". " + ASKS[rnd.nextInt(ASKS.length)]
                        + (rnd.nextBoolean() ? " DOB 04/12/2015, call me at 555-201-" + (1000 + rnd.nextInt(8999)) + "." : "")
                        : REPLIES[rnd.nextInt(REPLIES.length)];
                String id = "m" + f + "-" + m;
                messages.add(new Message(id, pf, "DrBenchOwner", id, "c" + f, null, at.plusSeconds(m * 900L), false,
                        inbound ? who : owner, List.of(), inbound ? Direction.INBOUND : Direction.OUTBOUND, vis, text,
                        List.of(), new SourceRef("/exports/bench-" + pf.id() + ".zip", "messages/inbox/c" + f + ".json",
                                "element " + m)));
                for (String[] s : new String[][] {{"fever", "clinical", "symptom", "clin.symptom"},
                        {"amoxicillin", "clinical", "medication", "clin.medication"}, {"5 ml", "clinical", "dose", "clin.dose"},
                        {"my son", "relationship", "family", "rel.family"}, {"you saw my daughter", "relationship", "prior-care",
                        "rel.prior-care"}, {"04/12/2015", "identifier", "dob", "id.dob"}, {"555-201-", "identifier", "phone",
                        "id.phone"}, {"refill", "clinical", "care-request", "clin.care-request"}, {"every 4 hours", "response",
                        "advice", "resp.instruction"}, {"call the office", "response", "offline", "resp.offline"},
                        {"inhaler", "clinical", "medication", "clin.medication"}, {"fiebre", "clinical", "symptom", "clin.symptom"}}) {
                    int i = text.indexOf(s[0]);
                    if (i >= 0) {
                        signals.add(new Signal(s[1], s[2], id, i, i + s[0].length(), s[0], s[3]));
                    }
                }
            }
            Severity sev = rnd.nextInt(5) == 0 ? Severity.HIGH : rnd.nextInt(5) < 3 ? Severity.MEDIUM : Severity.LOW;
            Status st = Status.values()[rnd.nextInt(10) < 6 ? 0 : rnd.nextInt(Status.values().length)];
            Finding finding = new Finding(String.format("F-%016x", rnd.nextLong()), pf, "DrBenchOwner", "x-" + f, vis, sev,
                    Math.round(rnd.nextDouble() * 100) / 10.0, sev == Severity.HIGH, st, List.of(who), messages, signals,
                    List.of("a counterpart discussed a family member's care", "identifiers: dob, phone"), "practice-2");
            int firstSeen = rnd.nextInt(31);
            findings.add(new FindingStore.Stored(finding, firstSeen == 0 ? "BENCH" : "N" + firstSeen, "BENCH"));
        }
        findings.sort((a, b) -> Double.compare(b.finding().score(), a.finding().score()));
        List<RunStore.RunInput> inputs = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            inputs.add(new RunStore.RunInput("/exports/physician-" + i + ".zip", platforms[i % platforms.length], "dr" + i,
                    "layout", MESSAGES / 25, i % 7 == 0 ? 3 : 0, i % 5 == 0 ? 12 : 0, List.of()));
        }
        Instant now = Instant.parse("2026-01-15T02:00:00Z");
        return new RunReport(new RunStore.Run("BENCH", "audit", now, null, "practice-2", List.of(), out.toString()),
                now.plusSeconds(900), inputs, findings, List.of(), List.of());
    }
}
