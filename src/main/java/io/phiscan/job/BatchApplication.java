package io.phiscan.job;

import io.phiscan.report.OwnerOnlyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The Spring context of a workspace: its database (job repository and phiscan's tables), the
 * stores, and the jobs. Started by a command that needs it, closed when the command ends. The
 * workspace lock is taken before the context starts and released when it closes: one process
 * at a time works on a workspace.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({WorkspaceStores.class, ReportingBeans.class, AuditJobConfiguration.class, IngestStepConfiguration.class, DetectStepConfiguration.class,
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
        return start(workspace, wait, onWait, Map.of(), List.of());
    }

    /**
     * Like {@link #start(Workspace, Duration, Consumer)}, with more properties and configuration
     * classes (those of a remote-partitioned audit, say).
     */
    static ConfigurableApplicationContext start(Workspace workspace, Duration wait, Consumer<String> onWait,
            Map<String, Object> properties, List<Class<?>> sources) {
        return start(BatchApplication.class, workspace, wait, onWait, properties, sources);
    }

    /**
     * Starts the context of a workspace's database alone (the job repository and the stores),
     * without its jobs and without its index, holding the workspace lock like {@link #start(Workspace)}:
     * for the commands that only read or write the database ({@code runs}, {@code verify},
     * {@code prune}), which then work on a workspace whose index is damaged.
     *
     * @throws WorkspaceBusyException when another process still holds the workspace after {@code wait}
     */
    public static ConfigurableApplicationContext startDatabase(Workspace workspace, Duration wait, Consumer<String> onWait) {
        return start(ObserverApplication.class, workspace, wait, onWait, Map.of(), List.of());
    }

    /**
     * Starts the context of {@code phiscan report}: the database and {@code reportJob}, without
     * the index, under the workspace lock like {@link #start(Workspace)}.
     *
     * @throws WorkspaceBusyException when another process still holds the workspace after {@code wait}
     */
    public static ConfigurableApplicationContext startReporting(Workspace workspace, Duration wait, Consumer<String> onWait) {
        return start(ReportApplication.class, workspace, wait, onWait, Map.of(), List.of());
    }

    /** Starts a context; a SIGTERM or SIGINT meanwhile ends the process saying so ({@link StartSignals}). */
    private static ConfigurableApplicationContext start(Class<?> configuration, Workspace workspace, Duration wait,
            Consumer<String> onWait, Map<String, Object> properties, List<Class<?>> sources) {
        try (TerminationSignals signals = StartSignals.install(onWait)) {
            return startLocked(configuration, workspace, wait, onWait, properties, sources);
        }
    }

    private static ConfigurableApplicationContext startLocked(Class<?> configuration, Workspace workspace, Duration wait,
            Consumer<String> onWait, Map<String, Object> properties, List<Class<?>> sources) {
        SystemSettings.check();
        WorkspaceLock lock = WorkspaceLock.acquire(workspace.root(), wait, onWait);
        try {
            createFolders(workspace);
            Map<String, Object> props = properties(workspace, workspace.logs().resolve("phiscan.log"));
            props.putAll(properties);
            ConfigurableApplicationContext context = new SpringApplicationBuilder(configuration)
                    .sources(sources.toArray(Class<?>[]::new))
                    .web(WebApplicationType.NONE)
                    .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .properties(props)
                    .registerShutdownHook(false)
                    // registered first, so released last: after the index and the database are closed
                    .initializers(c -> {
                        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) c.getBeanFactory();
                        beans.registerDisposableBean("workspaceLock", lock::close);
                        // released just before the lock: the logs rolled during the command, the database's last files
                        beans.registerDisposableBean("ownerOnlyWorkspaceFiles", () -> restrictFiles(workspace));
                    })
                    .run();
            try {
                restrictFiles(workspace);
            } catch (RuntimeException e) {
                context.close();
                throw e;
            }
            return context;
        } catch (RuntimeException e) {
            lock.close();
            throw plainly(e, workspace);
        } catch (Error e) {
            lock.close();
            throw e;
        }
    }

    /**
     * The failure to start a context as the user should read it: a damaged index or database
     * named as such (running the command again cannot help), not as the bean that failed.
     */
    static RuntimeException plainly(RuntimeException failure, Workspace workspace) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof io.phiscan.index.DamagedIndexException damaged) {
                return damaged;
            }
        }
        DamagedDatabaseException db = DamagedDatabaseException.of(workspace.embeddedDatabase()
                ? workspace.root().resolve("db").toString() : workspace.databaseUrl(), failure);
        return db != null ? db : failure;
    }

    /** Creates the workspace's folders, owner-only. */
    static void createFolders(Workspace workspace) {
        try {
            OwnerOnlyFiles.folder(workspace.root());
            OwnerOnlyFiles.folder(workspace.root().resolve("db"));
            OwnerOnlyFiles.folder(workspace.logs());
            OwnerOnlyFiles.folder(workspace.index());
            OwnerOnlyFiles.folder(workspace.reports());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the workspace " + workspace.root(), e);
        }
    }

    /**
     * Makes the files the database and the logging created in the workspace owner-only, as the
     * reports are (the database holds message text); the index's files are made so as they are
     * created ({@code OwnerOnlyDirectory}). Called when a command opens the workspace and again
     * when it closes it, for the files created meanwhile (a log rolled at 10 MB, its archive).
     */
    static void restrictFiles(Workspace workspace) {
        try {
            if (workspace.embeddedDatabase()) {
                OwnerOnlyFiles.restrictFilesIn(workspace.root().resolve("db"));
            }
            OwnerOnlyFiles.restrictFilesIn(workspace.logs());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the files of the workspace " + workspace.root() + " owner-only", e);
        }
    }

    /** The properties of a context on the workspace: its database, folder and log file. */
    static Map<String, Object> properties(Workspace workspace, java.nio.file.Path logFile) {
        LogThrowableConverter.register(); // the log pattern's %phiscanEx, known before the context configures logging
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", workspace.databaseUrl());
        if (workspace.dbUser() != null) {
            props.put("spring.datasource.username", workspace.dbUser());
        }
        if (workspace.dbPassword() != null) {
            props.put("spring.datasource.password", workspace.dbPassword());
        }
        if (workspace.databaseUrl().startsWith("jdbc:postgresql:")) {
            // PostgreSQL's error details quote rows ("Failing row contains (…)"): a row of findings holds message text
            props.put("spring.datasource.hikari.data-source-properties.logServerErrorDetail", "false");
        }
        props.put("phiscan.workspace", workspace.root().toString());
        props.put("logging.file.name", logFile.toString());
        return props;
    }
}
