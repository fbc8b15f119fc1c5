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
        LogThrowableConverter.register();
        LoggerContext context = new LoggerContext();
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern(OptionHelper.substVars(filePattern(), context));
        layout.start();
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

    private static String filePattern() throws IOException {
        Properties p = new Properties();
        try (InputStream in = LogThrowableConverterTest.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        return p.getProperty("logging.pattern.file");
    }
}
