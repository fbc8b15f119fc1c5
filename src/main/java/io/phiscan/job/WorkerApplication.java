package io.phiscan.job;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The Spring context of a worker ({@link WorkerLauncher}): the workspace's database and stores,
 * the ingest step's reader and processor, and the worker's side of remote partitioning. It takes
 * no workspace lock and never opens the main index for writing: a worker writes only its shards.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({WorkspaceStores.class, IngestStepConfiguration.class, RemoteWorkerConfiguration.class})
class WorkerApplication {
}
