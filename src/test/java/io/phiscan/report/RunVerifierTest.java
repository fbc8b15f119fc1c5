package io.phiscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.review.RunStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three runs of a workspace written one after the other, their manifests chained; then one byte
 * of one output edited, a file added, one deleted, a manifest deleted or rewritten: {@code verify}
 * must say exactly which.
 */
class RunVerifierTest {
    @TempDir
    Path ws;
    final List<RunStore.Run> runs = new ArrayList<>();
    final Map<String, String> recorded = new HashMap<>();

    @BeforeEach
    void threeRuns() throws IOException {
        for (int i = 1; i <= 3; i++) {
            String id = "R" + i;
            Path out = ws.resolve("reports").resolve(id);
            RunStore.Run started = new RunStore.Run(id, "audit", Instant.parse("2025-06-0" + i + "T02:00:00Z"), null,
                    "practice-2", List.of(), out.toString());
            runs.add(started);
            RunReport report = ReportFixtures.report(id, out);
            RunReport asStarted = new RunReport(started, report.finishedAt(), report.inputs(), report.findings(),
                    report.skipped(), report.notes());
            RunOutputs.Written w = new RunOutputs().write(asStarted, new ReportHistory(runs), out);
            recorded.put(id, w.manifestSha256());
            runs.set(i - 1, new RunStore.Run(id, "audit", started.startedAt(), started.startedAt().plusSeconds(60), "practice-2",
                    List.of(), out.toString()));
        }
    }

    RunVerifier.Result verify(String id) throws IOException {
        RunStore.Run run = runs.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        return new RunVerifier(new ReportHistory(runs), r -> Optional.ofNullable(recorded.get(r))).verify(run);
    }

    Path folder(String id) {
        return ws.resolve("reports").resolve(id);
    }

    @Test
    void eachManifestListsEveryOutputAndChainsToThePreviousRun() throws IOException {
        ManifestFile first = ManifestFile.read(folder("R1").resolve(Manifest.FILE));
        assertThat(first.runId()).isEqualTo("R1");
        assertThat(first.chained()).isTrue();
        assertThat(first.previous()).isNull();
        assertThat(first.files().keySet()).containsExactly("findings.csv", "findings.json", "report-redacted.html",
                "report.html", "skipped.csv");
        ManifestFile third = ManifestFile.read(folder("R3").resolve(Manifest.FILE));
        assertThat(third.previous()).isEqualTo(new Manifest.Link("R2", Manifest.sha256(folder("R2").resolve(Manifest.FILE))));
        RunVerifier.Result result = verify("R3");
        assertThat(result.problems()).isEmpty();
        assertThat(result.filesChecked()).isEqualTo(5);
        assertThat(result.chain()).containsExactly("R3", "R2", "R1");
    }

