package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/** The broker URL, the workspace's queue, and what a partition request carries. */
class BrokerTest {
    @TempDir
    Path dir;

    @Test
    void theUrlIsShownWithoutItsPassword() {
        Broker b = Broker.parse("amqp://phiscan:s3cret@mq.example:5672/prod");
        assertThat(b.display()).isEqualTo("amqp://phiscan:***@mq.example:5672/prod").doesNotContain("s3cret");
        assertThat(Broker.parse("amqp://127.0.0.1").display()).isEqualTo("amqp://127.0.0.1");
        assertThatThrownBy(() -> Broker.parse("http://user:s3cret@mq.example")).isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("s3cret");
    }

    @Test
    void everyProcessOfAWorkspaceUsesOneQueueAndAnotherWorkspaceAnother() {
        Workspace a = Workspace.at(dir.resolve("a"));
        assertThat(Broker.queue(a)).matches("phiscan\\.[0-9a-f]{16}\\.ingest").isEqualTo(Broker.queue(Workspace.at(dir.resolve("a"))));
        assertThat(Broker.queue(Workspace.at(dir.resolve("b")))).isNotEqualTo(Broker.queue(a));
    }

    @Test
    void aRequestCarriesTheStepAndTheStepExecutionOnly() {
        String text = PartitionRequests.toText(new StepExecutionRequest("ingestPart", 1234));
        assertThat(text).isEqualTo("ingestPart 1234");
        StepExecutionRequest back = PartitionRequests.fromText(text);
        assertThat(back.getStepName()).isEqualTo("ingestPart");
        assertThat(back.getStepExecutionId()).isEqualTo(1234L);
        assertThatThrownBy(() -> PartitionRequests.fromText("otherStep 5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartitionRequests.fromText("ingestPart ../x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShardIsAFolderOfItsRunNamedAfterItsPartition() {
        Workspace w = Workspace.at(dir);
        assertThat(ShardFolders.of(w, "20261126T023012Z", "ingestPart:part-12"))
                .isEqualTo(dir.resolve("shards/20261126T023012Z/part-12"));
        assertThatThrownBy(() -> ShardFolders.of(w, "20261126T023012Z", "ingestPart:../../index"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
