package io.phiscan.job;

import io.phiscan.report.OwnerOnlyFiles;
import io.phiscan.review.EventLog;
import io.phiscan.review.FindingHistory;
import io.phiscan.review.FindingStore;
import io.phiscan.review.Ledger;
import io.phiscan.review.PartLedger;
import io.phiscan.review.RunStore;
import io.phiscan.review.RunTrail;
import io.phiscan.review.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The Spring context of a workspace: its database (job repository and phiscan's tables), the
 * stores, and the jobs. Started by a command that needs it, closed when the command ends. The
 * workspace lock is taken before the context starts and released when it closes: one process
 * at a time works on a workspace.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({AuditJobConfiguration.class, IngestStepConfiguration.class, DetectStepConfiguration.class,
        RescanJobConfiguration.class, ReportJobConfiguration.class})
public class BatchApplication {

    /**
     * Starts the context of a workspace, failing at once when another process holds it.
     *
     * @throws WorkspaceBusyException when another process holds the workspace
     */
    public static ConfigurableApplicationContext start(Workspace workspace) {
        return start(workspace, Duration.ZERO, message -> { });
    }

    /**
     * Takes the workspace lock (waiting up to {@code wait}), then starts the context of the
     * workspace: creates its folders (owner-only) and its tables, and logs to its {@code logs/}.
     *
     * @param onWait told, in words, whom it waits for when the workspace is in use
     * @throws WorkspaceBusyException when another process still holds the workspace after {@code wait}
     */
    public static ConfigurableApplicationContext start(Workspace workspace, Duration wait, Consumer<String> onWait) {
        WorkspaceLock lock = WorkspaceLock.acquire(workspace.root(), wait, onWait);
        try {
            return startLocked(workspace, lock);
        } catch (RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    private static ConfigurableApplicationContext startLocked(Workspace workspace, WorkspaceLock lock) {
        try {
            OwnerOnlyFiles.folder(workspace.root());
            OwnerOnlyFiles.folder(workspace.root().resolve("db"));
            OwnerOnlyFiles.folder(workspace.logs());
            OwnerOnlyFiles.folder(workspace.index());
            OwnerOnlyFiles.folder(workspace.reports());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the workspace " + workspace.root(), e);
        }
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", workspace.databaseUrl());
        if (workspace.dbUser() != null) {
            props.put("spring.datasource.username", workspace.dbUser());
        }
        if (workspace.dbPassword() != null) {
            props.put("spring.datasource.password", workspace.dbPassword());
        }
        props.put("phiscan.workspace", workspace.root().toString());
        props.put("logging.file.name", workspace.logs().resolve("phiscan.log").toString());
        return new SpringApplicationBuilder(BatchApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(props)
                .registerShutdownHook(false)
                // registered first, so released last: after the index and the database are closed
                .initializers(context -> ((DefaultListableBeanFactory) context.getBeanFactory())
                        .registerDisposableBean("workspaceLock", lock::close))
                .run();
    }

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

    /** The job running in this context, for a graceful stop. */
    @Bean
    RunningJob runningJob() {
        return new RunningJob();
    }
}
