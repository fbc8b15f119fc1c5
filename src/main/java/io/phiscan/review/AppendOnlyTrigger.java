package io.phiscan.review;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 trigger on {@code phiscan_event} that refuses every UPDATE and DELETE. Public only
 * because H2 instantiates it by name; nothing else uses it. Every H2 workspace database stores
 * that name: moving or renaming this class breaks existing workspaces. Stateless and thread-safe.
 */
public final class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(AppendOnlyEvents.MESSAGE, "42000");
    }
}
