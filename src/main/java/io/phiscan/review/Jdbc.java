package io.phiscan.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Statement plumbing for the stores. A caller that wants the stores' writes to join its own
 * transactions hands them a transaction-aware data source (the job layer does: a chunk's counts
 * commit or roll back with the chunk). {@link #inTransaction} runs several statements as one
 * transaction of their own (a review decision, a whole import).
 */
final class Jdbc {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Statements that commit together or not at all. */
    @FunctionalInterface
    interface Work<T> {
        T run(Jdbc tx);
    }

    private final DataSource dataSource;
    /** The connection of the transaction this instance runs in, or {@code null} for one connection per statement. */
    private final Connection bound;

    Jdbc(DataSource dataSource) {
        this(dataSource, null);
    }

    private Jdbc(DataSource dataSource, Connection bound) {
        this.dataSource = dataSource;
        this.bound = bound;
    }

    int update(String sql, Object... args) {
        Connection c = null;
        try {
            c = connection();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, args);
                return ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("database update failed", e);
        } finally {
            release(c);
        }
    }

    /** Runs one statement for each row of arguments, sent to the database in batches. */
    void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Connection c = null;
        try {
            c = connection();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int pending = 0;
                for (Object[] args : rows) {
                    bind(ps, args);
                    ps.addBatch();
                    if (++pending == 500) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw new StoreException("database update failed", e);
        } finally {
            release(c);
        }
    }

    /** How many ids one {@link #queryIn} statement binds at most. */
    static final int IN_BATCH = 500;

    /**
     * The rows of a query over many ids, {@value #IN_BATCH} ids a statement: {@code sql} is given
     * the placeholders of one batch ({@code "?, ?, ?"}) to put in its {@code IN (…)}, and returns
     * the statement; the rows come batch after batch.
     */
    <T> List<T> queryIn(java.util.function.IntFunction<String> sql, List<?> ids, Row<T> row) {
        List<T> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_BATCH) {
            List<?> batch = ids.subList(from, Math.min(ids.size(), from + IN_BATCH));
            out.addAll(query(sql.apply(batch.size()), row, batch.toArray()));
        }
        return out;
    }

    /** The placeholders of {@code n} values, for an {@code IN (…)}: {@code "?, ?, ?"}. */
    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    <T> List<T> query(String sql, Row<T> row, Object... args) {
        Connection c = null;
        try {
            c = connection();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, args);
                List<T> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row.map(rs));
                    }
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("database query failed", e);
        } finally {
            release(c);
        }
    }

    /**
     * Runs the work in one transaction: committed when it returns, rolled back when it throws.
     * Nested calls join the outer transaction.
     */
    <T> T inTransaction(Work<T> work) {
        if (bound != null) {
            return work.run(this);
        }
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(new Jdbc(dataSource, c));
                c.commit();
                return result;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new StoreException("database transaction failed", e);
        }
    }

    private Connection connection() throws SQLException {
        return bound != null ? bound : dataSource.getConnection();
    }

    private void release(Connection c) {
        if (c != null && c != bound) {
            try {
                c.close();
            } catch (SQLException e) {
                throw new StoreException("cannot close a database connection", e);
            }
        }
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }
}
