package io.phiscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code phiscan verify} on two real audits of sample-data: intact, then one byte of an output
 * edited, then a run's manifest deleted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerifyCommandTest {
    Path tmp;
    Path ws;
    String first;
    String second;

    @BeforeAll
    void auditTwice(@TempDir Path dir) {
        tmp = dir;
        ws = dir.resolve("ws");
        first = runId(Cli.run("audit", "sample-data/twitter", "--workspace", ws.toString(), "--out", dir.resolve("a").toString()));
        second = runId(Cli.run("audit", "sample-data/twitter", "--workspace", ws.toString(), "--out", dir.resolve("b").toString()));
    }

    private static String runId(Cli cli) {
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        Matcher m = Pattern.compile("run (\\S+) completed").matcher(cli.out());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    Cli verify(String... run) {
        String[] args = new String[run.length + 3];
        args[0] = "verify";
        System.arraycopy(run, 0, args, 1, run.length);
        args[run.length + 1] = "--workspace";
        args[run.length + 2] = ws.toString();
        return Cli.run(args);
    }

    @Test
    void intactRunsPassAndTheLatestChainsToTheFirst() {
        Cli latest = verify();
        assertThat(latest.exitCode()).as(latest.out() + latest.err()).isZero();
        assertThat(latest.out()).contains("run " + second).contains("files: 12 listed in the manifest")
                .contains("chain: " + second + " -> " + first).contains("intact");
        assertThat(verify(first).exitCode()).isZero();
    }

    @Test
    void oneEditedByteFailsAndNamesTheFile() throws IOException {
        Path report = tmp.resolve("a/report.html");
        byte[] original = Files.readAllBytes(report);
        byte[] edited = original.clone();
        edited[100] = (byte) (edited[100] == 'x' ? 'y' : 'x');
        Files.write(report, edited);
        try {
            Cli cli = verify(first);
            assertThat(cli.exitCode()).isEqualTo(1);
            assertThat(cli.out()).contains("CHANGED     report.html: changed since the run wrote it").contains("ALTERED: 1 problem(s)");
        } finally {
            Files.write(report, original);
        }
    }

    @Test
    void aDeletedManifestBreaksTheChainAndVerifySaysSo() throws IOException {
        Path manifest = tmp.resolve("a/manifest.sha256");
        byte[] original = Files.readAllBytes(manifest);
        Files.delete(manifest);
        try {
            Cli cli = verify();
            assertThat(cli.exitCode()).isEqualTo(1);
            assertThat(cli.out()).contains("broken chain: the manifest of run " + first + " is missing (deleted after run "
                    + second + " chained to it)");
        } finally {
            Files.write(manifest, original);
        }
    }

    /**
     * An audit into an {@code --out} folder that already held a file: verify called it ADDED,
     * "added after the run", of a file that was there before the run began. It says the run did
     * not write it, and when it was last modified against the run's start.
     */
    @Test
    void aFileThatWasInAReusedOutFolderIsNotCalledAddedAfterTheRun(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path before = Files.writeString(out.resolve("old-notes.txt"), "notes kept here before\n");
        Files.setLastModifiedTime(before, java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2026-01-05T10:00:00Z")));
        Path workspace = dir.resolve("ws");
        String run = runId(Cli.run("audit", "sample-data/twitter", "--workspace", workspace.toString(), "--out", out.toString()));

        Cli cli = Cli.run("verify", run, "--workspace", workspace.toString());

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.out()).contains("UNLISTED    old-notes.txt: in the folder but not in the manifest: not written by this run "
                + "(last modified 2026-01-05T10:00:00Z, before the run started)").doesNotContain("added after the run");
    }

    @Test
    void anUnknownRunIsBadUsage() {
        Cli cli = verify("19990101T000000Z");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("no run 19990101T000000Z in the workspace");
    }
}
