package io.phiscan.job;

import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * A context that only reads a workspace's shared database (the job repository and the stores),
 * without the workspace lock and without the index: what {@code runs} needs while an audit runs
 * on a PostgreSQL workspace. It writes no log file (the running audit owns it).
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
