package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.phiscan.review.PostgresTestSchema;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A statement PostgreSQL refuses is told without the row it quotes: its error details ("Failing
 * row contains (…)") went into the exception's message, and from there into the log and onto
 * standard error, a finding's message text with them.
 */
class PostgresErrorDetailTest {
    @TempDir
    Path tmp;

    @Test
    void aRefusedRowIsNotQuotedInTheError() throws Exception {
        try (PostgresTestSchema schema = PostgresTestSchema.create()) {
            Workspace ws = new Workspace(tmp.resolve("ws"), schema.url(), schema.user(), null);
            try (ConfigurableApplicationContext context = BatchApplication.start(ws)) {
                JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
                Throwable refused = catchThrowable(() -> jdbc.update("INSERT INTO phiscan_finding (id, exchange_id, platform, "
                        + "account, severity, score, status, policy_version, first_seen_run, last_seen_run, body) VALUES "
                        + "('F-1', 'x-1', 'twitter', 'acct', 'high', 1.0, 'new', 'p', 'R1', 'R1', NULL)"));
                Throwable detailed = catchThrowable(() -> jdbc.update("INSERT INTO phiscan_finding (id, exchange_id, platform, "
                        + "account, severity, score, status, policy_version, first_seen_run, last_seen_run, body) VALUES "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "F-2", "x-2", "twitter", null, "high", 1.0, "new", "p", "R1", "R1",
                        "my fever is 104 (zebrafever)"));
                assertThat(refused).isNotNull();
                assertThat(detailed).isNotNull();
                for (Throwable t = detailed; t != null; t = t.getCause()) {
                    assertThat(String.valueOf(t.getMessage())).doesNotContain("zebrafever");
                }
            }
        }
    }
}
