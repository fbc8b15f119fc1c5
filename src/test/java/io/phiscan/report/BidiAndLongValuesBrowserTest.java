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
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Two findings, opened in headless Chromium. In the first, the counterpart's display name and
 * the account hold a right-to-left override (U+202E) and an isolate (U+2067) with nothing to end
 * them: the page showed what it writes after the name (the date, "inbound") and after the
 * account ("direct", the policy) reversed, so that a name could make the page say what it does
 * not. In the second, the name and the account are 5,000 characters without a space: they ran
 * out of their boxes and the page scrolled sideways. Each value is isolated and its controls are
 * shown as signs; long values wrap, in the full and in the redacted page.
 */
class BidiAndLongValuesBrowserTest extends InChromium {
    static final String LONG = "Casey" + "x".repeat(5000);
    static final String LONG_PATH_WORD = "instagram" + "z".repeat(5000);
    Path dir;
    Path samples;

    @BeforeAll
    void render(@TempDir Path tmp) throws IOException {
        if (!Chromium.installed()) {
            return;
        }
        dir = tmp.resolve("out");
        new RunOutputs().write(report(), ReportHistory.none(), dir);
        samples = tmp.resolve("samples");
        new RunOutputs().write(sampleExports(), ReportHistory.none(), samples);
        browser = Chromium.start(tmp.resolve("downloads"));
    }

