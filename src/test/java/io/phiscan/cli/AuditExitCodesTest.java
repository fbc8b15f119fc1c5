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
