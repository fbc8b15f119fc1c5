package io.phiscan.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty database for one test, with phiscan's tables: an H2 in-memory database, or a
 * schema of its own on the test PostgreSQL server (see {@link PostgresTestSchema}).
 */
public final class TestDatabase implements AutoCloseable {
    private final DataSource dataSource;
    private final PostgresTestSchema postgres;

    private TestDatabase(DataSource dataSource, PostgresTestSchema postgres) {
        this.dataSource = dataSource;
        this.postgres = postgres;
        Schema.create(dataSource);
    }

    /** @param kind {@code h2} or {@code postgresql} */
    public static TestDatabase open(String kind) {
        if (kind.equals("h2")) {
            JdbcDataSource h2 = new JdbcDataSource();
            // as the workspace opens its database (see Workspace.databaseUrl)
            h2.setURL("jdbc:h2:mem:phiscan_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE");
            return new TestDatabase(h2, null);
        }
        PostgresTestSchema schema = PostgresTestSchema.create();
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(schema.url());
        pg.setUser(schema.user());
        return new TestDatabase(pg, schema);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws SQLException {
        if (postgres != null) {
            postgres.close();
            return;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }
}
