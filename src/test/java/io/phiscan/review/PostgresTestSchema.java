package io.phiscan.review;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A schema of its own on the PostgreSQL server of the tests (127.0.0.1:5432, database
 * {@code test}, user {@code postgres} or {@code root}, trust auth), created for one test and
 * dropped with everything in it afterwards, so that concurrent test runs never collide. When
 * the server is unreachable the test is skipped with a message, unless
 * {@code PHISCAN_REQUIRE_SERVICES=1}, where it fails.
 */
public final class PostgresTestSchema implements AutoCloseable {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    private final String user;
    private final String schema;

    private PostgresTestSchema(String user, String schema) {
        this.user = user;
        this.schema = schema;
    }

    /** Creates a fresh schema, or skips (fails, when services are required) the calling test. */
    public static PostgresTestSchema create() {
        SQLException last = null;
        for (String user : new String[] {"postgres", "root"}) {
            try (Connection c = DriverManager.getConnection(SERVER + "?connectTimeout=3", user, "")) {
                String schema = "phiscan_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE SCHEMA " + schema);
                }
                return new PostgresTestSchema(user, schema);
            } catch (SQLException e) {
                last = e;
            }
        }
        String why = "needs PostgreSQL at 127.0.0.1:5432 (database test, user postgres or root, trust auth): "
                + (last == null ? "unreachable" : last.getMessage());
        if ("1".equals(System.getenv("PHISCAN_REQUIRE_SERVICES"))) {
            Assertions.fail(why);
        }
        Assumptions.abort(why);
        throw new IllegalStateException("unreachable");
    }

    /** The JDBC URL whose connections work in this schema. */
    public String url() {
        return SERVER + "?currentSchema=" + schema;
    }

    public String user() {
        return user;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, "");
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER, user, ""); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
