package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.util.OptionHelper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The log file's pattern (application.properties) over an exception whose message holds a file
 * name with line breaks: the stack trace's messages cannot start a line of the log.
 */
class LogThrowableConverterTest {
    static final String FORGED = "2026-01-01T00:00:00.000Z 1 ERROR Fake - forged";

    @Test
    void aFileNameWithALineBreakInAnExceptionCannotForgeALogLine() throws Exception {
        LoggerContext context = new LoggerContext();
        PatternLayout layout = fileLayout(context);
        IOException cause = new IOException("cannot open inbox/casey\r\n" + FORGED + "/message_1.json");
        cause.addSuppressed(new IllegalStateException("closing casey\u2028" + FORGED));
        RuntimeException e = new UncheckedIOException("reading export/casey\n" + FORGED + "_5647382910", cause);
        LoggingEvent event = new LoggingEvent("test", context.getLogger("io.phiscan.job.Test"), Level.ERROR,
                "step failed", e, null);

        List<String> lines = layout.doLayout(event).lines().toList();

        assertThat(lines.get(0)).endsWith(" ERROR Test - step failed");
        assertThat(lines.subList(1, lines.size())).hasSizeGreaterThan(3).allSatisfy(line ->
                assertThat(line.startsWith("\t") || line.startsWith("Caused by: ") || line.startsWith(e.getClass().getName()))
                        .as(line).isTrue());
        assertThat(lines).noneMatch(line -> line.startsWith(FORGED) || line.startsWith("/message_1.json"))
                .anyMatch(line -> line.contains("reading export/casey \u23CE " + FORGED + "_5647382910"))
                .anyMatch(line -> line.startsWith("Caused by: java.io.IOException: cannot open inbox/casey \u23CE " + FORGED))
                .anyMatch(line -> line.contains("Suppressed: java.lang.IllegalStateException: closing casey \u23CE " + FORGED));
    }

    /**
     * A file name with terminal escapes (clear the screen, retitle the window) in a message and
     * in an exception's: they were written as they were, and ran on a terminal showing the log.
     */
    @Test
    void controlCharactersOfAFileNameAreNotWrittenToTheLog() throws Exception {
        LoggerContext context = new LoggerContext();
        PatternLayout layout = fileLayout(context);
        String name = "inbox/casey\u001b]0;PWNED\u0007\u001b[2J\u009b31m\u0000_5647382910/message_1.json";
        LoggingEvent event = new LoggingEvent("test", context.getLogger("io.phiscan.job.Test"), Level.WARN,
                "skipped a record: (file " + name + ")", new IllegalStateException("cannot open " + name), null);

        String log = layout.doLayout(event);

        assertThat(log).doesNotContain("\u001b", "\u0007", "\u009b", "\u0000")
                .contains("skipped a record: (file inbox/casey\ufffd]0;PWNED\ufffd\ufffd[2J\ufffd31m\ufffd_5647382910/message_1.json)")
                .contains("IllegalStateException: cannot open inbox/casey\ufffd]0;PWNED\ufffd\ufffd[2J\ufffd31m\ufffd_5647382910");
    }

    /**
     * A file name holding the line and paragraph separators (U+2028, U+2029), U+0085, a vertical
     * tab and a form feed, in a message and in an exception's: %msg wrote the separators as they
     * were, and a reader that breaks lines on them (an editor, a log viewer, the journal's export)
     * showed a forged line of the log. Each is written as U+23CE, as a line feed is.
     */
    @Test
    void everyLineBreakingCharacterOfAFileNameIsWrittenAsTheReturnSign() throws Exception {
        LoggerContext context = new LoggerContext();
        PatternLayout layout = fileLayout(context);
        String[] breaks = {"\u2028", "\u2029", "\u0085", "\u000B", "\u000C"};
        for (String b : breaks) {
            String name = "inbox/casey" + b + FORGED + "/message_1.json";
            LoggingEvent event = new LoggingEvent("test", context.getLogger("io.phiscan.job.Test"), Level.WARN,
                    "skipped a record: (file " + name + ")", new IllegalStateException("cannot open " + name), null);

            String log = layout.doLayout(event);

            assertThat(log).as("U+%04X", (int) b.charAt(0)).doesNotContain(breaks)
                    .contains("skipped a record: (file inbox/casey \u23CE " + FORGED + "/message_1.json)")
                    .contains("IllegalStateException: cannot open inbox/casey \u23CE " + FORGED + "/message_1.json");
        }
    }

    /** A lock H2 waited for in vain quoted the row whole in the trace, a finding's message text with it. */
    @Test
    void theValuesOfARowTheDatabaseQuotesAreNotWrittenToTheLog() throws Exception {
        LoggerContext context = new LoggerContext();
        PatternLayout layout = fileLayout(context);
        IllegalStateException row = new IllegalStateException("Map entry <table.9> with key <17> and value ( /* key:17 */ "
                + "'F-00d225e475877723', U&'{\\0022text\\0022:\\0022my daughter's fever is 103 (zebrafever)\\0022}') "
                + "is locked by tx 4 and can not be updated by tx 6 within allocated time interval 2000 ms. [105-240]");
        RuntimeException e = new IllegalStateException("database update failed: Timeout trying to lock table", row);
        LoggingEvent event = new LoggingEvent("test", context.getLogger("io.phiscan.job.Test"), Level.ERROR,
                "step failed", e, null);

        String log = layout.doLayout(event);

        assertThat(log).doesNotContain("zebrafever", "F-00d225e475877723")
                .contains("Map entry <table.9> with key <17> and value (not shown) is locked by tx 4 and can not be updated");
    }

    /** The log file's layout, as application.properties sets it. */
    private static PatternLayout fileLayout(LoggerContext context) throws Exception {
        LogThrowableConverter.register();
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern(OptionHelper.substVars(filePattern(), context));
        layout.start();
        return layout;
    }

    private static String filePattern() throws IOException {
        Properties p = new Properties();
        try (InputStream in = LogThrowableConverterTest.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        return p.getProperty("logging.pattern.file");
    }
}
