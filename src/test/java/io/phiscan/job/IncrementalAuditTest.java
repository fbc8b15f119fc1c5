package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.index.IndexSearch;
import io.phiscan.ingest.ExportLocator;
import io.phiscan.ingest.ExportTree;
import io.phiscan.ingest.ZipLimits;
import io.phiscan.review.FindingHistory;
import io.phiscan.review.PartLedger;
import io.phiscan.review.PartLedger.Mode;
import io.phiscan.review.PartLedger.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.ConfigurableApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An audit over exports already read parses only what is new or changed, and still reports the whole picture. */
class IncrementalAuditTest {
    @TempDir
    Path tmp;

    private RunOutcome audit(Workspace ws, Path input, boolean full) throws Exception {
        return new AuditLauncher(ws).run(new AuditLauncher.Request(List.of(input), null, null, null, full, null, null));
    }

    @Test
    void aSecondAuditOfUnchangedExportsReadsNothingAndReportsTheSameFindings() throws Exception {
        Path exports = Exports.sample(tmp.resolve("exports"));
        Workspace ws = Workspace.at(tmp.resolve("ws"));

        RunOutcome first = audit(ws, exports, false);
        RunOutcome second = audit(ws, exports, false);
        RunOutcome third = audit(ws, exports, false);

        assertThat(first.read()).isEqualTo(Exports.SAMPLE_RECORDS);
        assertThat(second.completed()).isTrue();
        assertThat(second.read()).isZero();
        assertThat(second.unchangedExports()).isEqualTo(1);
        List<Part> firstPlan = Repository.plan(ws, first.runId());
        assertThat(Repository.plan(ws, second.runId())).filteredOn(p -> p.mode() != Mode.EXPORT)
                .extracting(Part::mode).containsOnly(Mode.UNCHANGED);
        // the unchanged export's parts are the first run's rows, carried, and not stored again
        assertThat(Repository.plan(ws, third.runId())).extracting(Part::part, Part::sha256, Part::readInRun)
                .containsExactlyElementsOf(firstPlan.stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.part(),
                        p.sha256(), p.mode() == Mode.EXPORT ? third.runId() : first.runId())).toList());
        assertThat(Repository.storedPlanRows(ws, second.runId())).isEqualTo(1);
        assertThat(Repository.storedPlanRows(ws, third.runId())).isEqualTo(1);
        assertThat(third.read()).isZero();
        assertThat(Exports.findings(third.out())).isEqualTo(Exports.findings(first.out()));
        assertThat(Repository.readCount(ws, AuditJobConfiguration.NAME, second.runId(), "detect")).isZero();
        assertThat(Exports.findings(second.out())).isEqualTo(Exports.findings(first.out())).hasSize(Exports.SAMPLE_FINDINGS);
        assertThat(Exports.json(second.out()).at("/run/inputs")).isEqualTo(Exports.json(first.out()).at("/run/inputs"));
        assertThat(second.changes()).isEmpty();
    }

    @Test
    void aGrownExportIsReadAgainAndOnlyTheExchangeOfItsNewMessageIsScored() throws Exception {
        Path exports = Exports.sample(tmp.resolve("exports"));
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        RunOutcome first = audit(ws, exports, false);

        Exports.addDirectMessage(exports, "4000000001", "2001000000000000001",
                "Hi Dr. Okafor, you saw my daughter Ava on Monday. Her fever is 103 tonight, should I give her more ibuprofen?");
        RunOutcome second = audit(ws, exports, false);

        assertThat(second.read()).isGreaterThan(0).isLessThan(first.read() + 1);
        List<Part> plan = Repository.plan(ws, second.runId());
        assertThat(plan).filteredOn(p -> p.part().endsWith("direct-messages.js")).extracting(Part::mode).containsExactly(Mode.READ);
        // the tweets come before the DMs and name their authors: parsed again, not indexed again
        assertThat(plan).filteredOn(p -> p.part().contains("tweets")).extracting(Part::mode).containsOnly(Mode.WARM);
        assertThat(Repository.readCount(ws, AuditJobConfiguration.NAME, second.runId(), "detect")).isEqualTo(1);
        assertThat(second.changes()).containsEntry(FindingHistory.Change.NEW, 1);
        assertThat(second.findings()).hasSize(Exports.SAMPLE_FINDINGS + 1);
        assertThat(second.inputs().get(0).messages()).isEqualTo(Exports.SAMPLE_MESSAGES + 1);
        try (IndexSearch search = IndexSearch.open(ws.index())) {
            assertThat(search.count()).isEqualTo(Exports.SAMPLE_MESSAGES + 1);
        }
    }

    @Test
    void aFileReplacedWithTheSameSizeAndTimeIsToldByItsHash() throws Exception {
        Path exports = Exports.sample(tmp.resolve("exports"));
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        audit(ws, exports, false);

        Path tweets = exports.resolve("data/tweets-part1.js");
        FileTime time = Files.getLastModifiedTime(tweets);
        String js = Files.readString(tweets);
        Files.writeString(tweets, js.replace("Charity 5K", "Charity 5k"));
        Files.setLastModifiedTime(tweets, time);
        RunOutcome second = audit(ws, exports, false);

        assertThat(Repository.plan(ws, second.runId())).filteredOn(p -> p.part().endsWith("tweets-part1.js"))
                .extracting(Part::mode).containsExactly(Mode.READ);
        try (IndexSearch search = IndexSearch.open(ws.index())) {
            assertThat(search.exchangesWrittenBy(List.of(second.runId()))).hasSize(1);
        }
        // a charity run without a clinical word is no finding: its exchange is not even assembled
        assertThat(Repository.readCount(ws, AuditJobConfiguration.NAME, second.runId(), "detect")).isZero();
    }

    @ParameterizedTest(name = "zipped: {0}")
    @ValueSource(booleans = {false, true})
    void anExportWhosePermissionsChangedIsCheckedButNeitherReadNorIndexedAgain(boolean zipped) throws Exception {
        Path folder = Exports.sample(tmp.resolve("exports"));
        Path exports = zipped ? zip(folder, tmp.resolve("archive.zip")) : folder;
        Path changed = zipped ? exports : exports.resolve("data/tweets-part1.js");
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        RunOutcome first = audit(ws, exports, false);

        Files.setPosixFilePermissions(changed, PosixFilePermissions.fromString("r--------"));
        RunOutcome second = audit(ws, exports, false);

        assertThat(second.completed()).isTrue();
        assertThat(second.read()).isZero();
        assertThat(second.skipped()).isEqualTo(first.skipped());
        assertThat(Repository.plan(ws, second.runId())).filteredOn(p -> p.mode() != Mode.EXPORT)
                .extracting(Part::part, Part::mode, Part::sha256, Part::readInRun)
                .containsExactlyElementsOf(Repository.plan(ws, first.runId()).stream().filter(p -> p.mode() != Mode.EXPORT)
                        .map(p -> org.assertj.core.groups.Tuple.tuple(p.part(), Mode.UNCHANGED, p.sha256(), first.runId()))
                        .toList());
        try (IndexSearch search = IndexSearch.open(ws.index())) {
            assertThat(search.count()).isEqualTo(Exports.SAMPLE_MESSAGES);
        }
        assertThat(Exports.findings(second.out())).isEqualTo(Exports.findings(first.out()));
        // the second audit's rows keep the new stamp: the next plan does not hash the export again
        Set<String> opened = new ConcurrentSkipListSet<>();
        assertThat(plan(ws, exports, opened, false)).filteredOn(p -> p.mode() != Mode.EXPORT)
                .extracting(Part::mode).containsOnly(Mode.UNCHANGED);
        assertThat(opened).isEmpty();
    }

    /** The files of {@code folder} in a zip, named from the folder's root. */
    private static Path zip(Path folder, Path file) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file));
                Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(folder.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return file;
    }

    @Test
    void aFullAuditReadsEveryExportAndScoresEveryExchangeAgain() throws Exception {
        Path exports = Exports.sample(tmp.resolve("exports"));
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        RunOutcome first = audit(ws, exports, false);
        RunOutcome full = audit(ws, exports, true);

        assertThat(full.read()).isEqualTo(Exports.SAMPLE_RECORDS);
        // every exchange that can be a finding (a clinical signal, or a current finding), of the 13 in the export
        assertThat(Repository.readCount(ws, AuditJobConfiguration.NAME, full.runId(), "detect"))
                .isEqualTo(Repository.readCount(ws, AuditJobConfiguration.NAME, first.runId(), "detect"))
                .isGreaterThanOrEqualTo(Exports.SAMPLE_FINDINGS).isLessThan(13);
        try (IndexSearch search = IndexSearch.open(ws.index())) {
            assertThat(search.exchanges(null)).hasSize(13);
        }
        assertThat(Exports.findings(full.out())).isEqualTo(Exports.findings(first.out()));
    }

    @Test
    void aFileNotRewrittenSinceTheLastAuditIsNotReadToBeChecked() throws Exception {
        Path exports = Exports.sample(tmp.resolve("exports"));
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        RunOutcome first = audit(ws, exports, false);
        List<Part> read = Repository.plan(ws, first.runId()).stream().filter(p -> p.mode() != Mode.EXPORT).toList();

        Set<String> opened = new ConcurrentSkipListSet<>();
        AtomicInteger readingAhead = new AtomicInteger();
        assertThat(plan(ws, exports, opened, false, readingAhead)).filteredOn(p -> p.mode() != Mode.EXPORT)
                .extracting(Part::part, Part::mode, Part::sha256)
                .containsExactlyElementsOf(read.stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.part(),
                        Mode.UNCHANGED, p.sha256())).toList());
        assertThat(opened).isEmpty();
        assertThat(readingAhead).as("nothing to hash: no detector prepared ahead").hasValue(0);

        // a file touched (its time changed, not its bytes) is read to be checked, and found unchanged
        Path tweets = exports.resolve("data/tweets-part1.js");
        Files.setLastModifiedTime(tweets, FileTime.fromMillis(Files.getLastModifiedTime(tweets).toMillis() + 60_000));
        assertThat(plan(ws, exports, opened, false, readingAhead)).filteredOn(p -> p.mode() != Mode.EXPORT)
                .extracting(Part::mode).containsOnly(Mode.UNCHANGED);
        assertThat(opened).containsExactly("data/tweets-part1.js");
        assertThat(readingAhead).hasValue(1);

        plan(ws, exports, opened, true, readingAhead);
        assertThat(opened).hasSize(read.size());
        assertThat(readingAhead).hasValue(2);
    }

    /** A new plan over the exports as they are now, naming the files it opened to check them. */
    private static List<Part> plan(Workspace ws, Path exports, Set<String> opened, boolean full) throws IOException {
        return plan(ws, exports, opened, full, new AtomicInteger());
    }

    /** The same, counting the times the planner said it will likely read something. */
    private static List<Part> plan(Workspace ws, Path exports, Set<String> opened, boolean full, AtomicInteger readingAhead)
            throws IOException {
        try (ConfigurableApplicationContext context = BatchApplication.start(ws);
                ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT, tree -> new Opening(tree, opened))
                        .locate(List.of(exports))) {
            opened.clear(); // what recognizing the export's platform read
            return new IngestPlanner(context.getBean(PartLedger.class), new Progress(), readingAhead::incrementAndGet, null, "")
                    .newPlan("planned", locator.exports(), locator::tree, full).parts();
        }
    }

    /** An export's files, naming each one opened. */
    private record Opening(ExportTree tree, Set<String> opened) implements ExportTree {
        @Override
        public String displayName() {
            return tree.displayName();
        }

        @Override
        public List<String> entries() {
            return tree.entries();
        }

        @Override
        public InputStream open(String entry) throws IOException {
            opened.add(entry);
            return tree.open(entry);
        }

        @Override
        public long size(String entry) {
            return tree.size(entry);
        }

        @Override
        public long modified(String entry) {
            return tree.modified(entry);
        }

        @Override
        public String stamp(String entry) {
            return tree.stamp(entry);
        }

        @Override
        public void close() throws IOException {
            tree.close();
        }
    }
}
