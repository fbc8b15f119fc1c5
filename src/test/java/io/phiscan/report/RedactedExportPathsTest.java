package io.phiscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Platform;
import io.phiscan.review.RunStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The redacted page's "Exports read" table printed each export's path and phiscan's notes about
 * it, and the page listed the run's general notes: a path can carry a person's name (a folder
 * "Jane Doe archive"), and a note can quote an entry of the archive named after a counterpart
 * (Facebook's {@code messages/inbox/johnsmith_10154/}). The redacted page numbers the exports
 * and only counts the notes; the full page still shows both.
 */
class RedactedExportPathsTest {
    static final String PATH = "/exports/Jane Doe archive/facebook-janedoe.zip";
    static final String COPY = "/exports/Jane Doe archive/copy of facebook-janedoe.zip";
    static final String ENTRY = "messages/inbox/johnsmith_10154/message_1.json";
    static final String NOTE = ENTRY + " holds a thread this export also has in HTML: the JSON was read";

    @TempDir
    Path dir;
    Document full;
    Document redacted;
    String redactedHtml;

    @BeforeEach
    void render() throws IOException {
        RunReport fixture = ReportFixtures.report("R-NOW", dir);
        List<RunStore.RunInput> inputs = List.of(
                new RunStore.RunInput(PATH, Platform.FACEBOOK, "DrQuinnHale", "meta-json", 40, 0, 0, List.of(NOTE)),
                new RunStore.RunInput(COPY, Platform.FACEBOOK, "DrQuinnHale", "meta-json", 40, 0, 0,
                        List.of("the same export as " + PATH + " (the same files read for messages, byte for byte): its 40 "
                                + "message(s) are indexed once, and counted once in the run's totals"), PATH));
        // the run's notes as the report step makes them: each export's own notes after its path, then the run's
        List<String> notes = new ArrayList<>();
        inputs.forEach(in -> in.notes().forEach(n -> notes.add(in.path() + ": " + n)));
        notes.add(PATH + ": 3 of 4 files unchanged since run R-EARLIER, not indexed again (their counts are carried from that run)");
        notes.add("this run's scoring changed no finding");
        RunReport report = new RunReport(fixture.run(), fixture.finishedAt(), inputs, fixture.findings(), List.of(), notes);
        new HtmlReportWriter().write(report, ReportHistory.none(), dir);
        full = Jsoup.parse(dir.resolve(HtmlReportWriter.FILE).toFile(), "UTF-8");
        redactedHtml = Files.readString(dir.resolve(HtmlReportWriter.REDACTED_FILE));
        redacted = Jsoup.parse(redactedHtml);
    }

    @Test
    void theRedactedPageShowsNoExportPathAndNoNoteThatQuotesOne() {
        for (String page : List.of(redactedHtml, redacted.text())) {
            for (String phi : List.of(PATH, COPY, ENTRY, "johnsmith", "Jane Doe", "janedoe", "/exports/")) {
                assertThat(page).as("redacted page").doesNotContainIgnoringCase(phi);
            }
        }
    }

    @Test
    void theRedactedPageNumbersTheExportsAndCountsTheirNotes() {
        assertThat(redacted.select("#inputs tbody tr td:eq(0)").eachText()).containsExactly("export 1", "export 2");
        // each number kept on the line of its word in the narrow column
        assertThat(redacted.select("#inputs tbody tr td:eq(0)").outerHtml()).contains("export&nbsp;1").contains("export&nbsp;2");
        assertThat(redacted.select("#inputs tbody tr").get(0).select("li").eachText())
                .containsExactly("1 note(s) about this export: see the full report.");
        assertThat(redacted.select("#inputs > ul.facts li").eachText())
                .containsExactly("2 note(s) about this run: see the full report.");
        assertThat(redacted.selectFirst("#inputs").text()).contains("paths can carry names");
    }

    @Test
    void theFullPageStillShowsThePathsAndTheNotes() {
        assertThat(full.select("#inputs tbody tr td:eq(0)").eachText()).containsExactly(PATH, COPY);
        assertThat(full.select("#inputs tbody tr").get(0).text()).contains(NOTE);
        assertThat(full.select("#inputs > ul.facts li").eachText()).containsExactly(
                PATH + ": 3 of 4 files unchanged since run R-EARLIER, not indexed again (their counts are carried from that run)",
                "this run's scoring changed no finding");
    }
}
