package io.phiscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.PhiscanApplication;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The review loop's two X exports (see {@code src/test/resources/review/README.md}) with Jordan's
 * display name carrying terminal escapes (retitle the window, clear the screen, a carriage return
 * that overwrites the line): after the second audit he is on the block list. {@code phiscan
 * blocklist} printed his name as it was, so that showing the list on a terminal ran the escapes.
 * On a terminal they are shown as signs now; to a file or a pipe the list stays the CSV it was.
 * Whether standard output is a terminal is told by standard output alone: with standard input
 * redirected the list was printed raw again.
 */
class BlocklistOnTerminalTest {
    private static final String ESCAPES = "\u001b]0;PWNED\u0007\u001b[2J\u009b31m\u0000\rFAKE";
    private static final String SIGNS = "\u241b]0;PWNED\u2407\u241b[2J\ufffd31m\u2400\u240dFAKE";
    private static final String JSON_ESCAPES = "\\u001b]0;PWNED\\u0007\\u001b[2J\\u009b31m\\u0000\\rFAKE";

    @TempDir
    static Path tmp;

    @BeforeAll
    static void auditTwice() throws IOException {
        for (String month : new String[] {"export-2025-03", "export-2025-04"}) {
            Path export = copy(Path.of("src/test/resources/review").resolve(month), tmp.resolve(month));
            Path tweets = export.resolve("data/tweets.js");
            Files.writeString(tweets, Files.readString(tweets).replace("\"Jordan Reyes\"", "\"Jordan" + JSON_ESCAPES + " Reyes\""));
            Cli audit = Cli.run("audit", export.toString(), "--workspace", tmp.resolve("ws").toString());
            assertThat(audit.exitCode()).as(audit.err()).isZero();
        }
    }

    @Test
    void onATerminalControlCharactersOfANameAreShownAsSigns() {
        Cli list = blocklist(true);
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("jreyes_fixture,\"Jordan" + SIGNS + " Reyes\",")
                .doesNotContain("\u001b", "\u0007", "\u009b", "\u0000", "\r");
    }

    @Test
    void toAFileOrAPipeTheListIsTheCsvItWrites() throws IOException {
        Cli list = blocklist(false);
        assertThat(list.exitCode()).as(list.err()).isZero();
        Path lists = tmp.resolve("lists");
        assertThat(Cli.run("blocklist", "--out", lists.toString(), "--workspace", tmp.resolve("ws").toString()).exitCode()).isZero();
        assertThat(list.out()).contains("\"Jordan" + ESCAPES + " Reyes\"")
                .isEqualTo(Files.readString(lists.resolve("blocklist-twitter.csv")));
    }

    /**
     * Typed on a terminal with standard input redirected ({@code phiscan blocklist </dev/null}),
     * the list was printed raw, its escapes run: Java 17's {@code System.console()}, which decided,
     * is null unless standard input is a terminal too. Run here in a pseudo-terminal by script(1).
     */
    @Test
    void onATerminalWithStandardInputRedirectedControlCharactersAreShownAsSigns() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs script(1) (util-linux) for a terminal");
        String command = String.join(" ", phiscanProcess("blocklist", "--workspace", tmp.resolve("ws").toString()).stream()
                .map(BlocklistOnTerminalTest::quoted).toList()) + " </dev/null";
        byte[] shown = run(List.of("/usr/bin/script", "-qec", command, "/dev/null"));
        assertThat(new String(shown, StandardCharsets.UTF_8)).contains("jreyes_fixture,\"Jordan" + SIGNS + " Reyes\",").doesNotContain("\u001b", "\u0007", "\u009b", "\u0000");
    }

    /** Standard output a pipe (standard input too): the list is the CSV that --out writes, byte for byte. */
    @Test
    void toAPipeTheListIsTheCsvByteForByte() throws Exception {
        Path lists = tmp.resolve("piped-lists");
        assertThat(Cli.run("blocklist", "--out", lists.toString(), "--workspace", tmp.resolve("ws").toString()).exitCode()).isZero();
        byte[] piped = run(phiscanProcess("blocklist", "--workspace", tmp.resolve("ws").toString()));
        assertThat(piped).isEqualTo(Files.readAllBytes(lists.resolve("blocklist-twitter.csv")));
    }

    /** The command line of phiscan in a JVM of its own, on this test's class path. */
    private static List<String> phiscanProcess(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), PhiscanApplication.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** What the command writes on standard output, its standard input /dev/null; it must exit 0. */
    private static byte[] run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("LC_ALL", "C.UTF-8");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).as(new String(out, StandardCharsets.UTF_8)).isZero();
        return out;
    }

    private static String quoted(String arg) {
        return "'" + arg.replace("'", "'\\''") + "'";
    }

    /** {@code phiscan blocklist}, its standard output a terminal or not. */
    private static Cli blocklist(boolean terminal) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = PhiscanCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        ((BlocklistCommand) cl.getSubcommands().get("blocklist").getCommand()).terminal = terminal;
        int code = cl.execute("blocklist", "--workspace", tmp.resolve("ws").toString());
        return new Cli(code, out.toString(), err.toString());
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
