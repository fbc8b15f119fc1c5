package io.phiscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Author;
import io.phiscan.model.Finding;
import io.phiscan.review.FindingStore;
import io.phiscan.review.RunStore;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every CSV a run writes: no cell a spreadsheet would run as a formula. */
class SafeCsvTest {
    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://x.example\",\"click\")", "+1+cmd|' /C calc'!A0",
            "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1");

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1+1", "-1+1", "-A1", "--1", "-1.", "+-1", "+", "=", "@x", "@", "\tx", "\rx",
        "\r\n=1+1", "-\t", "- 1", "-1e5", "-cmd|' /C calc'!A0"})
    void aCellStartingLikeAFormulaIsNeutralized(String value) {
        assertThat(SafeCsv.cell(value)).isEqualTo("'" + value);
    }

    /** The position of a whole-file record in skipped.csv is "-": it read "'-" in every spreadsheet. */
    @ParameterizedTest
    @ValueSource(strings = {"-", "-1", "-12", "+3", "-0.25", "\t", "\r"})
    void aLonePlaceholderOrAPlainSignedNumberIsNoFormula(String value) {
        assertThat(SafeCsv.cell(value)).isEqualTo(value);
    }

    @Test
    void skippedCsvWritesTheDashOfAWholeFileAsItIs(@TempDir Path dir) throws IOException {
        RunReport base = ReportFixtures.report("R-NOW", dir);
        List<RunStore.Skipped> skipped = List.of(new RunStore.Skipped("export/data/tweets.js", "-", "the file is empty"),
                new RunStore.Skipped("export/data/direct-messages.js", "element 3", "-1+1"));
        new SkippedCsvWriter().write(new RunReport(base.run(), base.finishedAt(), base.inputs(), base.findings(), skipped,
                base.notes()), dir);
        assertThat(cells(dir.resolve(SkippedCsvWriter.FILE))).containsExactly("file", "position", "reason",
                "export/data/tweets.js", "-", "the file is empty", "export/data/direct-messages.js", "element 3", "'-1+1");
    }

    @Test
    void otherCellsAreLeftAsTheyAre() {
        assertThat(SafeCsv.cell("Rosa = 1")).isEqualTo("Rosa = 1");
        assertThat(SafeCsv.cell(4.5)).isEqualTo("4.5");
        assertThat(SafeCsv.cell(null)).isEmpty();
        assertThat(SafeCsv.cell("")).isEmpty();
    }

    @Test
    void findingsAndSkippedCsvNeutralizeEveryCellFromAnExport(@TempDir Path dir) throws IOException {
        RunReport base = ReportFixtures.report("R-NOW", dir);
        List<FindingStore.Stored> findings = new ArrayList<>();
        for (FindingStore.Stored s : base.findings()) {
            Finding f = s.finding();
            List<Author> people = FORMULAS.stream().map(v -> new Author(v, v, v)).toList();
            findings.add(new FindingStore.Stored(new Finding(f.id(), f.platform(), FORMULAS.get(0), f.exchangeId(), f.visibility(),
                    f.severity(), f.score(), f.ownerEngaged(), f.status(), people, f.messages(), f.signals(), FORMULAS,
                    f.policyVersion()), s.firstSeenRun(), s.lastSeenRun()));
        }
        List<RunStore.Skipped> skipped = FORMULAS.stream().map(v -> new RunStore.Skipped(v, v, v)).toList();
        RunReport report = new RunReport(base.run(), base.finishedAt(), base.inputs(), findings, skipped, base.notes());
        new FindingsCsvWriter().write(report, dir);
        new SkippedCsvWriter().write(report, dir);
        assertThat(cells(dir.resolve(FindingsCsvWriter.FILE))).hasSizeGreaterThan(40)
                .allSatisfy(c -> assertThat(c).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
                        .doesNotStartWith("\t").doesNotStartWith("\r").doesNotStartWith("-"));
        assertThat(cells(dir.resolve(SkippedCsvWriter.FILE))).hasSize(3 + 18)
                .allSatisfy(c -> assertThat("=+-@\t\r".indexOf(c.isEmpty() ? 'x' : c.charAt(0))).isNegative());
        assertThat(Files.readString(dir.resolve(SkippedCsvWriter.FILE))).contains("'=HYPERLINK(");
    }

    private static List<String> cells(Path csv) throws IOException {
        List<String> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv)) {
            for (CSVRecord rec : CSVFormat.RFC4180.parse(r)) {
                rec.forEach(out::add);
            }
        }
        return out;
    }
}
