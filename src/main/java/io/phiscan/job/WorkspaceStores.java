package io.phiscan.job;

import io.phiscan.review.EventLog;
import io.phiscan.review.FindingHistory;
import io.phiscan.review.FindingStore;
import io.phiscan.review.Ledger;
import io.phiscan.review.PartLedger;
import io.phiscan.review.RunStore;
import io.phiscan.review.RunTrail;
import io.phiscan.review.Schema;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The workspace and its stores (phiscan's tables in the workspace database, created when
 * missing), shared by the context of a command ({@link BatchApplication}) and that of a worker
 * ({@link WorkerApplication}).
 */
@Configuration(proxyBeanMethods = false)
class WorkspaceStores {

    @Bean
    Workspace workspace(org.springframework.core.env.Environment env) {
        return Workspace.at(java.nio.file.Path.of(env.getRequiredProperty("phiscan.workspace")));
    }

    /** The stores write through the transaction of the chunk that calls them, when there is one. */
    @Bean
    RunStore runStore(DataSource dataSource) {
        createSchema(dataSource);
        return new RunStore(new TransactionAwareDataSourceProxy(dataSource));
    }

    @Bean
    FindingStore findingStore(DataSource dataSource, RunStore runStore) {
        return new FindingStore(new TransactionAwareDataSourceProxy(dataSource));
    }

    @Bean
    Ledger ledger(DataSource dataSource, RunStore runStore) {
        return new Ledger(new TransactionAwareDataSourceProxy(dataSource));
    }

    @Bean
    EventLog eventLog(DataSource dataSource, RunStore runStore) {
        return new EventLog(new TransactionAwareDataSourceProxy(dataSource));
    }

    @Bean
    RunTrail runTrail(DataSource dataSource, RunStore runStore) {
        return new RunTrail(new TransactionAwareDataSourceProxy(dataSource));
    }

    @Bean
    PartLedger partLedger(DataSource dataSource, RunStore runStore) {
        return new PartLedger(new TransactionAwareDataSourceProxy(dataSource));
    }

    @Bean
    FindingHistory findingHistory(DataSource dataSource, RunStore runStore) {
        return new FindingHistory(new TransactionAwareDataSourceProxy(dataSource));
    }

    /** What the running job has done so far, for the progress line. */
    @Bean
    Progress progress() {
        return new Progress();
    }

    /**
     * Creates phiscan's tables when missing. A manager and its workers started at once on a new
     * shared database race to create them (PostgreSQL's {@code IF NOT EXISTS} is not atomic): a
     * failed attempt is tried again after the others', which then finds the tables there.
     */
    private static void createSchema(DataSource dataSource) {
        for (int attempt = 1; ; attempt++) {
            try {
                Schema.create(dataSource);
                return;
            } catch (RuntimeException e) {
                if (attempt == 5) {
                    throw e;
                }
                try {
                    Thread.sleep(200L * attempt + java.util.concurrent.ThreadLocalRandom.current().nextInt(200));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
