package io.phiscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.job.WorkspaceLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The scheduling commands as a scheduler sees them: exit codes, one summary line, runs --failed, report. */
class OperationsCommandsTest {
    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    private static Result phiscan(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = PhiscanCommand.commandLine(args);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** A workspace that has audited the sample, as a path for --workspace. */
    private String audited() throws IOException {
        String ws = tmp.resolve("ws").toString();
        assertThat(phiscan("audit", sample().toString(), "--workspace", ws).code()).isZero();
        return ws;
    }

    /** The workspace's lock, held as another process would hold it. */
    private static WorkspaceLock holding(String ws) {
        return WorkspaceLock.acquire(Path.of(ws), Duration.ZERO, m -> { });
    }

    private Path sample() throws IOException {
        Path from = Path.of("sample-data/twitter/drlenaokafor-archive");
        Path to = tmp.resolve("incoming/drlenaokafor-archive");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return tmp.resolve("incoming");
    }

    @Test
    void aJobSpecRunsTheAuditWithOneSummaryLineAndItsFailOnExitCode() throws IOException {
        sample();
        Path spec = Files.writeString(tmp.resolve("nightly.yaml"),
                "inputs: [incoming]\nworkspace: ws\nout: reports\nfail-on: high\n");

        Result first = phiscan("run", spec.toString());
        Result second = phiscan("run", spec.toString());

        assertThat(first.code()).isEqualTo(3);
        assertThat(first.out().lines()).singleElement().asString()
                .startsWith("phiscan audit: run ").contains("4 finding(s) (4 new,")
                .contains("reports in " + tmp.resolve("reports")).contains("; --fail-on: 2 new at or above it");
        assertThat(first.err()).isEmpty();
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("(1 unchanged, not read again)").contains(" 0 record(s) read")
                .contains("4 finding(s) (0 new,");
        try (Stream<Path> runs = Files.list(tmp.resolve("reports"))) {
            assertThat(runs.toList()).hasSize(2).allSatisfy(d -> assertThat(d.resolve("findings.json")).exists());
        }
        assertThat(tmp.resolve("ws/logs/phiscan.log")).content().contains("audit: run ").doesNotContain("amoxicillin");
    }

    @Test
    void aFailedRunIsListedWithTheCommandThatResumesIt() throws IOException {
        Path incoming = sample();
        Path out = tmp.resolve("out");
        // a folder (not empty) where the report step writes findings.json: the run fails in its last step
        Path inTheWay = Files.createDirectories(out.resolve("findings.json")).resolve("x");
        Files.createDirectory(inTheWay);
        String ws = tmp.resolve("ws").toString();

        Result failed = phiscan("audit", incoming.toString(), "--workspace", ws, "--out", out.toString());
        Result list = phiscan("runs", "--failed", "--workspace", ws);
        Files.delete(inTheWay);
        Files.delete(inTheWay.getParent());
        Result resumed = phiscan("audit", incoming.toString(), "--workspace", ws, "--out", out.toString());
        Result after = phiscan("runs", "--failed", "--workspace", ws);

        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err()).contains("failed in step report").contains("run the same command again");
        assertThat(list.out()).contains(" audit  FAILED ").contains("in step report").contains("resume it with: phiscan");
        assertThat(resumed.code()).isZero();
        assertThat(after.out()).contains("no run to resume");
    }

    @Test
    void reportRendersARunAgainFromTheStore() throws IOException {
        Path incoming = sample();
        String ws = tmp.resolve("ws").toString();
        phiscan("audit", incoming.toString(), "--workspace", ws);
        Path again = tmp.resolve("again");

        Result report = phiscan("report", "--workspace", ws, "--out", again.toString());
        Result missing = phiscan("report", "--workspace", ws, "--run", "19990101T000000Z");

        assertThat(report.code()).isZero();
        assertThat(report.out()).contains("rendered again, 4 finding(s)");
        assertThat(again.resolve("findings.json")).exists();
        assertThat(again.resolve("report.html")).exists();
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no run 19990101T000000Z");
    }