    @Test
    void anOverrideInANameOrAnAccountDoesNotReverseWhatThePageWritesAfterIt() {
        browser.get(dir.resolve(HtmlReportWriter.FILE).toUri().toString());
        WebElement first = browser.findElement(By.id("F-0000000000000001"));
        WebElement who = first.findElement(By.cssSelector(".msg.in .who"));
        assertThat(readsLeftToRight(who, "inbound")).as("'inbound' after the name").isTrue();
        assertThat(readsLeftToRight(who, "UTC")).as("the time after the name").isTrue();
        WebElement meta = first.findElement(By.cssSelector(".body > .meta"));
        assertThat(readsLeftToRight(meta, "policy")).as("'policy' after the account").isTrue();
        assertThat(readsLeftToRight(meta, "first raised")).as("'first raised' after the account").isTrue();
        assertThat(who.getText()).startsWith("Rosa \u2039RLO\u203AVidal @rosa_vidal_22 · ").doesNotContain("\u202E");
        assertThat(meta.getText()).contains("account DrQuinn\u2039RLI\u203AHale · direct").doesNotContain("\u2067");
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.html", "report-redacted.html"})
    void aLongNameOrAccountWrapsInsideItsBox(String file) {
        browser.get(dir.resolve(file).toUri().toString());
        browser.findElement(By.id("open-all")).click();
        assertThat(browser.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("the page does not scroll sideways").isEqualTo(true);
        assertThat(tableFitsThePage()).as("the exports table, with the long account, fits the page").isEqualTo(true);
        assertThat(browser.executeScript("var f = document.getElementById('F-0000000000000002'), box = f.getBoundingClientRect();"
                + "var walk = document.createTreeWalker(f, NodeFilter.SHOW_TEXT), n, out = [];"
                + "while ((n = walk.nextNode())) { var r = document.createRange(); r.selectNodeContents(n);"
                + "  if (r.getBoundingClientRect().right > box.right + 1) out.push(n.parentElement.className); }"
                + "return out;")).as("the texts that run out of the finding's box").isEqualTo(List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.html", "report-redacted.html"})
    void platformsLayoutsAndCountsInTheExportsTableAreNotBrokenInsideAWord(String file) {
        browser.get(dir.resolve(file).toUri().toString());
        // the cells of phiscan's own words and numbers; a word of one, drawn on two lines, was broken inside
        Object broken = browser.executeScript("var out = [];"
                + "document.querySelectorAll('td.term, td.num').forEach(function (td) {"
                + "  var n = td.firstChild; if (!n || n.nodeType !== 3) return;"
                + "  n.data.split(/(?<=-)/).reduce(function (at, word) {"
                + "    var r = document.createRange(); r.setStart(n, at); r.setEnd(n, at + 1); var first = r.getBoundingClientRect().top;"
                + "    r.setStart(n, at + word.length - 1); r.setEnd(n, at + word.length);"
                + "    if (r.getBoundingClientRect().top !== first) out.push(n.data);"
                + "    return at + word.length; }, 0); });"
                + "return out;");
        assertThat(browser.findElements(By.cssSelector("td.term"))).hasSize(8);
        assertThat(broken).as("cells broken inside a word").isEqualTo(List.of());
    }

    /**
     * The exports table of sample-data: its Mastodon account drawn as "lenaokafor@ / med- /
     * social.exam / ple". Every cell broke anywhere ({@code overflow-wrap: anywhere}), which lets
     * the table give a column less than its longest word. An account of the usual length breaks
     * where the browser breaks text anyway (a space, after a hyphen): each line of its cell begins
     * where one also begins when the cell is laid out as narrow as its words allow; the table
     * still fits the page beside a 5,000-character account.
     */
    @ParameterizedTest
    @ValueSource(strings = {"report.html", "report-redacted.html"})
    void accountsOfTheUsualLengthBreakOnlyWhereTextBreaks(String file) {
        browser.get(samples.resolve(file).toUri().toString());
        Object broken = browser.executeScript("var out = [];"
                + "function starts(n) { var at = [], top = null;"
                + "  for (var k = 0; k < n.data.length; k++) { var r = document.createRange(); r.setStart(n, k); r.setEnd(n, k + 1);"
                + "    var rects = r.getClientRects(); if (!rects.length) continue; var t = Math.round(rects[0].top);"
                + "    if (top !== null && t > top) at.push(k); top = t; }"
                + "  return at; }"
                + "document.querySelectorAll('td.name').forEach(function (td) {"
                + "  var walk = document.createTreeWalker(td, NodeFilter.SHOW_TEXT), n, texts = [];"
                + "  while ((n = walk.nextNode())) if (n.data.length < 200) texts.push(n);"
                + "  texts.forEach(function (n) {"
                + "    var probe = document.createElement('div'); probe.style.width = '0'; probe.style.overflowWrap = 'normal';"
                + "    probe.style.wordBreak = 'normal'; probe.style.whiteSpace = 'normal';"
                + "    var copy = document.createTextNode(n.data); probe.appendChild(copy); n.parentNode.insertBefore(probe, n.nextSibling);"
                + "    var natural = starts(copy); probe.remove();"
                + "    starts(n).forEach(function (k) { if (natural.indexOf(k) < 0) out.push(n.data.slice(0, k) + ' / ' + n.data.slice(k)); });"
                + "  }); });"
                + "return out;");
        assertThat(browser.findElements(By.cssSelector("td.name"))).hasSize(6);
        if (file.equals(HtmlReportWriter.FILE)) {
            assertThat(browser.findElements(By.xpath("//td[text()='lenaokafor@med-social.example']"))).hasSize(1);
        }
        assertThat(broken).as("accounts broken inside a word").isEqualTo(List.of());
        assertThat(tableFitsThePage()).as("the exports table fits the page").isEqualTo(true);
    }

    /**
     * The exports table of sample-data: its export paths and notes broke anywhere ({@code
     * overflow-wrap: anywhere}), "/work/phiscan/sample-data/instagram/instagra / m-dr.lenaokafor-…".
     * A path wraps after a slash or where text wraps (a space, after a hyphen), a note where text
     * wraps: each word of them, drawn on one line, with the table inside the page. A word of more
     * than 30 characters may still break anywhere (LinkedIn's learning_role_play_messages.csv).
     * The redacted page shows no path ("export 1"…) and counts the notes: their words too stay whole.
     */
    @ParameterizedTest
    @ValueSource(strings = {"report.html", "report-redacted.html"})
    void pathsAndNotesOfTheUsualLengthAreNotBrokenInsideAWord(String file) {
        browser.get(samples.resolve(file).toUri().toString());
        @SuppressWarnings("unchecked")
        List<Object> drawn = (List<Object>) browser.executeScript("var out = { split: [], paths: [] };"
                + "function top(n, k) { var r = document.createRange(); r.setStart(n, k); r.setEnd(n, k + 1);"
                + "  var rects = r.getClientRects(); return rects.length ? Math.round(rects[0].top) : null; }"
                + "var cells = [];"
                + "document.querySelectorAll('#inputs tbody tr').forEach(function (tr) {"
                + "  cells.push(tr.cells[0]); tr.cells[tr.cells.length - 1].querySelectorAll('li').forEach(function (li) { cells.push(li); }); });"
                + "cells.forEach(function (cell) {"
                + "  var walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT), n;"
                + "  while ((n = walk.nextNode())) { if (n.parentElement.classList.contains('long')) continue;"
                + "    var re = /[^\\s\\/-]+/g, m;"
                + "    while ((m = re.exec(n.data))) { var a = top(n, m.index), b = top(n, m.index + m[0].length - 1);"
                + "      if (a !== b) out.split.push(m[0]); } } });"
                + "document.querySelectorAll('#inputs tbody tr').forEach(function (tr) { var td = tr.cells[0], lines = {};"
                + "  var walk = document.createTreeWalker(td, NodeFilter.SHOW_TEXT), n;"
                + "  while ((n = walk.nextNode())) for (var k = 0; k < n.data.length; k++) lines[top(n, k)] = true;"
                + "  out.paths.push(Object.keys(lines).length); });"
                + "return [out.split, out.paths];");
        assertThat(drawn.get(0)).as("words of paths and notes split across lines").isEqualTo(List.of());
        assertThat((List<?>) drawn.get(1)).as("the lines each path is drawn on").hasSize(6);
        if (file.equals(HtmlReportWriter.FILE)) {
            // the redacted page has no path to wrap: it numbers the exports
            assertThat((List<?>) drawn.get(1)).as("some paths wrap")
                    .anySatisfy(lines -> assertThat(((Number) lines).intValue()).isGreaterThan(1));
        }
        assertThat(tableFitsThePage()).as("the exports table fits the page").isEqualTo(true);
    }

    /** A path or a note of 5,000 characters without a place to break still breaks anywhere: the table stays in the page. */
    @ParameterizedTest
    @ValueSource(strings = {"report.html", "report-redacted.html"})
    void aLongPathOrNoteDoesNotWidenTheExportsTable(String file) {
        browser.get(dir.resolve(file).toUri().toString());
        // the redacted page leaves paths and notes out, and its table must fit all the same
        int shown = file.equals(HtmlReportWriter.FILE) ? 1 : 0;
        assertThat(browser.findElements(By.xpath("//tr/td[1][contains(., '" + LONG_PATH_WORD + "')]"))).hasSize(shown);
        assertThat(browser.findElements(By.xpath("//li[contains(., '" + LONG_PATH_WORD + ".json is not read')]"))).hasSize(shown);
        assertThat(tableFitsThePage()).as("the exports table, with the long path and note, fits the page").isEqualTo(true);
        assertThat(browser.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("the page does not scroll sideways").isEqualTo(true);
    }

    private Object tableFitsThePage() {
        return browser.executeScript("var t = document.querySelector('#inputs table');"
                + "return t.getBoundingClientRect().right <= t.parentElement.getBoundingClientRect().right + 1");
    }

    /**
     * Whether the first occurrence of {@code word} in the element's text is drawn left to right:
     * its first letter left of its last.
     */
    private boolean readsLeftToRight(WebElement e, String word) {
        Object result = browser.executeScript("var root = arguments[0], word = arguments[1];"
                + "var walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT), n;"
                + "while ((n = walk.nextNode())) { var at = n.data.indexOf(word); if (at < 0) continue;"
                + "  var r = document.createRange(); r.setStart(n, at); r.setEnd(n, at + 1);"
                + "  var a = r.getBoundingClientRect().left;"
                + "  r.setStart(n, at + word.length - 1); r.setEnd(n, at + word.length);"
                + "  return a < r.getBoundingClientRect().left; }"
                + "return null;", e, word);
        assertThat(result).as("'" + word + "' in " + e.getText()).isNotNull();
        return (Boolean) result;
    }

    private RunReport report() {
        Author owner = new Author("1", "DrQuinnHale", "Dr. Quinn Hale");
        Author spoofing = new Author("601", "rosa_vidal_22", "Rosa \u202EVidal");
        Author longName = new Author("602", "tk_brennan", LONG);
        Finding bidi = finding("F-0000000000000001", "DrQuinn\u2067Hale", spoofing, owner, 0);
        Finding wide = finding("F-0000000000000002", "DrQuinnHale" + "y".repeat(5000), longName, owner, 1);
        Instant started = Instant.parse("2025-06-01T02:00:00Z");
        RunStore.Run run = new RunStore.Run("R-BIDI", "audit", started, started.plusSeconds(30), "practice-2",
                List.of("/exports/hale"), dir.toString());
        // a long path and long notes squeeze the other columns of the exports table
        RunStore.RunInput squeezed = new RunStore.RunInput("/exports/hale/" + "instagram-drquinnhale-2025-06-01-".repeat(6),
                Platform.INSTAGRAM, "DrQuinnHale", "instagram-json-2024", 9, 0, 0,
                List.of("owner named by the export itself (its profile file, or the heading of html/messages.htm)",
                        "the direct messages of an account whose owner left them are kept by the other side only"));
        // an account of 5,000 characters without a space: it must not widen the table past the page
        RunStore.RunInput longAccount = new RunStore.RunInput("/exports/hale-long", Platform.TWITTER, wide.account(), "x-2022", 1, 0, 0,
                List.of());
        // a path and a note of 5,000 characters without a space, a hyphen or a slash: nor must they
        RunStore.RunInput longPath = new RunStore.RunInput("/exports/hale/" + LONG_PATH_WORD, Platform.INSTAGRAM, "DrQuinnHale",
                "instagram-json-2024", 3, 0, 0, List.of("the file " + LONG_PATH_WORD + ".json is not read"));
        return new RunReport(run, started.plusSeconds(30), List.of(new RunStore.RunInput("/exports/hale", Platform.TWITTER,
                "DrQuinnHale", "x-2022", 2, 0, 0, List.of()), squeezed, longAccount, longPath),
                List.of(new FindingStore.Stored(bidi, "R-BIDI", "R-BIDI"),
                new FindingStore.Stored(wide, "R-BIDI", "R-BIDI")), List.of(), List.of());
    }

    /** A run of the exports of sample-data, whose Mastodon account broke inside words. */
    private RunReport sampleExports() {
        Instant started = Instant.parse("2026-11-27T11:44:35Z");
        RunStore.Run run = new RunStore.Run("R-SAMPLES", "audit", started, started.plusSeconds(8), "builtin-2",
                List.of("/work/phiscan/sample-data"), samples.toString());
        RunStore.RunInput mastodon = new RunStore.RunInput("/work/phiscan/sample-data/mastodon/archive-20261120143055-4f1c9a7d2e8b0c63",
                Platform.MASTODON, "lenaokafor@med-social.example", "mastodon", 7, 0, 0,
                List.of("a Mastodon archive holds only the owner's own posts: what others wrote to the owner is not in it; the people "
                        + "a post mentions are taken as its recipients", "boosts (Announce) carry no text of the owner's and are not "
                        + "read; likes.json and bookmarks.json are not read"));
        RunStore.RunInput facebook = new RunStore.RunInput("/work/phiscan/sample-data/facebook/facebook-lenaokafor-2026-02-18-Xk3pQ9aB",
                Platform.FACEBOOK, "Lena Okafor", "facebook-json-2025", 23, 0, 0,
                List.of("owner named by the export itself (its profile file, or the heading of html/messages.htm)",
                        "Messenger chats that were end-to-end encrypted (from 2024) are not in this download: audit the separate "
                                + "secure-storage download as well"));
        RunStore.RunInput linkedin = new RunStore.RunInput("/work/phiscan/sample-data/linkedin/Complete_LinkedInDataExport_11-20-2026",
                Platform.LINKEDIN, "lena-okafor-md", "linkedin-2024", 11, 1, 0,
                List.of("the owner is the member named in Profile.csv, profile URL from Invitations.csv",
                        "Comments.csv and Shares.csv hold only the owner's own comments and posts: replies by others are not in "
                                + "the export",
                        "times in Comments.csv, Shares.csv and Invitations.csv carry no time zone: read as UTC and marked local",
                        "guide_messages.csv holds LinkedIn Learning assistant chats, not member messages: not read",
                        "learning_role_play_messages.csv holds LinkedIn Learning assistant chats, not member messages: not read"));
        RunStore.RunInput reddit = new RunStore.RunInput("/work/phiscan/sample-data/reddit/export_DrLenaOkafor_20261120",
                Platform.REDDIT, "DrLenaOkafor", "reddit", 10, 0, 0, List.of("the owner is the account name of statistics.csv"));
        RunStore.RunInput instagram = new RunStore.RunInput("/work/phiscan/sample-data/instagram/instagram-dr.lenaokafor-2026-02-18-Bq7Lm2Zx",
                Platform.INSTAGRAM, "dr.lenaokafor", "instagram-json-2024", 9, 0, 0,
                List.of("owner named by the export itself (its profile file, or the heading of html/messages.htm)"));
        RunStore.RunInput twitter = new RunStore.RunInput("/work/phiscan/sample-data/twitter/drlenaokafor-archive", Platform.TWITTER,
                "DrLenaOkafor", "x-2022", 27, 0, 4, List.of());
        return new RunReport(run, started.plusSeconds(8), List.of(facebook, instagram, linkedin, mastodon, reddit, twitter), List.of(),
                List.of(), List.of());
    }

    private static Finding finding(String id, String account, Author who, Author owner, int n) {
        String text = "Dr. Hale, you saw my son Monday. His fever is 103.";
        Message in = new Message("m" + n, Platform.TWITTER, account, "n" + n, "c" + n, null,
                Instant.parse("2025-03-04T15:20:00Z").plusSeconds(n), false, who, List.of(owner), Direction.INBOUND,
                Visibility.DIRECT, text, List.of(), new SourceRef("/exports/hale", "data/direct-messages.js", "element 1"));
        Signal fever = new Signal(Signal.CLINICAL, "symptom", in.id(), text.indexOf("fever"), text.indexOf("fever") + 5,
                "fever", "clin.symptom");
        return new Finding(id, Platform.TWITTER, account, "tw-x-c" + n, Visibility.DIRECT, Severity.values()[n], 9 - n, false,
                Status.NEW, List.of(who), List.of(in), List.of(fever), List.of("a counterpart discussed a family member's care"),
                "practice-2");
    }
}
