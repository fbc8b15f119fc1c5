package io.phiscan.job;

import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * A context of a workspace's database alone (the job repository and the stores), without the
 * jobs and the index. {@link BatchApplication#startDatabase} starts it under the workspace lock,
 * for the commands that need only the database; {@link #start} starts it without the lock, to
 * read a shared database (PostgreSQL) while an audit runs: then it writes no log file (the
 * running audit owns it).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(WorkspaceStores.class)
class ObserverApplication {

    static ConfigurableApplicationContext start(Workspace workspace) {
        Map<String, Object> props = BatchApplication.properties(workspace, workspace.logs().resolve("phiscan.log"));
        props.remove("logging.file.name");
        return new SpringApplicationBuilder(ObserverApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(props)
                .registerShutdownHook(false)
                .run();
    }
}
