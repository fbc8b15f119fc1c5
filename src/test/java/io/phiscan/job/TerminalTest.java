package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a descriptor's link in {@code /proc/self/fd} is told to be a terminal: only a character
 * device with a terminal's name. A pipe, a socket, a file and {@code /dev/null} are not.
 */
class TerminalTest {

    @Test
    void aLinkToATerminalDeviceIsATerminal(@TempDir Path tmp) throws IOException {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/tty")), "needs /dev/tty");
        assertThat(Terminal.isTerminal(Files.createSymbolicLink(tmp.resolve("1"), Path.of("/dev/tty")))).isTrue();
    }

    @Test
    void pipesSocketsFilesAndTheNullDeviceAreNotTerminals(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("out.csv"), "a,b\n");
        assertThat(Terminal.isTerminal(Files.createSymbolicLink(tmp.resolve("1"), Path.of("pipe:[40961]")))).isFalse();
        assertThat(Terminal.isTerminal(Files.createSymbolicLink(tmp.resolve("2"), Path.of("socket:[40962]")))).isFalse();
        assertThat(Terminal.isTerminal(Files.createSymbolicLink(tmp.resolve("3"), file))).isFalse();
        assertThat(Terminal.isTerminal(Files.createSymbolicLink(tmp.resolve("4"), Path.of("/dev/null")))).isFalse();
        assertThat(Terminal.isTerminal(tmp.resolve("5"))).as("no such descriptor").isFalse();
    }

    /** search --color auto colored its matches with TERM=dumb and with NO_COLOR set: a terminal alone decided. */
    @Test
    void searchColorsOnATerminalUnlessTermIsDumbOrNoColorIsSet() {
        assertThat(Terminal.colors(Map.of("TERM", "xterm-256color"), true)).isTrue();
        assertThat(Terminal.colors(Map.of(), true)).as("no TERM").isTrue();
        assertThat(Terminal.colors(Map.of("TERM", "xterm-256color"), false)).as("a pipe or a file").isFalse();
        assertThat(Terminal.colors(Map.of("TERM", "dumb"), true)).as("TERM=dumb").isFalse();
        assertThat(Terminal.colors(Map.of("TERM", "xterm-256color", "NO_COLOR", "1"), true)).as("NO_COLOR=1").isFalse();
        assertThat(Terminal.colors(Map.of("TERM", "xterm-256color", "NO_COLOR", "0"), true)).as("NO_COLOR=0, any value").isFalse();
        assertThat(Terminal.colors(Map.of("TERM", "xterm-256color", "NO_COLOR", ""), true)).as("NO_COLOR empty").isTrue();
    }
}
