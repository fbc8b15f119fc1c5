package io.phiscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failure whose message quotes a file name holding line breaks (a line feed, U+2028, U+2029,
 * U+0085, a carriage return): standard error showed the name's line breaks as they were, so that
 * cron mail and the journal split the message and showed the rest of the name as a line phiscan
 * printed. The message is one line, each line break shown as U+23CE.
 */
class OneLineFailureMessagesTest {
    private static final String FORGED = "phiscan audit: run 20260101T000000Z completed in 1.0s";

    @Test
    void aFileNameWithLineBreaksInAFailureIsShownOnOneLine(@TempDir Path tmp) {
        Path input = tmp.resolve("inbox\n" + FORGED + "\u2028" + FORGED + "\u2029" + FORGED + "\u0085" + FORGED + "\r" + FORGED);

        Cli audit = Cli.run("audit", input.toString(), "--workspace", tmp.resolve("ws").toString());

        assertThat(audit.exitCode()).isEqualTo(2);
        assertThat(audit.err()).startsWith("phiscan: ").endsWith("\n").containsOnlyOnce("\n")
                .doesNotContain("\u2028", "\u2029", "\u0085", "\r")
                .contains("inbox \u23CE " + FORGED + " \u23CE " + FORGED + " \u23CE " + FORGED + "\ufffd" + FORGED + "\u240d" + FORGED);
    }
}
