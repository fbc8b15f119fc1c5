package io.phiscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit codes of the contract, as a scheduler sees them. */
class AuditExitCodesTest {
    @TempDir
    Path tmp;

    @Test
    void aMissingInputIsExitTwoNamingIt() {
        Cli c = Cli.run("audit", tmp.resolve("nope.zip").toString(), "--workspace", tmp.resolve("ws").toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains("nope.zip").contains("no such file or folder");
    }

    @Test
    void aFolderWithNoKnownExportIsExitTwoSayingWhatWasSeen() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("not-an-export"));
        Files.writeString(folder.resolve("notes.txt"), "hello");
        Cli c = Cli.run("audit", folder.toString(), "--workspace", tmp.resolve("ws").toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains("not-an-export").contains("notes.txt").contains("no export of a known platform");
    }

    @Test
    void anUnknownOptionIsExitTwo() {
        assertThat(Cli.run("audit", "--frobnicate", "x").exitCode()).isEqualTo(2);
        assertThat(Cli.run("audit", "sample-data", "--fail-on", "urgent").exitCode()).isEqualTo(2);
    }

    @Test
    void anInvalidPolicyIsExitTwoNamingTheProblem() throws IOException {
        Path policy = tmp.resolve("policy.yaml");
        Files.writeString(policy, "version: x\nseverity:\n  high: 1\n  medium: 5\n");
        Cli c = Cli.run("audit", "sample-data/twitter", "--policy", policy.toString(), "--workspace", tmp.resolve("ws").toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains("severity.medium (5.0) is above severity.high (1.0)");
    }

    /** A cut index file failed the run with exit 1 ("run the same command again"), every retry, in Spring's words. */
    @Test
    void aDamagedIndexIsExitTwoNamingTheFileAndWhatHelps() throws IOException {
        String ws = tmp.resolve("ws").toString();
        assertThat(Cli.run("audit", "sample-data/twitter", "--workspace", ws).exitCode()).isZero();
        Path biggest;
        try (var files = Files.list(tmp.resolve("ws/index"))) {
            biggest = files.filter(f -> f.getFileName().toString().startsWith("_"))
                    .max(java.util.Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        try (var cut = java.nio.channels.FileChannel.open(biggest, java.nio.file.StandardOpenOption.WRITE)) {
            cut.truncate(cut.size() / 2);
        }
        for (String[] command : List.of(new String[] {"audit", "sample-data/twitter"}, new String[] {"rescan"},
                new String[] {"search", "fever"})) {
            List<String> args = new java.util.ArrayList<>(List.of(command));
            args.addAll(List.of("--workspace", ws));
            Cli c = Cli.run(args.toArray(String[]::new));
            assertThat(c.exitCode()).as(command[0]).isEqualTo(2);
            assertThat(c.err()).as(command[0]).startsWith("phiscan: the index at " + tmp.resolve("ws/index") + " is damaged")
                    .contains(biggest.getFileName().toString()).contains("audit --full").doesNotContain("Error creating bean");
        }
    }

    /**
     * A damaged index made every command exit 2, those that need only the database too: the
     * history, the review, the check of a run's outputs, the retention and the rendering of a
     * run's reports again stay at hand.
     */
    @Test
    void aDamagedIndexLeavesTheCommandsThatNeedOnlyTheDatabaseWorking() throws IOException {
        String ws = tmp.resolve("ws").toString();
        assertThat(Cli.run("audit", "sample-data/twitter", "--workspace", ws).exitCode()).isZero();
        Path segment;
        try (var files = Files.list(tmp.resolve("ws/index"))) {
            segment = files.filter(f -> f.getFileName().toString().startsWith("_"))
                    .max(java.util.Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        Files.delete(segment);

        Cli runs = Cli.run("runs", "--workspace", ws);
        assertThat(runs.exitCode()).as(runs.err()).isZero();
        assertThat(runs.out()).contains("audit  COMPLETED");
        Cli review = Cli.run("review", "list", "--workspace", ws);
        assertThat(review.exitCode()).as(review.err()).isZero();
        assertThat(review.out()).contains("4 finding(s)");
        Cli verify = Cli.run("verify", "--workspace", ws);
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("intact");
        Cli prune = Cli.run("prune", "--keep", "90d", "--dry-run", "--workspace", ws);
        assertThat(prune.exitCode()).as(prune.err()).isZero();
        Cli report = Cli.run("report", "--workspace", ws, "--out", tmp.resolve("rendered").toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).contains("rendered again, 4 finding(s)");
        assertThat(tmp.resolve("rendered")).isDirectoryRecursivelyContaining("glob:**/report.html");

        Cli search = Cli.run("search", "fever", "--workspace", ws);
        assertThat(search.exitCode()).as("search needs the index").isEqualTo(2);
        assertThat(search.err()).startsWith("phiscan: the index at " + tmp.resolve("ws/index") + " is damaged")
                .contains(segment.getFileName().toString());
    }

    /** An embedded database H2 cannot read was exit 1 in the words of the bean that failed. */
    @Test
    void aDamagedDatabaseIsExitTwoSayingSo() throws IOException {
        String ws = tmp.resolve("ws").toString();
        assertThat(Cli.run("audit", "sample-data/twitter", "--workspace", ws).exitCode()).isZero();
        Path db = tmp.resolve("ws/db/phiscan.mv.db");
        byte[] bytes = Files.readAllBytes(db);
        // the file header and every chunk after it overwritten: nothing left to recover from
        java.util.Arrays.fill(bytes, 0, bytes.length, (byte) 'x');
        Files.write(db, bytes);
        Cli c = Cli.run("runs", "--workspace", ws);
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).startsWith("phiscan: the workspace's database " + tmp.resolve("ws/db") + " is damaged")
                .contains("Restore the workspace from its backup").doesNotContain("Error creating bean");
    }

    @Test
    void failOnIsExitThreeWhenANewFindingReachesIt() {
        String ws = tmp.resolve("ws").toString();
        Cli first = Cli.run("audit", "sample-data/twitter", "--workspace", ws, "--fail-on", "high");
        assertThat(first.exitCode()).isEqualTo(3);
        assertThat(first.out()).contains("--fail-on: 2 new at or above it");
        Cli again = Cli.run("audit", "sample-data/twitter", "--workspace", ws, "--fail-on", "high");
        assertThat(again.exitCode()).as("nothing new the second time").isZero();
    }

    @Test
    void aMalformedRecordIsSkippedAndListedAndTheRunCompletes() throws IOException {
        Path out = tmp.resolve("out");
        Cli c = Cli.run("audit", "src/test/resources/twitter/malformed-record", "--workspace", tmp.resolve("ws").toString(),
                "--out", out.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).contains("8 record(s) read, 6 message(s) in the exports, 2 skipped");
        List<String> skipped = Files.readAllLines(out.resolve("skipped.csv"));
        assertThat(skipped.get(0)).isEqualTo("file,position,reason");
        assertThat(skipped).hasSize(3);
        assertThat(skipped.get(1)).contains("malformed-record!data/direct-messages.js,\"element 0, line 2, message 1\"");
        assertThat(skipped.get(2)).contains("malformed-record!data/tweets.js,\"element 2, line 72\",\"invalid JSON at line 100, column 7");
        String findings = Files.readString(out.resolve("findings.json"));
        assertThat(findings).contains("\"messages\":6,\"skipped\":2");
    }
}
