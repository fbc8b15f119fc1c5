package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.PhiscanApplication;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scheduled audit that waits for another run's workspace and is stopped meanwhile (systemd
 * stopping its unit: SIGTERM) ends with the status a signal gives (143) and says why, and that
 * nothing is left to resume. Before, it ended with no word after "waiting for it".
 */
class StartSignalsTest {
    @TempDir
    Path tmp;

    @Test
    void sigtermWhileWaitingForTheWorkspaceSaysWhyItStopped() throws Exception {
        Path ws = tmp.resolve("ws");
        java.nio.file.Files.createDirectories(ws);
        try (WorkspaceLock held = WorkspaceLock.acquireNow(ws)) {
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
                    System.getProperty("java.class.path"), PhiscanApplication.class.getName(), "audit",
                    Path.of("src/test/resources/twitter/gen1-2021").toAbsolutePath().toString(), "--workspace", ws.toString(),
                    "--wait", "10m");
            Process audit = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            StringBuilder err = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(audit.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    err.append(line).append('\n');
                    if (line.contains("waiting for it")) {
                        audit.toHandle().destroy(); // SIGTERM (Process.destroy would close the streams read here)
                    }
                }
            }
            assertThat(audit.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(audit.exitValue()).as(err.toString()).isEqualTo(143);
            assertThat(err.toString()).contains("waiting for it (up to 10m)")
                    .contains("phiscan: SIGTERM received while waiting for the workspace or starting: stopped before any work"
                            + " began; nothing is left to resume");
        }
    }
}