    @Test
    void editingOneByteOfAnyOutputNamesThatFile() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder("R2"))) {
            files = s.filter(p -> !p.getFileName().toString().equals(Manifest.FILE)).sorted().toList();
        }
        assertThat(files).hasSize(5);
        for (Path f : files) {
            byte[] original = Files.readAllBytes(f);
            byte[] edited = original.clone();
            edited[edited.length / 2] ^= 1;
            Files.write(f, edited);
            RunVerifier.Result result = verify("R2");
            assertThat(result.problems()).as(f.getFileName().toString()).containsExactly(new RunVerifier.Problem(
                    RunVerifier.Kind.CHANGED, f.getFileName().toString(), "changed since the run wrote it (its SHA-256 differs)"));
            Files.write(f, original);
        }
        assertThat(verify("R2").intact()).isTrue();
    }

    @Test
    void aFileAddedRemovedOrOpenedToOthersIsNamed() throws IOException {
        Files.writeString(folder("R3").resolve("decisions.csv"), "finding_id,decision,reason\n");
        Files.delete(folder("R3").resolve("skipped.csv"));
        Files.setPosixFilePermissions(folder("R3").resolve("findings.json"), PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(verify("R3").problems()).extracting(RunVerifier.Problem::kind, RunVerifier.Problem::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RunVerifier.Kind.PERMISSIONS, "findings.json"),
                org.assertj.core.groups.Tuple.tuple(RunVerifier.Kind.MISSING, "skipped.csv"),
                org.assertj.core.groups.Tuple.tuple(RunVerifier.Kind.UNLISTED, "decisions.csv"));
        assertThat(verify("R3").problems().get(2).message())
                .startsWith("in the folder but not in the manifest: not written by this run (last modified ")
                .endsWith(", after the run started)");
    }

    @Test
    void deletingARunsManifestBreaksTheChainOfTheRunAfterIt() throws IOException {
        Files.delete(folder("R2").resolve(Manifest.FILE));
        RunVerifier.Result later = verify("R3");
        assertThat(later.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RunVerifier.Kind.CHAIN);
            assertThat(p.message()).isEqualTo("broken chain: the manifest of run R2 is missing (deleted after run R3 chained to it)");
        });
        assertThat(verify("R2").problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("the manifest of run R2 is missing from"));
    }

    @Test
    void aManifestRewrittenToHideAnEditIsCaughtByTheNextRunAndByTheWorkspaceRecord() throws IOException {
        Path report = folder("R2").resolve("report.html");
        Files.writeString(report, Files.readString(report).replace("Rosa Vidal", "Someone Else"));
        Path manifest = folder("R2").resolve(Manifest.FILE);
        String newHash = Manifest.sha256(report);
        List<String> lines = new ArrayList<>(Files.readAllLines(manifest));
        lines.replaceAll(l -> l.endsWith("  report.html") ? newHash + "  report.html" : l);
        Files.write(manifest, lines);
        assertThat(verify("R2").problems()).extracting(RunVerifier.Problem::message).containsExactly(
                "the manifest of run R2 was altered: its SHA-256 differs from the one recorded in the workspace when it was written");
        assertThat(verify("R3").problems()).extracting(RunVerifier.Problem::message).containsExactly(
                "broken chain: the manifest of run R2 was altered after run R3 chained to it",
                "the manifest of run R2 was altered: its SHA-256 differs from the one recorded in the workspace when it was written");
    }

    @Test
    void aFileInTheFolderBeforeTheRunIsNotTheRunsSoTheManifestDoesNotListIt() throws IOException {
        // --out ~/Documents: the user's own file there must not become an output that prune deletes
        Path out = Files.createDirectories(ws.resolve("documents"));
        Files.writeString(out.resolve("thesis.txt"), "mine");
        RunStore.Run run = new RunStore.Run("R4", "audit", Instant.parse("2025-06-09T02:00:00Z"), null, "practice-2",
                List.of(), out.toString());
        RunReport r = ReportFixtures.report("R4", out);

        new RunOutputs().write(new RunReport(run, r.finishedAt(), r.inputs(), r.findings(), r.skipped(), r.notes()),
                new ReportHistory(runs), out);

        assertThat(ManifestFile.read(out.resolve(Manifest.FILE)).files().keySet()).containsExactly("findings.csv",
                "findings.json", "report-redacted.html", "report.html", "skipped.csv");
    }

    @Test
    void aFolderReusedByALaterRunIsSaidSo() throws IOException {
        RunStore.Run reusing = new RunStore.Run("R4", "audit", Instant.parse("2025-06-09T02:00:00Z"), null, "practice-2",
                List.of(), folder("R3").toString());
        runs.add(reusing);
        RunReport r = ReportFixtures.report("R4", folder("R3"));
        new RunOutputs().write(new RunReport(reusing, r.finishedAt(), r.inputs(), r.findings(), r.skipped(), r.notes()),
                new ReportHistory(runs), folder("R3"));
        assertThat(verify("R3").problems()).extracting(RunVerifier.Problem::message).containsExactly(
                "the manifest in the folder of run R3 belongs to run R4: the folder was reused and run R3's outputs are gone");
    }

    @Test
    void sha256sumChecksTheManifestAsItIs() throws Exception {
        Process p = new ProcessBuilder("sha256sum", "--strict", "-c", Manifest.FILE).directory(folder("R1").toFile())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out.lines()).hasSize(5).allSatisfy(l -> assertThat(l).endsWith(": OK"));
    }
}
