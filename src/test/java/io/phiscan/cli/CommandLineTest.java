package io.phiscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The command line a user types: a command's own arguments find that command (set up alone),
 * and the top command's help, version and errors still know every command.
 */
class CommandLineTest {
    private static final String[] COMMANDS = {"audit", "rescan", "report", "run", "search", "runs", "review", "blocklist",
            "verify", "prune", "annotate", "evaluate", "benchmark", "generate", "worker", "help"};

    @Test
    void theTopHelpListsEveryCommandAndTheExitCodes() {
        Cli help = Cli.run("--help");
        assertThat(help.exitCode()).isZero();
        for (String command : COMMANDS) { // ceiling, a benchmark's, is hidden
            assertThat(help.out()).as(command).containsPattern("(?m)^\\s+" + command + "\\s");
        }
        assertThat(help.out()).contains("Exit codes:", "3  done, and --fail-on was given");
    }

    @Test
    void aCommandsHelpIsItsOwnUnderItsFullName() {
        Cli audit = Cli.run("audit", "--help");
        assertThat(audit.exitCode()).isZero();
        assertThat(audit.out()).startsWith("Usage: phiscan audit ").contains("--workspace", "--fail-on");

        Cli viaHelp = Cli.run("help", "audit");
        assertThat(viaHelp.exitCode()).isZero();
        assertThat(viaHelp.out()).isEqualTo(audit.out());
    }

    @Test
    void aMistypedCommandIsBadUsageNamingTheCommandMeant() {
        Cli typo = Cli.run("audti", "sample-data");
        assertThat(typo.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(typo.err()).contains("'audti'").contains("audit");
    }

    @Test
    void noCommandIsBadUsageSayingWhereTheyAreListed() {
        Cli none = Cli.run();
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("name a command (phiscan --help lists them)");
    }

    @Test
    void aPathThatCannotBeAFileNameIsRefusedSayingWhatHelps() {
        // phiscan's own conversion of paths (a NUL cannot be in a file name; nor, in the C locale, an accent)
        Cli runs = Cli.run("runs", "--workspace", "/nonexistent/\u0000");
        assertThat(runs.exitCode()).isEqualTo(2);
        assertThat(runs.err()).contains("cannot be a file name").doesNotContain("Exception");
        Cli audit = Cli.run("audit", "/nonexistent/\u0000");
        assertThat(audit.exitCode()).isEqualTo(2);
        assertThat(audit.err()).contains("cannot be a file name").doesNotContain("Exception");
    }
}
