package io.phiscan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nothing updates or deletes an event of the audit trail: the database itself refuses, on H2 and on PostgreSQL. */
class AuditTrailAppendOnlyTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void theDatabaseRefusesToUpdateDeleteOrTruncateEvents(String database) throws Exception {
        try (TestDatabase db = TestDatabase.open(database)) {
            EventLog log = new EventLog(db.dataSource());
            log.append(new EventLog.Entry("Dana Whitley", EventLog.Action.CONFIRM, "F-0000000000000001", "r1", "new", "confirmed",
                    "the parent asked about a dose", null));
            log.append(new EventLog.Entry("Dana Whitley", EventLog.Action.DISMISS, "F-0000000000000002", "r1", "new", "dismissed",
                    "a colleague", null));
            List<EventLog.Event> before = log.latest(10);

            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate("UPDATE phiscan_event SET actor = 'someone else'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
                assertThatThrownBy(() -> s.executeUpdate("UPDATE phiscan_event SET after_state = 'new' WHERE seq = "
                        + before.get(0).seq())).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
                assertThatThrownBy(() -> s.executeUpdate("DELETE FROM phiscan_event WHERE seq = " + before.get(1).seq()))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
                assertThatThrownBy(() -> s.executeUpdate("TRUNCATE TABLE phiscan_event")).isInstanceOf(SQLException.class);
            }

            assertThat(log.latest(10)).isEqualTo(before);
            // Creating the schema again (every command does) keeps the guard and the events.
            Schema.create(db.dataSource());
            assertThat(log.latest(10)).isEqualTo(before);
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate("DELETE FROM phiscan_event")).isInstanceOf(SQLException.class);
            }
        }
    }
}
