package io.phiscan.report;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The charts of a run of 122 findings over 21 months, 101 of them in one month, whose
 * counterparts have wide names: in capitals, in Chinese, in Arabic, with a bidi override shown as
 * its sign, and one of 5,000 characters. Drawn in headless Chromium, the labels of the
 * counterparts ran past the chart's left edge and were cut there ("isa ‹RLO›Vidal"), as were the
 * highest count left of the axis ("101" as "01") and, at the right edge, the last month under
 * the axis and the count after the longest bar. Every label is now drawn whole inside its chart,
 * a name that does not fit its box shortened with an ellipsis and its beginning in view.
 */
class ChartLabelsBrowserTest extends InChromium {
    static final List<Author> WIDE = List.of(new Author("701", "rosa_vidal_22", "Rosa \u202EVidal"),
            new Author("702", "wolfgang_wm", "WOLFGANG MAXIMILIAN WESTERHOLT-MÜLLER"),
            new Author("703", "wang_xm", "王小明王小明王小明王小明王小明王小明"),
            new Author("704", "m_hashimi", "محمد عبد الرحمن الهاشمي"),
            new Author("705", "tk_brennan", "Casey" + "x".repeat(5000)));
    Path dir;

    @BeforeAll
    void render(@TempDir Path tmp) throws IOException {
        if (!Chromium.installed()) {
            return;
        }
        dir = tmp.resolve("out");
        new RunOutputs().write(report(), ReportHistory.none(), dir);
        browser = Chromium.start(tmp.resolve("downloads"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.html", "report-redacted.html"})
    void everyLabelOfTheChartsIsDrawnWholeInsideItsChart(String file) {
        browser.get(dir.resolve(file).toUri().toString());
        Object outside = browser.executeScript("var out = [];"
                + "document.querySelectorAll('#charts svg').forEach(function (svg, c) {"
                + "  var box = svg.getBoundingClientRect();"
                + "  function inside(r) { return r.left >= box.left - 0.5 && r.right <= box.right + 0.5"
                + "      && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5; }"
                + "  svg.querySelectorAll('text, .label').forEach(function (e) {"
                + "    if (!inside(e.getBoundingClientRect())) out.push('chart ' + c + ': ' + e.textContent.slice(0, 40)); });"
                + "  svg.querySelectorAll('.label').forEach(function (e) {"
                + "    var s = getComputedStyle(e), r = document.createRange(), label = e.getBoundingClientRect();"
                + "    r.setStart(e.firstChild, 0); r.setEnd(e.firstChild, 1); var first = r.getBoundingClientRect();"
                + "    if (first.left < label.left - 0.5 || first.right > label.right + 0.5) out.push('begins out of view: ' + e.textContent.slice(0, 40));"
                + "    if (e.scrollWidth > e.clientWidth && (s.overflowX !== 'hidden' || s.textOverflow !== 'ellipsis'))"
                + "      out.push('cut without an ellipsis: ' + e.textContent.slice(0, 40)); });"
                + "});"
                + "return out;");
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("#charts svg"))).hasSize(3);
        assertThat(outside).as("labels drawn past their chart's edges").isEqualTo(List.of());
    }

    private RunReport report() {
        Author owner = new Author("1", "DrQuinnHale", "Dr. Quinn Hale");
        List<FindingStore.Stored> findings = new ArrayList<>();
        Instant march = Instant.parse("2025-03-04T15:20:00Z");
        for (int n = 0; n < 101; n++) {
            findings.add(stored(finding(findings.size(), WIDE.get(n % WIDE.size()), owner, march.plusSeconds(60L * n))));
        }
        for (int m = 1; m <= 20; m++) {
            Instant at = march.atZone(ZoneOffset.UTC).minusMonths(m).toInstant();
            findings.add(stored(finding(findings.size(), WIDE.get(m % WIDE.size()), owner, at)));
        }
        findings.add(stored(finding(findings.size(), new Author("706", "short_one", "Jo Li"), owner, march)));
        Instant started = Instant.parse("2025-06-01T02:00:00Z");
        RunStore.Run run = new RunStore.Run("R-CHART", "audit", started, started.plusSeconds(30), "practice-2",
                List.of("/exports/hale"), dir.toString());
        return new RunReport(run, started.plusSeconds(30), List.of(new RunStore.RunInput("/exports/hale", Platform.TWITTER,
                "DrQuinnHale", "x-2022", findings.size(), 0, 0, List.of())), findings, List.of(), List.of());
    }

    private static FindingStore.Stored stored(Finding f) {
        return new FindingStore.Stored(f, "R-CHART", "R-CHART");
    }

    private static Finding finding(int n, Author who, Author owner, Instant at) {
        String text = "Dr. Hale, you saw my son Monday. His fever is 103.";
        Message in = new Message("m" + n, Platform.TWITTER, "DrQuinnHale", "n" + n, "c" + n, null, at, false, who, List.of(owner),
                Direction.INBOUND, Visibility.DIRECT, text, List.of(), new SourceRef("/exports/hale", "data/direct-messages.js",
                "element " + n));
        Signal fever = new Signal(Signal.CLINICAL, "symptom", in.id(), text.indexOf("fever"), text.indexOf("fever") + 5,
                "fever", "clin.symptom");
        return new Finding(String.format("F-%016x", n), Platform.TWITTER, "DrQuinnHale", "tw-x-c" + n, Visibility.DIRECT,
                Severity.values()[n % 3], 9 - n % 3, false, Status.NEW, List.of(who), List.of(in), List.of(fever),
                List.of("a counterpart discussed a family member's care"), "practice-2");
    }
}
