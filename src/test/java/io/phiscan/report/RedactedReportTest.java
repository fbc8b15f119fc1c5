package io.phiscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report-redacted.html}: the same report with nothing that identifies a patient. */
class RedactedReportTest {
    @TempDir
    Path dir;
    String html;
    Document doc;

    @BeforeEach
    void render() throws IOException {
        Files.writeString(dir.resolve("warnings.csv"), "x");
        new HtmlReportWriter().write(ReportFixtures.report("R-NOW", dir), ReportHistory.none(), dir);
        html = Files.readString(dir.resolve(HtmlReportWriter.REDACTED_FILE));
        doc = Jsoup.parse(html);
    }

    @Test
    void noNameHandleIdentifierOrPreciseDateOfACounterpartRemains() {
        for (String phi : List.of("Rosa", "Vidal", "rosa_vidal_22", "Lucas", "Tomas", "Brennan", "tk_brennan", "02/09/2019",
                "555-867-1234", "tomas.b@example.org", "2025-03-04", "15:20", "/exports/hale!data", "data/direct-messages.js")) {
            assertThat(html).as("redacted page").doesNotContain(phi);
        }
        assertThat(html).doesNotContainPattern("\\b60[12]\\b");
    }

    @Test
    void identifiersAreMaskedByKindAndCounterpartsArePseudonyms() {
        String first = doc.selectFirst("details.f .msg .text").text();
        assertThat(first).isEqualTo("Hi Dr. Hale, this is [NAME], [NAME]'s mom. You saw him Monday. His fever is 103 and he is on "
                + "amoxicillin 5 ml. DOB [DOB], call me at [PHONE].");
        assertThat(doc.select("details.f .msg .text").get(1).text()).startsWith("[NAME], give him ibuprofen");
        assertThat(doc.select("details.f").get(1).selectFirst(".msg .text").text()).startsWith("[HANDLE] sorry your asthma");
        assertThat(doc.select("details.f").get(2).selectFirst(".msg .text").text()).endsWith("Email [EMAIL]");
        assertThat(doc.select("details.f summary .who").eachText()).containsExactly("Counterpart 1", "Counterpart 2",
                "Counterpart 2");
        assertThat(doc.select(".msg .who").get(1).text()).startsWith("Dr. Quinn Hale @DrQuinnHale (owner) · 2025 ·");
        assertThat(doc.select(".msg .who").get(0).text()).isEqualTo("Counterpart 1 · 2025 · inbound · direct");
    }

    @Test
    void theRedactedPageLinksToNoFileAndTakesNoDecision() {
        assertThat(doc.select("a[href]")).isEmpty();
        assertThat(doc.select("template, #bar, div.decide")).isEmpty();
        assertThat(doc.selectFirst("#skipped").text()).contains("only counts them");
        assertThat(doc.title()).startsWith("Redacted");
    }

    @Test
    void maskingCoversWhatTheDetectorMissed() {
        RedactedAudience audience = new RedactedAudience(ReportFixtures.report("R", dir).findings());
        assertThat(audience.text("write to a.b@mail.example or see https://x.example/p?q=1, born 3-14-2011, "
                + "chart 448812, ask @someone_else or Rosa; dose 5 ml, fever 102.5, 39 years"))
                .isEqualTo("write to [EMAIL] or see [URL] born [DATE], chart [NUMBER], ask [HANDLE] or [NAME]; dose 5 ml, "
                        + "fever 102.5, 39 years");
        assertThat(audience.text("thanks @DrQuinnHale")).isEqualTo("thanks @DrQuinnHale");
    }
}
