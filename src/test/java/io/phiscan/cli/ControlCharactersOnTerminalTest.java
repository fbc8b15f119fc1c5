package io.phiscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Reddit export whose user name and message carry terminal escape sequences (clear the
 * screen, retitle the window, a carriage return that overwrites the line): {@code review list},
 * {@code review show} and {@code search} printed them as they were, so that showing a finding
 * on a terminal ran them. They are shown as signs now; the only escapes printed are search's
 * own colors.
 */
class ControlCharactersOnTerminalTest {
    private static final String ESCAPES = "\u001b]0;PWNED\u0007\u001b[2J\u009b31m\u0000";
    private static final String SIGNS = "\u241b]0;PWNED\u2407\u241b[2J\ufffd31m\u2400";

    @TempDir
    static Path tmp;

    @BeforeAll
    static void audit() throws Exception {
        Path export = Files.createDirectories(tmp.resolve("export_DrRowanHale_20261120"));
        Files.writeString(export.resolve("statistics.csv"), "statistic,value\naccount name,DrRowanHale\n");
        Files.writeString(export.resolve("messages.csv"), "id,permalink,thread_id,date,ip,from,to,subject,body\n"
                + "3a1b2c,https://www.reddit.com/message/messages/3a1b2c,3a1b2c,2026-11-14 03:22:51 UTC,,\"pine_mom" + ESCAPES
                + "_7\",DrRowanHale,my son,\"Dr. Hale, you saw my son Theo last week. His fever of 103 is back and he has a rash"
                + " on his chest. Should I bring him in?" + ESCAPES + "\rfake line\"\n");
        assertThat(Cli.run("audit", export.toString(), "--workspace", tmp.resolve("ws").toString()).exitCode()).isZero();
    }

    @Test
    void reviewListShowsControlCharactersAsSigns() {
        Cli list = Cli.run("review", "list", "--workspace", tmp.resolve("ws").toString());
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("@pine_mom" + SIGNS + "_7").doesNotContain("\u001b", "\u0007", "\u009b", "\u0000");
    }

    @Test
    void reviewShowShowsControlCharactersAsSigns() {
        Cli list = Cli.run("review", "list", "--workspace", tmp.resolve("ws").toString());
        String id = list.out().lines().skip(1).findFirst().orElseThrow().split(" ")[0];
        Cli show = Cli.run("review", "show", id, "--workspace", tmp.resolve("ws").toString());
        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).contains("Should I bring him in?" + SIGNS + "\u240dfake line")
                .doesNotContain("\u001b", "\u0007", "\u009b", "\u0000", "\r");
    }

    @Test
    void searchPrintsNoEscapeButItsOwnColors() {
        Cli search = Cli.run("search", "fever", "--color", "always", "--workspace", tmp.resolve("ws").toString());
        assertThat(search.exitCode()).isZero();
        assertThat(search.out()).contains("\u001b[1;31mfever\u001b[0m").contains("pine_mom" + SIGNS + "_7");
        assertThat(search.out().replace("\u001b[1;31m", "").replace("\u001b[0m", ""))
                .doesNotContain("\u001b", "\u0007", "\u009b", "\u0000");
    }
}
