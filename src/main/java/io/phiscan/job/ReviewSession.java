package io.phiscan.job;

import io.phiscan.review.Dispositions;
import io.phiscan.review.EventLog;
import io.phiscan.review.FindingStore;
import io.phiscan.review.Ledger;
import io.phiscan.review.RunStore;
import io.phiscan.review.RunTrail;
import io.phiscan.review.Schema;
import java.nio.file.Files;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A workspace's stores opened for reviewing, without its jobs or its index: the database alone,
 * over one connection held until {@link #close()}. Open one per command and close it when done;
 * not for concurrent use.
 */
public final class ReviewSession implements AutoCloseable {
    private final SingleConnectionDataSource dataSource;
    private final WorkspaceLock lock;

    private ReviewSession(SingleConnectionDataSource dataSource, WorkspaceLock lock) {
        this.dataSource = dataSource;
        this.lock = lock;
    }

    /**
     * Opens the database of a workspace that has one.
     *
     * On the embedded database, which one process at a time can open, the workspace's lock is
     * held until {@link #close()}: a command run while an audit uses the workspace says which
     * process uses it (exit 2), where H2 refused with "Database may be already in use" (exit 1).
     * A shared database (PostgreSQL) is reviewed while audits run, without the lock.
     *
     * @throws UnreadableInputException when the workspace has no database yet (no audit ran there)
     * @throws WorkspaceBusyException when another process holds a workspace on its embedded database
     */
    public static ReviewSession open(Workspace workspace) {
        if (workspace.embeddedDatabase() && !Files.exists(workspace.root().resolve("db").resolve("phiscan.mv.db"))) {
            throw new UnreadableInputException("no phiscan database in " + workspace.root()
                    + ": run an audit there first, or give --workspace or --db-url");
        }
        WorkspaceLock lock = workspace.embeddedDatabase() ? WorkspaceLock.acquireNow(workspace.root()) : null;
        SingleConnectionDataSource ds = new SingleConnectionDataSource(workspace.databaseUrl(), workspace.dbUser(),
                workspace.dbPassword(), true);
        try {
            Schema.create(ds);
        } catch (RuntimeException e) {
            ds.destroy();
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
        return new ReviewSession(ds, lock);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public FindingStore findings() {
        return new FindingStore(dataSource);
    }

    public Dispositions dispositions() {
        return new Dispositions(dataSource);
    }

    public EventLog events() {
        return new EventLog(dataSource);
    }

    public Ledger ledger() {
        return new Ledger(dataSource);
    }

    public RunStore runs() {
        return new RunStore(dataSource);
    }

    public RunTrail trail() {
        return new RunTrail(dataSource);
    }

    @Override
    public void close() {
        try {
            dataSource.destroy();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
