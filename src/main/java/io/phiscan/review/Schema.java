package io.phiscan.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Creates phiscan's own tables when they are missing. The statements are portable between H2
 * and PostgreSQL ({@code CREATE TABLE IF NOT EXISTS}, standard types); the triggers that keep
 * the audit trail append-only are each database's own.
 */
public final class Schema {
    private Schema() {
    }

    public static void create(DataSource dataSource) {
        String ddl;
        try (InputStream in = Schema.class.getResourceAsStream("/io/phiscan/review/schema.sql")) {
            ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String code = String.join("\n", ddl.lines().filter(l -> !l.strip().startsWith("--")).toList());
            for (String statement : code.split(";")) {
                String sql = statement.strip();
                if (!sql.isEmpty()) {
                    s.execute(sql);
                }
            }
            AppendOnlyEvents.install(c);
        } catch (SQLException e) {
            throw new StoreException("cannot create phiscan's tables", e);
        }
    }
}
