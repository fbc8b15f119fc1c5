package io.phiscan.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Installs the triggers that make {@code phiscan_event} append-only: any UPDATE or DELETE of an
 * event fails, on H2 ({@link AppendOnlyTrigger}) and on PostgreSQL (a PL/pgSQL function, also
 * for TRUNCATE). Someone who may drop triggers can still defeat them; against everyone else the
 * trail holds.
 */
final class AppendOnlyEvents {
    static final String MESSAGE = "phiscan_event is append-only: events are never updated or deleted";

    private AppendOnlyEvents() {
    }

    static void install(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        try (Statement s = c.createStatement()) {
            if (product.contains("h2")) {
                s.execute("CREATE TRIGGER IF NOT EXISTS phiscan_event_append_only BEFORE UPDATE, DELETE ON phiscan_event "
                        + "FOR EACH ROW CALL '" + AppendOnlyTrigger.class.getName() + "'");
            } else if (product.contains("postgresql")) {
                if (!exists(c, "SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                        + "WHERE p.proname = 'phiscan_event_append_only' AND n.nspname = current_schema()")) {
                    s.execute("CREATE FUNCTION phiscan_event_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                            + "$$ BEGIN RAISE EXCEPTION '" + MESSAGE + "'; END $$");
                }
                // each trigger on its own: one dropped is made again beside the other
                if (!exists(c, "SELECT 1 FROM pg_trigger WHERE tgname = 'phiscan_event_append_only' "
                        + "AND tgrelid = 'phiscan_event'::regclass")) {
                    s.execute("CREATE TRIGGER phiscan_event_append_only BEFORE UPDATE OR DELETE ON phiscan_event "
                            + "FOR EACH ROW EXECUTE PROCEDURE phiscan_event_append_only()");
                }
                if (!exists(c, "SELECT 1 FROM pg_trigger WHERE tgname = 'phiscan_event_no_truncate' "
                        + "AND tgrelid = 'phiscan_event'::regclass")) {
                    s.execute("CREATE TRIGGER phiscan_event_no_truncate BEFORE TRUNCATE ON phiscan_event "
                            + "FOR EACH STATEMENT EXECUTE PROCEDURE phiscan_event_append_only()");
                }
            } else {
                throw new SQLException("phiscan supports H2 and PostgreSQL, not " + product);
            }
        }
    }

    private static boolean exists(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }
}
