package io.phiscan.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the workers of a remote-partitioned audit write their index shards: one folder per
 * partition of a run, {@code WORKSPACE/shards/<run-id>/<partition>} (e.g. {@code part-12}), so a
 * partition run again, on this worker or another, goes on in the shard it began. Stateless.
 */
final class ShardFolders {
    private ShardFolders() {
    }

    static Path root(Workspace workspace) {
        return workspace.root().resolve("shards");
    }

    /** The shard of a partition's step execution ({@code ingestPart:<partition>}). */
    static Path of(Workspace workspace, String runId, String stepExecutionName) {
        String partition = stepExecutionName.substring(stepExecutionName.indexOf(':') + 1);
        if (!partition.matches("[A-Za-z0-9_.-]+") || !runId.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("not a partition of a run: " + runId + " " + stepExecutionName);
        }
        return root(workspace).resolve(runId).resolve(partition);
    }

    /** The shards of the runs, the runs in the order given, each run's in the order of its plan. */
    static List<Path> of(Workspace workspace, List<String> runIds) {
        List<Path> shards = new ArrayList<>();
        for (String runId : runIds) {
            Path run = root(workspace).resolve(runId);
            if (!Files.isDirectory(run)) {
                continue;
            }
            try (Stream<Path> list = Files.list(run)) {
                list.filter(Files::isDirectory).sorted(Comparator.comparingLong(ShardFolders::sequence)
                        .thenComparing(p -> p.getFileName().toString())).forEach(shards::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the shards of run " + runId, e);
            }
        }
        return shards;
    }

    /** The plan's sequence number a partition is named after ({@code part-12}, {@code export-3}). */
    private static long sequence(Path shard) {
        String name = shard.getFileName().toString();
        try {
            return Long.parseLong(name.substring(name.lastIndexOf('-') + 1));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * Deletes a run's shards (after they were merged): the run's folder is first renamed to a
     * hidden one, at once, so that a deletion that fails half-way (a file still open on a shared
     * folder) never leaves a half shard among the run's shards; a later deletion of the run's
     * shards removes what is left.
     */
    static void delete(Workspace workspace, String runId) {
        Path run = root(workspace).resolve(runId);
        Path trash = root(workspace).resolve("." + runId + ".deleted");
        try {
            deleteTree(trash);
            if (Files.exists(run)) {
                Files.move(run, trash, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            deleteTree(trash);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the shards of run " + runId, e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
