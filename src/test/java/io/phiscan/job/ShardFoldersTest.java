package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's shards, in plan order, and their deletion once merged. */
class ShardFoldersTest {
    @TempDir
    Path tmp;

    @Test
    void aRunsShardsComeInPlanOrderAndGoWholeWhenDeleted() throws Exception {
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        for (String unit : List.of("part-12", "export-3", "part-4")) {
            Files.createDirectories(ShardFolders.of(ws, "R1", "ingestPart:" + unit)).resolve("segments_1").toFile().createNewFile();
        }
        // what an earlier deletion that failed half-way left behind
        Path leftover = Files.createDirectories(ShardFolders.root(ws).resolve(".R1.deleted").resolve("part-1"));

        assertThat(ShardFolders.of(ws, List.of("R1"))).extracting(p -> p.getFileName().toString())
                .containsExactly("export-3", "part-4", "part-12");

        ShardFolders.delete(ws, "R1");

        assertThat(ShardFolders.of(ws, List.of("R1"))).isEmpty();
        assertThat(leftover).doesNotExist();
        try (var left = Files.list(ShardFolders.root(ws))) {
            assertThat(left).isEmpty();
        }
    }
}
