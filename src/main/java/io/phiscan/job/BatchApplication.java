package io.phiscan.job;

import io.phiscan.report.OwnerOnlyFiles;
import io.phiscan.review.EventLog;
import io.phiscan.review.FindingStore;
import io.phiscan.review.Ledger;
import io.phiscan.review.RunStore;
import io.phiscan.review.RunTrail;
import io.phiscan.review.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The Spring context of a workspace: its database (job repository and phiscan's tables), the
 * stores, and the jobs. Started by a command that needs it, closed when the command ends.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({AuditJobConfiguration.class, IngestStepConfiguration.class, DetectStepConfiguration.class})
public class BatchApplication {

    /** Starts the context of a workspace: creates its folders (owner-only) and its tables. */
    public static ConfigurableApplicationContext start(Workspace workspace) {
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
        return new SpringApplicationBuilder(BatchApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(props)
                .registerShutdownHook(false)
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
}
