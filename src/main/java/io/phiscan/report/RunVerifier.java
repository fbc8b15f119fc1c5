package io.phiscan.report;

import io.phiscan.review.RunStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Checks a run's outputs against its {@code manifest.sha256} (a file changed or missing; a file
 * the run did not write, which the manifest does not list; a file others can read) and walks the chain of manifests back to the first run of the
 * workspace (a manifest deleted or altered after the next run chained to it; a manifest whose
 * hash differs from the one the workspace recorded when it was written). The files of a run whose
 * reports the retention removed ({@code phiscan prune}) are not missing: its manifest, which stays,
 * still holds the chain. Reads only. Thread-safe.
 */
public final class RunVerifier {

    /** What was found wrong, and where, in plain words. */
    public record Problem(Kind kind, String path, String message) {
    }

    /**
     * The kinds of problem {@code verify} reports. {@code UNLISTED}: a file in the folder that the
     * manifest does not list, so not one the run wrote: it was in the folder before the run (an
     * {@code --out} folder used again), or was put there during or after it.
     */
    public enum Kind { CHANGED, UNLISTED, MISSING, PERMISSIONS, MANIFEST, CHAIN }

    /**
     * The outcome.
     *
     * @param filesChecked the files listed in the run's manifest
     * @param chain the runs whose manifests the chain was followed through, newest first
     * @param prunedAt when the retention removed the run's files (all but its manifest), or {@code null}
     */
    public record Result(String runId, Path folder, int filesChecked, List<String> chain, List<Problem> problems,
            Instant prunedAt) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    private final ReportHistory history;
    private final Function<String, Optional<String>> recordedHash;
    private final Function<String, Optional<Instant>> prunedAt;

    /**
     * @param recordedHash the manifest hash the workspace recorded for a run when it was written, if any
     */
    public RunVerifier(ReportHistory history, Function<String, Optional<String>> recordedHash) {
        this(history, recordedHash, id -> Optional.empty());
    }

    /**
     * @param recordedHash the manifest hash the workspace recorded for a run when it was written, if any
     * @param prunedAt when {@code phiscan prune} removed a run's files, if it did: they are not missing
     */
    public RunVerifier(ReportHistory history, Function<String, Optional<String>> recordedHash,
            Function<String, Optional<Instant>> prunedAt) {
        this.history = history;
        this.recordedHash = recordedHash;
        this.prunedAt = prunedAt;
    }

    public Result verify(RunStore.Run run) throws IOException {
        Path folder = ReportHistory.folderOf(run);
        List<Problem> problems = new ArrayList<>();
        Path manifest = folder.resolve(Manifest.FILE);
        if (!Files.isRegularFile(manifest)) {
            problems.add(new Problem(Kind.MANIFEST, Manifest.FILE, "the manifest of run " + run.id() + " is missing from "
                    + folder + ": its files cannot be checked and the chain is broken here"));
            return new Result(run.id(), folder, 0, List.of(run.id()), problems, null);
        }
        ManifestFile m = ManifestFile.read(manifest);
        Instant pruned = prunedAt.apply(run.id()).orElse(null);
        checkFiles(folder, m, pruned != null, run.startedAt(), problems);
        List<String> chain = new ArrayList<>();
        checkChain(run, m, chain, problems);
        return new Result(run.id(), folder, m.files().size(), chain, problems, pruned);
    }

