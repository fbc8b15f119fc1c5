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
        Schema.create(dataSource);
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
}
