package io.phiscan.job;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The context of {@code phiscan report}: the workspace's database and {@code reportJob}, without
 * the index and the other jobs. Rendering reads nothing but the database, so a damaged index does
 * not stop it. {@link BatchApplication#startReporting} starts it under the workspace lock.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({WorkspaceStores.class, ReportingBeans.class, ReportJobConfiguration.class})
class ReportApplication {
}
