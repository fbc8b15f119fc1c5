package io.phiscan.review;

import io.phiscan.model.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import javax.sql.DataSource;

/**
 * Creates phiscan's own tables when they are missing. The statements are portable between H2
 * and PostgreSQL ({@code CREATE TABLE IF NOT EXISTS}, standard types); the triggers that keep
 * the audit trail append-only are each database's own, and are checked on every start. A
 * database that records the SHA-256 of the statements as they are now (table
 * {@code phiscan_schema}) has them all, and they are not run again.
 */
public final class Schema {
    private static final String DDL = "/io/phiscan/review/schema.sql";

    private Schema() {
    }

    public static void create(DataSource dataSource) {
        String ddl;
        try (InputStream in = Schema.class.getResourceAsStream(DDL)) {
            ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sha256 = sha256(ddl);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (!applied(c, sha256)) {
                String code = String.join("\n", ddl.lines().filter(l -> !l.strip().startsWith("--")).toList());
                for (String statement : code.split(";")) {
                    String sql = statement.strip();
                    if (!sql.isEmpty()) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement record = c.prepareStatement("INSERT INTO phiscan_schema (sha256) "
                        + "SELECT ? WHERE NOT EXISTS (SELECT 1 FROM phiscan_schema WHERE sha256 = ?)")) {
                    record.setString(1, sha256);
                    record.setString(2, sha256);
                    record.executeUpdate();
                } catch (SQLException e) {
                    // another process (a worker starting beside the manager) recorded it first
                    if (!applied(c, sha256)) {
                        throw e;
                    }
                }
            }
            AppendOnlyEvents.install(c);
        } catch (SQLException e) {
            throw new StoreException("cannot create phiscan's tables", e);
        }
    }

    /** Whether the database records these statements as applied; false when it has no record at all. */
    private static boolean applied(Connection c, String sha256) throws SQLException {
        boolean tableExists;
        // in the schema that unqualified names resolve to (another schema of the same database may hold phiscan's tables too)
        try (ResultSet tables = c.getMetaData().getTables(null, c.getSchema(), null, new String[] {"TABLE"})) {
            tableExists = false;
            while (tables.next() && !tableExists) {
                tableExists = "phiscan_schema".equalsIgnoreCase(tables.getString("TABLE_NAME"));
            }
        }
        if (!tableExists) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM phiscan_schema WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(Sha256.newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
