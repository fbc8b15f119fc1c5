package io.phiscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.PhiscanApplication;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code phiscan search --color auto} on a terminal, run here in a pseudo-terminal by script(1):
 * it colored the matches with {@code TERM=dumb} (a terminal that shows escapes as they are: Emacs'
 * shell, a serial console) and with {@code NO_COLOR} set, where it marks them as {@code **word**}
 * now. {@code --color always} colors whatever the environment says.
 */
class SearchColorsOnTerminalTest {
    private static final String RED = "\u001b[1;31m";

    @TempDir
    static Path tmp;

    @BeforeAll
    static void audit() throws Exception {
        Path export = Files.createDirectories(tmp.resolve("export_DrRowanHale_20261120"));
        Files.writeString(export.resolve("statistics.csv"), "statistic,value\naccount name,DrRowanHale\n");
        Files.writeString(export.resolve("messages.csv"), "id,permalink,thread_id,date,ip,from,to,subject,body\n"
                + "3a1b2c,https://www.reddit.com/message/messages/3a1b2c,3a1b2c,2026-11-14 03:22:51 UTC,,pine_mom_7,DrRowanHale,"
                + "my son,\"Dr. Hale, you saw my son Theo last week. His fever of 103 is back. Should I bring him in?\"\n");
        assertThat(Cli.run("audit", export.toString(), "--workspace", tmp.resolve("ws").toString()).exitCode()).isZero();
    }

    @Test
    void onATerminalMatchesAreColored() throws Exception {
        assertThat(searchOnATerminal(Map.of("TERM", "xterm-256color"), "auto")).contains(RED + "fever\u001b[0m");
    }

    @Test
    void withTermDumbMatchesAreMarkedWithoutColors() throws Exception {
        assertThat(searchOnATerminal(Map.of("TERM", "dumb"), "auto")).contains("**fever**").doesNotContain("\u001b");
    }

    @Test
    void withNoColorSetMatchesAreMarkedWithoutColors() throws Exception {
        assertThat(searchOnATerminal(Map.of("TERM", "xterm-256color", "NO_COLOR", "1"), "auto")).contains("**fever**")
                .doesNotContain("\u001b");
    }

    @Test
    void colorAlwaysColorsWhateverTheEnvironment() throws Exception {
        assertThat(searchOnATerminal(Map.of("TERM", "dumb", "NO_COLOR", "1"), "always")).contains(RED + "fever\u001b[0m");
    }

    /** What {@code phiscan search fever --color WHEN} shows on a terminal, in the environment given; it must exit 0. */
    private static String searchOnATerminal(Map<String, String> env, String when) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs script(1) (util-linux) for a terminal");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), PhiscanApplication.class.getName(),
                "search", "fever", "--color", when, "--workspace", tmp.resolve("ws").toString()));
        String line = String.join(" ", command.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/script", "-qec", line, "/dev/null")
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("NO_COLOR");
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().putAll(env);
        Process p = pb.start();
        String shown = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(shown).isZero();
        assertThat(shown).as("the search ran").contains("1 of 1 match(es)");
        return shown;
    }
}
