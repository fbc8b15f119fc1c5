package io.phiscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --limit of search and review history: 0 or less is a usage error, where search showed one match. */
class LimitOptionTest {
    @TempDir
    Path tmp;

    @Test
    void aLimitBelowOneIsExitTwo() {
        String ws = tmp.toString();
        for (String[] args : new String[][] {{"search", "fever", "--limit", "0"}, {"search", "fever", "--limit", "-1"},
                {"review", "history", "--limit", "0"}}) {
            Cli c = Cli.run(concat(args, "--workspace", ws));

            assertThat(c.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(c.err()).as(String.join(" ", args)).isEqualTo("phiscan: --limit must be 1 or more, not " + args[args.length - 1] + "\n");
        }
    }

    private static String[] concat(String[] args, String... more) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more)).toArray(String[]::new);
    }
}