    /** Checks the files the manifest lists; of a pruned run, only those still there (a file the retention left changed). */
    private static void checkFiles(Path folder, ManifestFile m, boolean pruned, Instant started, List<Problem> problems)
            throws IOException {
        for (String bad : m.bad()) {
            problems.add(new Problem(Kind.MANIFEST, Manifest.FILE, "the manifest has an unreadable " + bad));
        }
        for (Map.Entry<String, String> e : m.files().entrySet()) {
            Path f = folder.resolve(e.getKey()).normalize();
            if (!f.startsWith(folder) || !Files.isRegularFile(f)) {
                if (pruned && f.startsWith(folder)) {
                    continue;
                }
                problems.add(new Problem(Kind.MISSING, e.getKey(), "listed in the manifest but missing from the folder"));
            } else if (!Manifest.sha256(f).equals(e.getValue())) {
                problems.add(new Problem(Kind.CHANGED, e.getKey(), "changed since the run wrote it (its SHA-256 differs)"));
            } else if (readableByOthers(f)) {
                problems.add(new Problem(Kind.PERMISSIONS, e.getKey(), "readable by others than its owner (should be 0600)"));
            }
        }
        Set<String> listed = new HashSet<>(m.files().keySet());
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = Manifest.relative(folder, f);
                if (!rel.equals(Manifest.FILE) && !listed.contains(rel)) {
                    problems.add(new Problem(Kind.UNLISTED, rel, "in the folder but not in the manifest: not written by this run"
                            + modified(f, started)));
                }
            }
        }
    }

    private void checkChain(RunStore.Run run, ManifestFile m, List<String> chain, List<Problem> problems) throws IOException {
        String id = run.id();
        Path folder = ReportHistory.folderOf(run);
        Set<String> seen = new HashSet<>();
        while (m != null && seen.add(id)) {
            chain.add(id);
            if (m.runId() != null && !m.runId().equals(id)) {
                problems.add(new Problem(Kind.CHAIN, folder.resolve(Manifest.FILE).toString(), "the manifest in the folder of run "
                        + id + " belongs to run " + m.runId() + ": the folder was reused and run " + id + "'s outputs are gone"));
                return;
            }
            String actual = Manifest.sha256(folder.resolve(Manifest.FILE));
            Optional<String> recorded = recordedHash.apply(id);
            if (recorded.isPresent() && !recorded.get().equals(actual)) {
                problems.add(new Problem(Kind.MANIFEST, folder.resolve(Manifest.FILE).toString(), "the manifest of run " + id
                        + " was altered: its SHA-256 differs from the one recorded in the workspace when it was written"));
            }
            if (!m.chained()) {
                problems.add(new Problem(Kind.CHAIN, folder.resolve(Manifest.FILE).toString(), "the manifest of run " + id
                        + " has no link to a previous run (written before manifests were chained, or its link was removed)"));
                return;
            }
            Manifest.Link link = m.previous();
            if (link == null) {
                return;
            }
            Optional<RunStore.Run> prev = history.runs().stream().filter(r -> r.id().equals(link.runId())).findFirst();
            if (prev.isEmpty()) {
                problems.add(new Problem(Kind.CHAIN, link.runId(), "run " + id + " chains to run " + link.runId()
                        + ", which the workspace does not know"));
                return;
            }
            Path prevFolder = ReportHistory.folderOf(prev.get());
            Path prevManifest = prevFolder.resolve(Manifest.FILE);
            if (link.sha256() == null) {
                problems.add(new Problem(Kind.CHAIN, prevManifest.toString(), "broken chain: run " + link.runId()
                        + "'s manifest was already missing when run " + id + " was written"));
                return;
            }
            if (!Files.isRegularFile(prevManifest)) {
                problems.add(new Problem(Kind.CHAIN, prevManifest.toString(), "broken chain: the manifest of run " + link.runId()
                        + " is missing (deleted after run " + id + " chained to it)"));
                return;
            }
            if (!Manifest.sha256(prevManifest).equals(link.sha256())) {
                problems.add(new Problem(Kind.CHAIN, prevManifest.toString(), "broken chain: the manifest of run " + link.runId()
                        + " was altered after run " + id + " chained to it"));
            }
            id = link.runId();
            folder = prevFolder;
            m = ManifestFile.read(prevManifest);
        }
    }

    /**
     * When the file was last modified, against the run's start: a file the run did not write may
     * have been in the folder before it (a reused {@code --out}) or put there since. A clue, not a
     * proof: a copy can keep an older time.
     */
    private static String modified(Path f, Instant started) throws IOException {
        Instant at = Files.getLastModifiedTime(f).toInstant();
        String when = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        return started == null ? " (last modified " + when + ")"
                : " (last modified " + when + ", " + (at.isBefore(started) ? "before" : "after") + " the run started)";
    }

    private static boolean readableByOthers(Path f) throws IOException {
        if (!f.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return false;
        }
        Set<PosixFilePermission> p = Files.getPosixFilePermissions(f);
        return p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ);
    }
}