    /**
     * report without --policy renders a run's warnings and chart notes with the practice details of
     * the policy file the run was made under; a file gone or holding another version since is
     * named, and --policy says which to use. Before, the built-in policy's blanks were used.
     */
    @Test
    void reportRendersWithThePolicyTheRunWasMadeUnder() throws IOException {
        Path policy = Files.copy(Path.of("jobs/policy.yaml"), tmp.resolve("policy.yaml"));
        String ws = tmp.resolve("ws").toString();
        assertThat(phiscan("audit", sample().toString(), "--workspace", ws, "--policy", policy.toString()).code()).isZero();

        Result same = phiscan("report", "--workspace", ws, "--out", tmp.resolve("same").toString());
        assertThat(same.code()).as(same.err()).isZero();
        assertThat(Files.readString(tmp.resolve("same/warnings.csv"))).contains("(555) 201-4400");

        Files.writeString(policy, Files.readString(policy).replace("riverbend-2026-11-26.2", "riverbend-2026-12-01.1"));
        Result changed = phiscan("report", "--workspace", ws, "--out", tmp.resolve("changed").toString());
        assertThat(changed.code()).isEqualTo(2);
        assertThat(changed.err()).contains("policy " + policy + ": run ")
                .contains("was made under this file's version 'riverbend-2026-11-26.2', and it holds version "
                        + "'riverbend-2026-12-01.1' now: give --policy FILE");
        Result given = phiscan("report", "--workspace", ws, "--out", tmp.resolve("given").toString(), "--policy", policy.toString());
        assertThat(given.code()).as(given.err()).isZero();
        assertThat(Files.readString(tmp.resolve("given/warnings.csv"))).contains("(555) 201-4400");

        Files.delete(policy);
        Result gone = phiscan("report", "--workspace", ws, "--out", tmp.resolve("gone").toString());
        assertThat(gone.code()).isEqualTo(2);
        assertThat(gone.err()).contains("was made under this file, which is gone");
    }

    /**
     * review and blocklist on a workspace whose embedded database an audit holds: the holder
     * named, exit 2, as for the other commands. H2 refused them with "Database may be already in
     * use", exit 1 (a job that failed), though nothing had failed.
     */
    @Test
    void reviewAndBlocklistOnAWorkspaceInUseSayWhoUsesIt() throws IOException {
        String ws = audited();
        try (WorkspaceLock held = holding(ws)) {
            for (String[] command : List.of(new String[] {"review", "list", "--workspace", ws},
                    new String[] {"blocklist", "--workspace", ws})) {
                Result busy = phiscan(command);
                assertThat(busy.code()).as(String.join(" ", command)).isEqualTo(2);
                assertThat(busy.err()).contains("the workspace " + ws + " is in use by pid " + ProcessHandle.current().pid())
                        .contains("run again when it has finished").doesNotContain("--wait");
            }
        }
        assertThat(phiscan("review", "list", "--workspace", ws).code()).isZero();
    }

    /** runs and verify wait for a workspace in use with --wait, as their message advises. */
    @Test
    void runsAndVerifyWaitForAWorkspaceInUse() throws IOException {
        String ws = audited();
        try (WorkspaceLock held = holding(ws)) {
            for (String command : List.of("runs", "verify")) {
                Result now = phiscan(command, "--workspace", ws);
                assertThat(now.code()).as(command).isEqualTo(2);
                assertThat(now.err()).as(command).contains("is in use by pid").contains("add --wait DURATION");
                Result waited = phiscan(command, "--workspace", ws, "--wait", "1s");
                assertThat(waited.code()).as(command).isEqualTo(2);
                assertThat(waited.err()).as(command).contains("waiting for it (up to 1s)")
                        .contains("it was still in use when the wait ended");
            }
        }
        assertThat(phiscan("runs", "--workspace", ws, "--wait", "1s").code()).isZero();
        assertThat(phiscan("verify", "--workspace", ws, "--wait", "1s").code()).isZero();
    }

    @Test
    void aBadJobSpecExitsTwo() throws IOException {
        Path spec = Files.writeString(tmp.resolve("bad.yaml"), "inputs: [x]\nworkspace: ws\nschedule: nightly\n");
        Result r = phiscan("run", spec.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown key 'schedule'");
        assertThat(List.of(r.out())).containsExactly("");
    }
}
