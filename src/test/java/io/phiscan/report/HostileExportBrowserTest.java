package io.phiscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
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
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A report rendered from an export whose messages, names, handles, thread titles, paths and
 * reasons hold {@link HostilePayloads}, opened in headless Chromium: nothing runs, nothing is
 * fetched, nothing is injected, and every payload reads as the text it is. The page is loaded
 * as written (under its Content-Security-Policy) and again with that policy removed, so that
 * escaping alone is shown to hold.
 */
class HostileExportBrowserTest extends InChromium {
    static final String TITLE = "phiscan report R-HOSTILE";
    Path dir;
    HttpServer server;
    final List<String> hits = new CopyOnWriteArrayList<>();
    List<String> payloads;

    @BeforeAll
    void render(@TempDir Path tmp) throws IOException {
        if (!Chromium.installed()) {
            return;
        }
        dir = tmp.resolve("out");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            hits.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        payloads = HostilePayloads.all("http://127.0.0.1:" + server.getAddress().getPort());
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates();
        new RunOutputs().write(report(), ReportHistory.none(), dir);
        String page = Files.readString(dir.resolve(HtmlReportWriter.FILE));
        String meta = "<meta http-equiv=\"Content-Security-Policy\" content=\"" + ReportPage.CSP.replace("'", "'") + "\">";
        assertThat(page).contains(meta);
        Files.writeString(dir.resolve("report-without-csp.html"), page.replace(meta, ""));
        browser = Chromium.start(tmp.resolve("downloads"));
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Every payload in every place an export fills: message text (with signals over it), names, handles, thread ids. */
    RunReport report() {
        Author owner = new Author("1", "owner", "Dr. Owner");
        List<FindingStore.Stored> findings = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            String p = payloads.get(i);
            Author who = new Author(p, p.replace(' ', '_'), p);
            String text = "Before " + p + " after, my son has a fever. " + p;
            Message in = new Message("m" + i, Platform.TWITTER, p, p, p, p, Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i),
                    false, who, List.of(owner), Direction.INBOUND, Visibility.DIRECT, text, List.of(p),
                    new SourceRef(p, p, p));
            Message out = new Message("o" + i, Platform.TWITTER, p, p, p, p, Instant.parse("2025-01-01T01:00:00Z").plusSeconds(i),
                    false, owner, List.of(who), Direction.OUTBOUND, Visibility.PUBLIC, "@" + p + " give him " + p, List.of(),
                    new SourceRef(p, p, p));
            int at = text.indexOf(p);
            List<Signal> signals = List.of(new Signal(Signal.IDENTIFIER, "name", in.id(), at, at + p.length(), p, "id.name"),
                    new Signal(Signal.CLINICAL, "symptom", in.id(), text.indexOf("fever"), text.indexOf("fever") + 5, "fever",
                            "clin.symptom"),
                    new Signal("response", "advice", out.id(), 1, 1 + p.length(), p, "resp.instruction"));
            Finding f = new Finding("F-" + String.format("%016d", i), Platform.TWITTER, p, "tw-x-" + i, Visibility.PUBLIC,
                    Severity.values()[i % 3], 10 - i / 10.0, true, Status.NEW, List.of(who), List.of(in, out), signals,
                    List.of(p), p);
            findings.add(new FindingStore.Stored(f, "R-HOSTILE", "R-HOSTILE"));
        }
        RunStore.Run run = new RunStore.Run("R-HOSTILE", "audit", Instant.parse("2025-02-01T00:00:00Z"), null,
                payloads.get(0), payloads, dir.toString());
        List<RunStore.RunInput> inputs = payloads.stream()
                .map(p -> new RunStore.RunInput(p, Platform.TWITTER, p, p, 3, 1, 0, List.of(p))).toList();
        List<RunStore.Skipped> skipped = payloads.stream().map(p -> new RunStore.Skipped(p, p, p)).toList();
        return new RunReport(run, Instant.parse("2025-02-01T00:01:00Z"), inputs, findings, skipped, payloads);
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.html", "report-redacted.html", "report-without-csp.html"})
    void nothingRunsNothingIsFetchedNothingIsInjected(String file) throws InterruptedException {
        hits.clear();
        browser.get(dir.resolve(file).toUri().toString());
        interact();
        Thread.sleep(800);
        assertThat(hits).as("requests to the watching server").isEmpty();
        assertThat(browser.getTitle()).isEqualTo(file.equals("report-redacted.html") ? "Redacted " + TITLE : TITLE);
        assertThat(browser.executeScript("return window.__pwned === undefined")).isEqualTo(true);
        assertThat(count("script")).isEqualTo(1L);
        assertThat(count("style")).isEqualTo(1L);
        assertThat(count("meta")).isEqualTo(file.equals("report-without-csp.html") ? 3L : 4L);
        assertThat(count("img, iframe, object, embed, video, audio, source, form, base, link, input[autofocus], marquee, "
                + "math, xmp, noscript, [style], [srcdoc], [srcset], #xss-link, #xss-form, svg a, svg animate")).isZero();
        assertThat(browser.executeScript("return Array.from(document.querySelectorAll('*')).flatMap(e => "
                + "Array.from(e.attributes)).filter(a => a.name.startsWith('on') || /^\\s*javascript:/i.test(a.value)).length"))
                .isEqualTo(0L);
        assertThat(Chromium.console(browser)).as("console").filteredOn(l -> l.startsWith("SEVERE") || l.startsWith("WARNING"))
                .isEmpty();
        assertThat(browser.findElement(By.id("tools")).isDisplayed()).as("the page's own script ran").isTrue();
    }

    private long count(String selector) {
        return (Long) browser.executeScript("return document.querySelectorAll(arguments[0]).length", selector);
    }

    /** What an officer does on the page: open everything, hover the marks, filter, decide. */
    private void interact() {
        browser.findElement(By.id("open-all")).click();
        Actions hover = new Actions(browser);
        browser.findElements(By.cssSelector("details.f mark")).stream().limit(15).forEach(m -> hover.moveToElement(m).perform());
        WebElement q = browser.findElement(By.id("f-q"));
        q.sendKeys("onerror");
        q.clear();
        List<WebElement> confirm = browser.findElements(By.cssSelector("button[data-d=confirm]"));
        if (!confirm.isEmpty()) {
            Chromium.click(browser, confirm.get(0));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.html", "report-without-csp.html"})
    void everyPayloadReadsAsTheTextItIs(String file) {
        browser.get(dir.resolve(file).toUri().toString());
        browser.findElement(By.id("open-all")).click();
        List<WebElement> texts = browser.findElements(By.cssSelector("details.f .msg.in .text"));
        assertThat(texts).hasSize(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            String p = payloads.get(i).replace("\u0000", "\uFFFD");
            String shown = (String) browser.executeScript("return arguments[0].textContent", texts.get(i));
            assertThat(shown).isEqualTo("Before " + p + " after, my son has a fever. " + p);
            String mark = (String) browser.executeScript(
                    "return arguments[0].querySelector('mark[data-rule=\"id.name\"]').textContent", texts.get(i));
            assertThat(mark).isEqualTo(p);
        }
        List<String> who = browser.findElements(By.cssSelector("details.f summary .who")).stream()
                .map(e -> (String) browser.executeScript("return arguments[0].textContent", e)).toList();
        assertThat(who).hasSize(payloads.size()).allSatisfy(w -> assertThat(payloads.stream()
                .anyMatch(p -> w.startsWith(p.replace("\u0000", "\uFFFD").strip())) || w.contains("@")).isTrue());
    }
}
