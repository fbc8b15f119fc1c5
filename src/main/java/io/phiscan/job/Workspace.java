package io.phiscan.job;

import java.nio.file.Path;

/**
 * The folder that holds an audit's state: the message index, the database (an H2 file unless a
 * JDBC URL points elsewhere), the reports of each run, and the log.
 *
 * @param root the workspace folder
 * @param jdbcUrl the database, or {@code null} for the H2 file under {@code db/}
 * @param dbUser the database user, or {@code null}
 * @param dbPassword the database password, or {@code null}
 */
public record Workspace(Path root, String jdbcUrl, String dbUser, String dbPassword) {

    public Workspace {
        root = root.toAbsolutePath().normalize();
    }

    /** A workspace on its embedded H2 database. */
    public static Workspace at(Path root) {
        return new Workspace(root, null, null, null);
    }

    public Path index() {
        return root.resolve("index");
    }

    public Path reports() {
        return root.resolve("reports");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /** The JDBC URL in use: the given one, or the workspace's H2 file. */
    public String databaseUrl() {
        if (jdbcUrl != null && !jdbcUrl.isBlank()) {
            return jdbcUrl;
        }
        // WRITE_DELAY=0: a commit is written at once, so a process killed after a chunk's commit
        // keeps it (by default H2 writes commits up to 500 ms later); no trace file: a failed
        // statement's trace could quote findings (message text); a query cache of 64 statements:
        // a chunk's writes use more than the default 8, and parsing them again costs more than the writes;
        // no reuse of a subquery's earlier result: H2 reuses it within a transaction that has changed
        // the table since, so that an "INSERT ... WHERE NOT EXISTS" run twice with the same key in one
        // chunk inserts twice (a duplicate key that failed the chunk and every retry of it); a lock
        // waited for up to 10 minutes, as PostgreSQL waits: the ingest units of one export count into
        // its one row, each in its chunk's transaction, and a chunk of many skipped records holds that
        // row for seconds (H2's own 2 s failed the run)
        return "jdbc:h2:file:" + root.resolve("db").resolve("phiscan")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;TRACE_LEVEL_FILE=0;QUERY_CACHE_SIZE=64;OPTIMIZE_REUSE_RESULTS=FALSE"
                + ";LOCK_TIMEOUT=600000";
    }

    /** Whether the database is the embedded H2 file. */
    public boolean embeddedDatabase() {
        return jdbcUrl == null || jdbcUrl.isBlank();
    }
}
