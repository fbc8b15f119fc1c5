package io.phiscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A --workspace that is not one: the commands that read a workspace exit 2 naming it, and create
 * nothing there (a mistyped path used to get a new, empty workspace and "0 finding(s)", exit 0).
 */
class WorkspaceExitCodesTest {
    @TempDir
    Path tmp;

    @Test
    void aWorkspaceThatDoesNotExistIsExitTwoAndIsNotCreated() throws Exception {
        Path missing = tmp.resolve("phiscan-workspce");
        Path decisions = Files.writeString(tmp.resolve("decisions.csv"), "finding_id,decision,reason\n");
        for (List<String> command : List.of(List.of("runs"), List.of("review", "list"), List.of("review", "history"),
                List.of("review", "show", "F-0123456789abcdef"), List.of("review", "import", decisions.toString(), "--by", "Dana"),
                List.of("review", "confirm", "F-0123456789abcdef", "--by", "Dana"), List.of("blocklist"),
                List.of("search", "fever"), List.of("report"))) {
            Cli c = Cli.run(concat(command, "--workspace", missing.toString()));

            assertThat(c.exitCode()).as(command.toString()).isEqualTo(2);
            assertThat(c.err()).as(command.toString()).isEqualTo("phiscan: no workspace at " + missing + "\n");
            assertThat(missing).as(command.toString()).doesNotExist();
        }
    }

    @Test
    void aWorkspaceThatIsAFileIsExitTwo() throws Exception {
        Path file = Files.writeString(tmp.resolve("ws"), "mine");

        Cli c = Cli.run("audit", "sample-data/twitter", "--workspace", file.toString());

        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).isEqualTo("phiscan: the workspace " + file + " is a file, not a folder\n");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void aSearchOfAWorkspaceWithoutAnIndexIsExitTwo() throws Exception {
        Path ws = Files.createDirectories(tmp.resolve("ws"));

        Cli c = Cli.run("search", "fever", "--workspace", ws.toString());

        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).isEqualTo("phiscan: the workspace " + ws + " has no index: run an audit first\n");
    }

    private static String[] concat(List<String> command, String... more) {
        return java.util.stream.Stream.concat(command.stream(), java.util.Arrays.stream(more)).toArray(String[]::new);
    }
}
