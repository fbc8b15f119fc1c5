package io.phiscan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command creates the schema on start: a database that records the statements as applied
 * does not run them again, one without that record (a workspace of an earlier version) runs them
 * and records them, and the audit trail's guard is checked either way. On H2 and PostgreSQL.
 */
class SchemaTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void theStatementsRunOnceAndTheTrailsGuardEveryTime(String database) throws Exception {
        try (TestDatabase db = TestDatabase.open(database); Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT COUNT(*) FROM phiscan_schema")).isEqualTo(1);

            // recorded as applied: an index dropped since is not made again
            s.execute("DROP INDEX phiscan_finding_by_account");
            Schema.create(db.dataSource());
            assertThat(count(s, "SELECT COUNT(*) FROM phiscan_schema")).isEqualTo(1);
            assertThat(hasIndex(c, "phiscan_finding_by_account")).isFalse();

            // no record (a database from before it was kept): every statement runs, and the record is made
            s.execute("DROP TABLE phiscan_schema");
            Schema.create(db.dataSource());
            assertThat(hasIndex(c, "phiscan_finding_by_account")).isTrue();
            assertThat(count(s, "SELECT COUNT(*) FROM phiscan_schema")).isEqualTo(1);

            // the trail's guard, dropped, is back after the next start even though the statements are skipped
            s.execute("DROP TRIGGER phiscan_event_append_only" + (database.equals("postgresql") ? " ON phiscan_event" : ""));
            Schema.create(db.dataSource());
            new EventLog(db.dataSource()).append(new EventLog.Entry("Dana Whitley", EventLog.Action.CONFIRM,
                    "F-0000000000000001", "r1", "new", "confirmed", "the parent asked about a dose", null));
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM phiscan_event")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2"})
    void aRunsFindingsInBriefAreReadFromAnIndexNotFromTheRowsThatHoldTheirBodies(String database) throws Exception {
        try (TestDatabase db = TestDatabase.open(database); Connection c = db.dataSource().getConnection();
                java.sql.PreparedStatement explain = c.prepareStatement("EXPLAIN " + FindingHistory.briefsQuery(2))) {
            explain.setString(1, "F-0000000000000001");
            explain.setString(2, "F-0000000000000002");
            try (ResultSet rs = explain.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).containsIgnoringCase("phiscan_finding_brief");
            }
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean hasIndex(Connection c, String name) throws SQLException {
        String table = c.getMetaData().storesUpperCaseIdentifiers() ? "PHISCAN_FINDING" : "phiscan_finding";
        try (ResultSet rs = c.getMetaData().getIndexInfo(null, c.getSchema(), table, false, false)) {
            while (rs.next()) {
                if (name.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
