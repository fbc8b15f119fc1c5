package io.phiscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.report.Chromium;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report of {@code audit sample-data}, opened in headless Chromium as the officer opens it:
 * the filters change the findings shown, and decisions taken with the buttons download as a
 * decisions CSV in the format {@code phiscan review import} reads ({@code finding_id,decision,reason});
 * where this build has {@code review import}, the test also applies the downloaded file with it.
 * With {@code -Dphiscan.screenshots=DIR} it also saves the screenshots the README shows, of the
 * report of all of sample-data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleReportBrowserTest {
    Path out;
    Path ws;
    Path downloads;
    String runId;
    ChromeDriver browser;

    @BeforeAll
    void auditAndOpen(@TempDir Path tmp) {
        if (!Chromium.installed()) {
            return;
        }
        out = tmp.resolve("out");
        downloads = tmp.resolve("downloads");
        ws = tmp.resolve("ws");
        Cli audit = Cli.run("audit", "sample-data/twitter", "--workspace", ws.toString(), "--out", out.toString());
        assertThat(audit.exitCode()).as(audit.err()).isZero();
        Matcher m = Pattern.compile("run (\\S+) completed").matcher(audit.out());
        assertThat(m.find()).isTrue();
        runId = m.group(1);
        browser = Chromium.start(downloads);
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void open() {
        Chromium.assumeInstalled();
        browser.get(out.resolve("report.html").toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("tools")).isDisplayed());
    }

    List<String> shown() {
        return browser.findElements(By.cssSelector("details.f")).stream().filter(WebElement::isDisplayed)
                .map(e -> e.findElement(By.cssSelector("summary .who")).getText()).toList();
    }

    @Test
    void theFiltersChangeTheFindingsShown() {
        assertThat(shown()).containsExactly("James Whitfield @jwhitfield_runs", "Maria Gonzalez @maria_g_1987",
                "Ana Lucía Herrera @analu_herrera", "Maria Gonzalez @maria_g_1987");
        assertThat(browser.findElement(By.id("shown")).getText()).isEqualTo("4 findings");
        browser.findElement(By.cssSelector("input[name=sev][value=medium]")).click();
        assertThat(shown()).containsExactly("James Whitfield @jwhitfield_runs", "Maria Gonzalez @maria_g_1987");
        assertThat(browser.findElement(By.id("shown")).getText()).isEqualTo("Showing 2 of 4 findings");
        browser.findElement(By.cssSelector("input[name=sev][value=medium]")).click();
        browser.findElement(By.cssSelector("input[name=sev][value=high]")).click();
        assertThat(shown()).containsExactly("Ana Lucía Herrera @analu_herrera", "Maria Gonzalez @maria_g_1987");
        browser.findElement(By.cssSelector("input[name=sev][value=high]")).click();

        new Select(browser.findElement(By.id("f-st"))).selectByValue("confirmed");
        assertThat(shown()).isEmpty();
        new Select(browser.findElement(By.id("f-st"))).selectByValue("new open");
        assertThat(shown()).hasSize(4);
        new Select(browser.findElement(By.id("f-pf"))).selectByValue("twitter");
        assertThat(shown()).hasSize(4);
        assertThat(new Select(browser.findElement(By.id("f-pf"))).getOptions()).extracting(WebElement::getText)
                .containsExactly("all", "twitter");

        WebElement q = browser.findElement(By.id("f-q"));
        q.sendKeys("ibuprofeno");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> shown().size() == 1);
        assertThat(shown()).containsExactly("Ana Lucía Herrera @analu_herrera");
        q.clear();
        q.sendKeys("fever");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> shown().size() == 2);
        assertThat(shown()).containsExactly("Maria Gonzalez @maria_g_1987", "Maria Gonzalez @maria_g_1987");
    }

    @Test
    void decisionsDownloadAsTheCsvThatReviewImportReads() throws Exception {
        List<WebElement> findings = browser.findElements(By.cssSelector("details.f"));
        String[] ids = findings.stream().map(f -> f.getAttribute("id")).toArray(String[]::new);
        Chromium.click(browser, findings.get(0).findElement(By.cssSelector("button[data-d=confirm]")));
        assertThat(findings.get(0).findElement(By.cssSelector("summary .dec")).getText()).isEqualTo("to be confirmed");

        Chromium.click(browser, findings.get(1).findElement(By.tagName("summary")));
        Chromium.click(browser, findings.get(1).findElement(By.cssSelector("button[data-d=dismiss]")));
        Chromium.click(browser, findings.get(1).findElement(By.cssSelector(".reason .save")));
        assertThat(findings.get(1).findElement(By.cssSelector("summary .dec")).getText()).as("no reason, no dismissal").isEmpty();
        findings.get(1).findElement(By.cssSelector(".reason input")).sendKeys("=practice's own reply, handled by phone");
        Chromium.click(browser, findings.get(1).findElement(By.cssSelector(".reason .save")));

        Chromium.click(browser, findings.get(2).findElement(By.tagName("summary")));
        Chromium.click(browser, findings.get(2).findElement(By.cssSelector("button[data-d=escalate]")));
        findings.get(2).findElement(By.cssSelector(".reason input")).sendKeys("privacy officer, \"urgent\"\n");
        assertThat(browser.findElement(By.id("n-dec")).getText()).isEqualTo("3 decisions not yet applied");

        Chromium.click(browser, browser.findElement(By.id("dl")));
        Path csv = downloads.resolve("decisions-" + runId + ".csv");
        // the file can show before its bytes are written: wait for its header
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Files.isRegularFile(csv) && sizeOf(csv) > 0);
        String text = Files.readString(csv);
        assertThat(text).startsWith("finding_id,decision,reason\r\n");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(rows).extracting(r -> r.get("finding_id") + "|" + r.get("decision") + "|" + r.get("reason")).containsExactly(
                ids[0] + "|confirm|", ids[1] + "|dismiss|'=practice's own reply, handled by phone",
                ids[2] + "|escalate|privacy officer, \"urgent\"");
        String json = Files.readString(out.resolve("findings.json"));
        for (CSVRecord r : rows) {
            assertThat(json).contains("\"id\":\"" + r.get("finding_id") + "\"");
        }
        Cli imported = Cli.run("review", "import", csv.toString(), "--by", "Test Officer", "--workspace", ws.toString());
        assertThat(imported.exitCode()).as(imported.out() + imported.err()).isZero();
        assertThat(Cli.run("review", "show", ids[0], "--workspace", ws.toString()).out()).contains("confirmed");
        assertThat(Cli.run("review", "show", ids[1], "--workspace", ws.toString()).out()).contains("dismissed");
        assertThat(Cli.run("review", "show", ids[2], "--workspace", ws.toString()).out()).contains("escalated");
    }

    /** The README's pictures, of the report of all of sample-data: its first screen, and a finding opened. */
    @Test
    void screenshotsForTheReadme(@TempDir Path tmp) throws IOException {
        String target = System.getProperty("phiscan.screenshots");
        if (target == null) {
            return;
        }
        Path dir = Files.createDirectories(Path.of(target));
        Path all = tmp.resolve("out");
        Cli audit = Cli.run("audit", "sample-data", "--workspace", tmp.resolve("ws").toString(), "--out", all.toString());
        assertThat(audit.exitCode()).as(audit.err()).isZero();
        browser.get(all.resolve("report.html").toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("tools")).isDisplayed());
        Files.write(dir.resolve("report-first-screen.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1400));
        // the finding the README's review examples name: a parent's questions and the owner's advice, both sides
        WebElement finding = browser.findElement(By.id("F-71c327af91dbff76"));
        browser.executeScript("arguments[0].open = true; arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -200)",
                finding);
        Files.write(dir.resolve("report-finding.png"), finding.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
