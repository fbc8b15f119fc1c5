package io.phiscan.job;

import io.phiscan.ingest.Export;
import io.phiscan.ingest.ExportTree;
import io.phiscan.review.PartLedger.Mode;
import io.phiscan.review.PartLedger.Part;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The fingerprints a new plan compares with the last rows: each part's stamp, size and time, and
 * the SHA-256 of the parts whose stamp is not their last row's ({@link PartFingerprint#sameStamp}).
 * One export after another, in plan order, on every processor: an export's parts are stamped, then
 * hashed, while the threads working on them hold its tree ({@link ExportTree#hold}), so that a zip
 * is listed once for both even when the zips do not fit the heap together. A thread done with an
 * export's parts stamps the next export, and its parts are hashed beside the last ones of the
 * export before when their zips fit together: an export of one big file shares the processors
 * with the exports after it. One per plan.
 */
final class PartFingerprinter {
    private final List<Export> exports;
    private final Function<Export, ExportTree> trees;
    private final List<Part> last;
    private final String runId;
    private final Progress progress;
    private final Runnable readingAhead;
    private final AtomicBoolean readAhead = new AtomicBoolean();
    /** The index of each export's first part, and one past the last part. */
    private final int[] start;
    private final int[] exportOf;
    private final Part[] now;
    private final String[] hashed;
    /** The parts stamped and waiting to be hashed, in plan order; with the fields below, guarded by this. */
    private final Deque<Integer> queue = new ArrayDeque<>();
    private int nextExport;
    private boolean stamping;

    /** What a thread does next: stamp an export's parts ({@code part} -1), or hash a part. */
    private record Task(int export, int part) {
    }

    /**
     * @param last each part of the exports, in order, with its row in the last audit that read
     *     it, or null (then the part is hashed)
     * @param readingAhead run once, when a part to hash is first found
     */
    PartFingerprinter(List<Export> exports, Function<Export, ExportTree> trees, List<Part> last, String runId,
            Progress progress, Runnable readingAhead) {
        this.exports = exports;
        this.trees = trees;
        this.last = last;
        this.runId = runId;
        this.progress = progress;
        this.readingAhead = readingAhead;
        this.start = new int[exports.size() + 1];
        for (int e = 0; e < exports.size(); e++) {
            start[e + 1] = start[e] + exports.get(e).parts().size();
        }
        this.exportOf = new int[start[exports.size()]];
        for (int e = 0; e < exports.size(); e++) {
            for (int i = start[e]; i < start[e + 1]; i++) {
                exportOf[i] = e;
            }
        }
        this.now = new Part[exportOf.length];
        this.hashed = new String[exportOf.length];
    }

    /** Stamps every part and hashes those it must. */
    PartFingerprinter run() {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), Math.max(1, exportOf.length));
        IntStream.range(0, threads).parallel().forEach(t -> new Worker().work());
        return this;
    }

    /** The i-th part as it is now (its hash not yet set). */
    Part now(int i) {
        return now[i];
    }

    /** The SHA-256 of the i-th part, empty when it could not be read, or null when it was not hashed. */
    String hashed(int i) {
        return hashed[i];
    }

    /** The next task, waiting while an export is stamped; null when there is none left. */
    private synchronized Task next(Worker worker) {
        while (true) {
            Integer part = queue.poll();
            if (part != null) {
                return new Task(exportOf[part], part);
            }
            if (!stamping) {
                if (nextExport == exports.size()) {
                    return null;
                }
                stamping = true;
                return new Task(nextExport++, -1);
            }
            // a thread waiting holds no zip: the export being stamped may need the room
            worker.letGo();
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the exports were checked", e);
            }
        }
    }

    private synchronized void stamped(List<Integer> toHash) {
        queue.addAll(toHash);
        stamping = false;
        notifyAll();
    }

    /** One thread's work, and the tree it holds: the one of the export it works on. */
    private final class Worker {
        private ExportTree.Hold hold;
        private int holding = -1;
        /** Whether the export of {@link #holding} could not be held. */
        private boolean unheld;

        void work() {
            try {
                for (Task t = next(this); t != null; t = next(this)) {
                    if (t.part() < 0) {
                        stamp(t.export());
                    } else {
                        hashed[t.part()] = hold(t.export())
                                ? PartFingerprint.sha256(trees.apply(exports.get(t.export())), now[t.part()].part()) : "";
                        progress.fileDone();
                    }
                }
            } finally {
                letGo();
            }
        }

        private void stamp(int e) {
            Export export = exports.get(e);
            ExportTree tree = trees.apply(export);
            List<Integer> toHash = new ArrayList<>();
            try {
                boolean held = start[e] == start[e + 1] || hold(e);
                long bytes = 0;
                for (int i = start[e]; i < start[e + 1]; i++) {
                    String name = export.parts().get(i - start[e]);
                    // stamped before the bytes are hashed: a file rewritten after that changes its stamp
                    now[i] = held ? new Part(0, export.path(), name, Mode.READ, tree.size(name), tree.modified(name), "",
                            tree.stamp(name), runId, 0, 0, 0)
                            : new Part(0, export.path(), name, Mode.READ, -1, -1, "", "", runId, 0, 0, 0);
                    if (!held) {
                        hashed[i] = ""; // not known: read, and reading it says why
                    } else if (!PartFingerprint.sameStamp(now[i], last.get(i))) {
                        toHash.add(i);
                        bytes += Math.max(0, now[i].size());
                    }
                }
                if (!toHash.isEmpty() && !readAhead.getAndSet(true)) {
                    readingAhead.run();
                }
                progress.add(toHash.size(), bytes);
            } finally {
                progress.exportListed();
                stamped(toHash);
            }
        }

        /**
         * Holds the export's tree, letting go the one held before: false when it cannot be held
         * (a zip that cannot be listed again, or not within the wait for its room), and then
         * its parts are not looked at here: reading them says why.
         */
        private boolean hold(int export) {
            if (holding != export) {
                letGo();
                holding = export;
                try {
                    hold = trees.apply(exports.get(export)).hold();
                } catch (IOException | RuntimeException e) {
                    hold = null;
                    unheld = true;
                }
            }
            return !unheld;
        }

        void letGo() {
            if (hold != null) {
                hold.close();
                hold = null;
            }
            holding = -1;
            unheld = false;
        }
    }
}
