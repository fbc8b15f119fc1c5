package io.phiscan.report;

import io.phiscan.review.RunStore;
import io.phiscan.review.RunTrail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The retention of reports: removes the outputs of runs that finished longer ago than the
 * period kept. Of each such run's folder it deletes only the files its manifest lists and that
 * are still as the run wrote them (same SHA-256), and keeps {@code manifest.sha256} itself, so
 * that {@code verify} still follows the chain of manifests through it; a file changed since is
 * left in place and named. The newest finished run keeps its outputs whatever its age: they are
 * the current picture; a folder already gone is passed over. The workspace (index, database,
 * findings, decisions, trail) is not touched, and it records each removal (its trail, and the
 * run's manifest row).
 */
public final class ReportPruner {

    /** A run whose outputs were removed (or, on a dry run, would be). */
    public record Pruned(String runId, Path folder, int files, long bytes, List<String> left) {
        public Pruned {
            left = List.copyOf(left);
        }
    }

    /** A run past the period whose folder was not touched, and why. */
    public record Untouched(String runId, Path folder, String reason) {
    }

    /** What a pruning did. */
    public record Outcome(List<Pruned> pruned, List<Untouched> untouched) {
        public Outcome {
            pruned = List.copyOf(pruned);
            untouched = List.copyOf(untouched);
        }

        public long bytes() {
            return pruned.stream().mapToLong(Pruned::bytes).sum();
        }
    }

    private final RunStore runs;
    private final RunTrail trail;

    public ReportPruner(RunStore runs, RunTrail trail) {
        this.runs = runs;
        this.trail = trail;
    }

    /**
     * The runs whose outputs a retention of {@code keep} removes at {@code now}, oldest first:
     * finished before {@code now - keep}, not the newest finished run, not already pruned.
     */
    public List<RunStore.Run> due(Duration keep, Instant now) {
        List<RunStore.Run> finished = runs.runs().stream().filter(r -> r.finishedAt() != null && r.outDir() != null)
                .sorted(Comparator.comparing(RunStore.Run::finishedAt).thenComparing(RunStore.Run::id)).toList();
        if (finished.isEmpty()) {
            return List.of();
        }
        Instant cutoff = now.minus(keep);
        RunStore.Run newest = finished.get(finished.size() - 1);
        return finished.stream().filter(r -> r != newest && r.finishedAt().isBefore(cutoff))
                .filter(r -> runs.prunedAt(r.id()).isEmpty()).toList();
    }

    /** Removes the outputs of the runs {@link #due} names; on a dry run, only counts them. */
    public Outcome prune(Duration keep, Instant now, boolean dryRun) throws IOException {
        List<Pruned> pruned = new ArrayList<>();
        List<Untouched> untouched = new ArrayList<>();
        for (RunStore.Run run : due(keep, now)) {
            Path folder = ReportHistory.folderOf(run);
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue; // removed by other means: nothing to prune (verify says the chain is broken there)
            }
            Path manifest = folder.resolve(Manifest.FILE);
            if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
                untouched.add(new Untouched(run.id(), folder, "no " + Manifest.FILE
                        + " in the folder: phiscan removes only files a manifest lists"));
                continue;
            }
            ManifestFile m = ManifestFile.read(manifest);
            String sha256 = Manifest.sha256(manifest);
            Optional<String> why = reasonToLeave(run, m, sha256);
            if (why.isPresent()) {
                untouched.add(new Untouched(run.id(), folder, why.get()));
                continue;
            }
            Pruned p = prune(run, folder, m, dryRun);
            if (!dryRun) {
                runs.markPruned(run.id(), sha256, now);
                trail.recordPrune(System.getProperty("user.name", "unknown"), run.id(), folder, p.files(), p.left());
            }
            pruned.add(p);
        }
        return new Outcome(pruned, untouched);
    }

    /**
     * Why a folder is left whole though it has a manifest ({@code m}, whose file has the SHA-256
     * {@code sha256}): the manifest does not vouch for its files as this run's.
     */
    private Optional<String> reasonToLeave(RunStore.Run run, ManifestFile m, String sha256) {
        if (m.runId() != null && !m.runId().equals(run.id())) {
            return Optional.of("the folder holds the outputs of run " + m.runId() + " now");
        }
        Optional<String> recorded = runs.manifestHash(run.id());
        if (recorded.isPresent() && !recorded.get().equals(sha256)) {
            return Optional.of("its manifest was altered since the run wrote it (phiscan verify " + run.id() + " says more)");
        }
        return Optional.empty();
    }

    private static Pruned prune(RunStore.Run run, Path folder, ManifestFile m, boolean dryRun) throws IOException {
        int files = 0;
        long bytes = 0;
        List<String> left = new ArrayList<>();
        for (Map.Entry<String, String> e : m.files().entrySet()) {
            Path f = folder.resolve(e.getKey()).normalize();
            if (!f.startsWith(folder) || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (!Manifest.sha256(f).equals(e.getValue())) {
                left.add(e.getKey());
                continue;
            }
            files++;
            bytes += Files.size(f);
            if (!dryRun) {
                Files.delete(f);
            }
        }
        if (!dryRun) {
            removeEmptyFolders(folder);
        }
        return new Pruned(run.id(), folder, files, bytes, left);
    }

    /** Removes the folders under {@code folder} (notes/) that the removal left empty. */
    private static void removeEmptyFolders(Path folder) throws IOException {
        List<Path> dirs;
        try (Stream<Path> walk = Files.walk(folder)) {
            dirs = walk.filter(p -> !p.equals(folder) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.reverseOrder()).toList();
        }
        for (Path d : dirs) {
            try (Stream<Path> in = Files.list(d)) {
                if (in.findAny().isEmpty()) {
                    Files.delete(d);
                }
            }
        }
    }
}
