package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.index.IndexSearch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that fails is resumed by the same command and ends as an uninterrupted run would; a
 * different command takes it over instead. (The kill -9 variant, at three points of a run, is
 * bench/crash-test.sh: it needs the real jar in its own process.)
 */
class RestartTest {
    @TempDir
    Path tmp;

    @Test
    void theSameCommandResumesAFailedRunAndEndsAsAnUninterruptedRun() throws Exception {
        Path exports = Exports.sample(tmp.resolve("exports"));
        RunOutcome reference = new AuditLauncher(Workspace.at(tmp.resolve("reference")))
                .run(new AuditLauncher.Request(List.of(exports), null, null, null));
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        Path out = tmp.resolve("out");
        Path inTheWay = failTheReportIn(out);
        AuditLauncher.Request request = new AuditLauncher.Request(List.of(exports), null, out, null);

        RunOutcome failed = new AuditLauncher(ws).run(request);
        letTheReportBe(inTheWay);
        RunOutcome resumed = new AuditLauncher(ws).run(request);

        assertThat(failed.status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(failed.lastStep()).isEqualTo("report");
        assertThat(resumed.completed()).isTrue();
        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.runId()).isEqualTo(failed.runId());
        assertThat(Repository.readCount(ws, AuditJobConfiguration.NAME, resumed.runId(), "ingest"))
                .isEqualTo(Exports.SAMPLE_RECORDS);
        // findings.json carries no run id inside a finding: the two runs' findings compare as they are
        assertThat(Exports.findings(out)).isEqualTo(Exports.findings(reference.out()));
        assertThat(Exports.json(out).at("/run/inputs")).isEqualTo(Exports.json(reference.out()).at("/run/inputs"));
        try (IndexSearch search = IndexSearch.open(ws.index())) {
            assertThat(search.count()).isEqualTo(Exports.SAMPLE_MESSAGES);
        }
        assertThat(new RunHistory(ws).list()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo("COMPLETED");
            assertThat(e.executions()).isEqualTo(2);
            assertThat(e.read()).isEqualTo(Exports.SAMPLE_RECORDS);
        });
    }

    @Test
    void anotherCommandTakesTheFailedRunOver() throws Exception {
        Path exports = Exports.sample(tmp.resolve("exports"));
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("findings.json").resolve("x"));
        RunOutcome failed = new AuditLauncher(ws).run(new AuditLauncher.Request(List.of(exports), null, out, null));

        RunOutcome other = new AuditLauncher(ws).run(new AuditLauncher.Request(List.of(exports), null, null, null));

        assertThat(other.completed()).isTrue();
        assertThat(other.resumed()).isFalse();
        assertThat(other.takenOver()).containsExactly(failed.runId());
        assertThat(other.findings()).hasSize(Exports.SAMPLE_FINDINGS);
        assertThat(new RunHistory(ws).list()).extracting(RunHistory.Entry::status)
                .containsExactlyInAnyOrder("COMPLETED", "ABANDONED");
    }

    @Test
    void aFailedAuditOfAnUnchangedExportIsResumedOverThePartsItCarried() throws Exception {
        Path exports = Exports.sample(tmp.resolve("exports"));
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        RunOutcome first = new AuditLauncher(ws).run(new AuditLauncher.Request(List.of(exports), null, null, null));
        Path out = tmp.resolve("out");
        Path inTheWay = failTheReportIn(out);
        AuditLauncher.Request request = new AuditLauncher.Request(List.of(exports), null, out, null);

        RunOutcome failed = new AuditLauncher(ws).run(request);
        letTheReportBe(inTheWay);
        RunOutcome resumed = new AuditLauncher(ws).run(request);

        assertThat(failed.status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(resumed.completed()).isTrue();
        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.read()).isZero();
        assertThat(resumed.unchangedExports()).isEqualTo(1);
        assertThat(Repository.storedPlanRows(ws, resumed.runId())).isEqualTo(1);
        assertThat(Exports.findings(out)).isEqualTo(Exports.findings(first.out()));
        assertThat(Exports.json(out).at("/run/inputs")).isEqualTo(Exports.json(first.out()).at("/run/inputs"));
    }

    @Test
    void aFileRewrittenWithItsSizeAndTimeKeptIsNotResumedButReadAgain() throws Exception {
        Path exports = Exports.sample(tmp.resolve("exports"));
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        Path out = tmp.resolve("out");
        Path inTheWay = failTheReportIn(out);
        AuditLauncher.Request request = new AuditLauncher.Request(List.of(exports), null, out, null);
        RunOutcome failed = new AuditLauncher(ws).run(request);
        // another version of the messages file copied over it as cp -p would: same size, same time
        Path messages = exports.resolve("data/direct-messages.js");
        FileTime time = Files.getLastModifiedTime(messages);
        long size = Files.size(messages);
        String js = Files.readString(messages);
        Files.writeString(messages, js.replace("bringing dessert", "bringing cobbler"));
        Files.setLastModifiedTime(messages, time);
        letTheReportBe(inTheWay);

        List<String> said = new ArrayList<>();
        RunOutcome second = new AuditLauncher(ws, said::add).run(request);

        assertThat(failed.status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(Files.size(messages)).isEqualTo(size);
        assertThat(second.completed()).isTrue();
        assertThat(second.resumed()).isFalse();
        assertThat(second.takenOver()).containsExactly(failed.runId());
        assertThat(said).anyMatch(line -> line.contains("is not resumed: ") && line.contains("direct-messages.js changed"));
        try (IndexSearch search = IndexSearch.open(ws.index())) {
            assertThat(search.count("cobbler")).isEqualTo(1);
            assertThat(search.count("dessert")).isZero();
            assertThat(search.count()).isEqualTo(Exports.SAMPLE_MESSAGES);
        }
    }

    /** A folder (not empty) where the report step writes findings.json: a run in {@code out} fails in its last step. */
    private static Path failTheReportIn(Path out) throws java.io.IOException {
        Path inTheWay = Files.createDirectories(out.resolve("findings.json")).resolve("x");
        return Files.createDirectory(inTheWay);
    }

    /** Takes away what {@link #failTheReportIn} put in the way. */
    private static void letTheReportBe(Path inTheWay) throws java.io.IOException {
        Files.delete(inTheWay);
        Files.delete(inTheWay.getParent());
    }
}
