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

    private ReviewSession(SingleConnectionDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Opens the database of a workspace that has one.
     *
     * @throws UnreadableInputException when the workspace has no database yet (no audit ran there)
     */
    public static ReviewSession open(Workspace workspace) {
        if (workspace.embeddedDatabase() && !Files.exists(workspace.root().resolve("db").resolve("phiscan.mv.db"))) {
            throw new UnreadableInputException("no phiscan database in " + workspace.root()
                    + ": run an audit there first, or give --workspace or --db-url");
        }
        SingleConnectionDataSource ds = new SingleConnectionDataSource(workspace.databaseUrl(), workspace.dbUser(),
                workspace.dbPassword(), true);
        try {
            Schema.create(ds);
        } catch (RuntimeException e) {
            ds.destroy();
            throw e;
        }
        return new ReviewSession(ds);
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
        dataSource.destroy();
    }
}
