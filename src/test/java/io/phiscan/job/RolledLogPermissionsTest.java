package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A log rolled during a command: the new {@code phiscan.log} and the archive of the old one are
 * created by logback with the process's umask (0644, 0666 under umask 000), and stayed so after
 * the command; the workspace's files are made owner-only again when the command closes it.
 */
class RolledLogPermissionsTest {
    private static final String MAX_SIZE = "logging.logback.rollingpolicy.max-file-size";

    @TempDir
    Path tmp;

    @Test
    void aLogRolledDuringACommandIsOwnerOnlyWhenTheCommandEnds() throws Exception {
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        System.setProperty(MAX_SIZE, "2KB");
        try (ConfigurableApplicationContext context = BatchApplication.start(ws, java.time.Duration.ZERO, m -> { })) {
            var log = LoggerFactory.getLogger(RolledLogPermissionsTest.class);
            for (int i = 0; i < 400 && listLogs(ws).size() < 2; i++) {
                log.info("line {} of a log that rolls at 2 KB: {}", i, "x".repeat(200));
                Thread.sleep(5);
            }
            assertThat(listLogs(ws)).as("the log rolled").hasSizeGreaterThan(1);
        } finally {
            System.clearProperty(MAX_SIZE);
        }
        for (Path f : listLogs(ws)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString()).isEqualTo("rw-------");
        }
    }

    private static List<Path> listLogs(Workspace ws) throws Exception {
        try (Stream<Path> files = Files.list(ws.logs())) {
            return files.toList();
        }
    }
}
