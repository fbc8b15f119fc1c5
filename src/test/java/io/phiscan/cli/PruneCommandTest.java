package io.phiscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code phiscan prune} and a job spec's {@code keep-reports} on real audits of sample-data: the
 * old runs' outputs go, their manifests stay and still chain, the newest run and anything changed
 * or not vouched for by the run's own manifest stay.
 */
class PruneCommandTest {
    @TempDir
    Path tmp;

    private Path ws() {
        return tmp.resolve("ws");
    }

    private String audit(String out) {
        Cli cli = Cli.run("audit", "sample-data/twitter", "--workspace", ws().toString(), "--out", tmp.resolve(out).toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        Matcher m = Pattern.compile("run (\\S+) completed").matcher(cli.out());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !p.equals(folder)).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void theOldRunsLoseTheirOutputsButKeepTheirManifestsAndTheChain() throws IOException {
        String first = audit("a");
        String second = audit("b");
        String third = audit("c");
        List<String> whole = files(tmp.resolve("c"));
        assertThat(whole).contains("report.html", "findings.json", "notes", "manifest.sha256");
        // a file changed after its run wrote it is evidence: it is left, and named
        Files.writeString(tmp.resolve("a/findings.csv"), "edited\n", StandardOpenOption.APPEND);

        Cli dry = Cli.run("prune", "--keep", "0d", "--dry-run", "--workspace", ws().toString());
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("run " + first + ": would remove").contains("run " + second + ": would remove")
                .doesNotContain("run " + third).contains("phiscan prune (dry run): 2 run(s)");
        assertThat(files(tmp.resolve("a"))).isEqualTo(whole);
        assertThat(files(tmp.resolve("b"))).isEqualTo(whole);

        Cli prune = Cli.run("prune", "--keep", "0d", "--workspace", ws().toString());
        assertThat(prune.exitCode()).as(prune.err()).isZero();
        assertThat(prune.out()).contains("run " + first + ": removed " + (whole.size() - 3) + " file(s)")
                .contains("left, changed since the run wrote them: findings.csv")
                .contains("run " + second + ": removed " + (whole.size() - 2) + " file(s)")
                .contains("phiscan prune: 2 run(s) older than");
        assertThat(files(tmp.resolve("a"))).containsExactly("findings.csv", "manifest.sha256");
        assertThat(files(tmp.resolve("b"))).containsExactly("manifest.sha256");
        assertThat(files(tmp.resolve("c"))).isEqualTo(whole);

        Cli latest = Cli.run("verify", "--workspace", ws().toString());
        assertThat(latest.exitCode()).as(latest.out()).isZero();
        assertThat(latest.out()).contains("chain: " + third + " -> " + second + " -> " + first).contains("intact");
        Cli pruned = Cli.run("verify", second, "--workspace", ws().toString());
        assertThat(pruned.exitCode()).as(pruned.out()).isZero();
        assertThat(pruned.out()).contains("removed by phiscan prune on").doesNotContain("MISSING");
        Cli edited = Cli.run("verify", first, "--workspace", ws().toString());
        assertThat(edited.exitCode()).isEqualTo(1);
        assertThat(edited.out()).contains("CHANGED     findings.csv").doesNotContain("MISSING");

        Cli again = Cli.run("prune", "--keep", "0d", "--workspace", ws().toString());
        assertThat(again.out()).contains("phiscan prune: 0 run(s)");

        // the history says where each run's reports are
        Cli runs = Cli.run("runs", "--workspace", ws().toString());
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertThat(runs.out()).contains("REPORTS");
        assertThat(runs.out().lines().filter(l -> l.startsWith(first + " ") || l.startsWith(second + " ")))
                .hasSize(2).allSatisfy(l -> assertThat(l).endsWith("pruned " + today));
        assertThat(runs.out().lines().filter(l -> l.startsWith(third + " "))).singleElement()
                .satisfies(l -> assertThat(l).endsWith("  kept"));
    }

    @Test
    void aFolderThatALaterRunReusedOrThatHasNoManifestIsLeftWholeAndOneAlreadyGoneIsPassedOver() throws IOException {
        String first = audit("shared");
        String second = audit("shared");
        String third = audit("c");
        Files.delete(tmp.resolve("c/manifest.sha256"));
        String fourth = audit("gone");
        try (Stream<Path> walk = Files.walk(tmp.resolve("gone"))) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        audit("d");
        Cli prune = Cli.run("prune", "--keep", "0d", "--workspace", ws().toString());
        assertThat(prune.exitCode()).as(prune.err()).isZero();
        assertThat(prune.out()).contains("run " + first + ": left whole").contains("holds the outputs of run " + second)
                .contains("run " + third + ": left whole").contains("no manifest.sha256 in the folder")
                .contains("run " + second + ": removed").doesNotContain(fourth)
                .contains("phiscan prune: 1 run(s) older than 0d, removed").contains("; 2 left whole");
        assertThat(files(tmp.resolve("c"))).contains("report.html", "findings.json");
        assertThat(Cli.run("runs", "--workspace", ws().toString()).out().lines().filter(l -> l.startsWith(fourth + " ")))
                .singleElement().satisfies(l -> assertThat(l).endsWith("  not found"));
    }

    @Test
    void aPruningAfterARunThatFailsIsSaidAndLeavesTheRunsExitCode() throws Exception {
        Path spec = tmp.resolve("nightly.yaml");
        String rest = "]\nworkspace: ws\nout: reports\nkeep-reports: 0d\nfail-on: medium\n";
        Files.writeString(spec, "inputs: [" + Path.of("sample-data/twitter").toAbsolutePath() + rest);
        assertThat(Cli.run("run", spec.toString()).exitCode()).isEqualTo(3);
        Path kept;
        try (Stream<Path> list = Files.list(tmp.resolve("reports"))) {
            kept = list.findFirst().orElseThrow().resolve("findings.csv");
        }
        // an immutable file: even its owner (root here) cannot delete it
        boolean immutable = new ProcessBuilder("chattr", "+i", kept.toString()).start().waitFor() == 0;
        Assumptions.assumeTrue(immutable, "needs chattr +i on the temporary folder's file system (root, ext4 or the like)");
        try {
            // the other platforms' exports too: new findings at medium and above, exit 3
            Files.writeString(spec, "inputs: [" + Path.of("sample-data").toAbsolutePath() + rest);
            Cli second = Cli.run("run", spec.toString());
            assertThat(second.exitCode()).as("new findings at or above fail-on: exit 3 stands").isEqualTo(3);
            assertThat(second.err()).contains("keep-reports: the reports of older runs were not pruned")
                    .contains("findings.csv");
            assertThat(kept).exists();
        } finally {
            new ProcessBuilder("chattr", "-i", kept.toString()).start().waitFor();
        }
    }

    @Test
    void aJobSpecWithKeepReportsPrunesAfterItsRun() throws IOException {
        Path spec = tmp.resolve("nightly.yaml");
        Files.writeString(spec, "inputs: [" + Path.of("sample-data/twitter").toAbsolutePath() + "]\nworkspace: ws\nout: reports\n"
                + "keep-reports: 0d\n");
        Cli first = Cli.run("run", spec.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("phiscan prune: 0 run(s)");
        Cli second = Cli.run("run", spec.toString());
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("phiscan prune: 1 run(s) older than").doesNotContain("  run ");
        List<Path> folders;
        try (Stream<Path> list = Files.list(tmp.resolve("reports"))) {
            folders = list.sorted().toList();
        }
        assertThat(folders).hasSize(2);
        assertThat(files(folders.get(0))).containsExactly("manifest.sha256");
        assertThat(files(folders.get(1))).contains("report.html");
    }

    @Test
    void theRetentionIsPrintedAsGivenNotRounded() {
        assertThat(PruneCommand.period(java.time.Duration.ofDays(90))).isEqualTo("90d");
        assertThat(PruneCommand.period(java.time.Duration.ofHours(36))).isEqualTo("36h");
        assertThat(PruneCommand.period(java.time.Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(PruneCommand.period(java.time.Duration.ofSeconds(1))).isEqualTo("1s");
        assertThat(PruneCommand.period(java.time.Duration.ofMinutes(90))).isEqualTo("90m");
        assertThat(PruneCommand.period(java.time.Duration.ZERO)).isEqualTo("0d");
    }
}
