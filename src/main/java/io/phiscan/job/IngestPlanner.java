package io.phiscan.job;

import io.phiscan.ingest.Export;
import io.phiscan.ingest.ExportLocator;
import io.phiscan.ingest.ExportTree;
import io.phiscan.review.LastParts;
import io.phiscan.review.PartLedger;
import io.phiscan.review.PartLedger.Mode;
import io.phiscan.review.PartLedger.Part;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides what an audit reads: each part (file) of each export is fingerprinted (size,
 * modification time, SHA-256 of its bytes) and compared with its row in the latest completed
 * audit that planned its export. A part with the same size and hash is not read again: its
 * counts are carried. A part whose file stamp ({@link ExportTree#stamp}: size, times, inode),
 * size and time are still those of its row was not rewritten since, and keeps the row's hash
 * without being read; the stamp is the strict one, so a part whose permissions, owner or links
 * alone changed is hashed, and its hash finds it unchanged. A group of an export's parts
 * ({@link Export#partGroups()}: a part may name people the later parts use, or hold messages they
 * hold again) is read from its first changed part on, and the unchanged parts before that are
 * parsed only to learn those names and messages. {@code --full} hashes and reads everything.
 * Stateless apart from its collaborators.
 */
final class IngestPlanner {
    private final PartLedger ledger;
    private final Progress progress;
    private final Runnable readingAhead;
    /** The identity of the index the run writes into; {@code null}: rows of any index are carried. */
    private final String indexId;
    /** The last audit whose reading the index holds whole; empty: not known, any row of the index is carried. */
    private final String readBy;

    IngestPlanner(PartLedger ledger, Progress progress) {
        this(ledger, progress, () -> { }, null, "");
    }

    /**
     * A planner that runs {@code readingAhead} once a new plan finds a part to hash (it will
     * likely read something), and carries only the rows of parts read into the index of identity
     * {@code indexId} by {@code readBy} or an audit before it.
     */
    IngestPlanner(PartLedger ledger, Progress progress, Runnable readingAhead, String indexId, String readBy) {
        this.ledger = ledger;
        this.progress = progress;
        this.readingAhead = readingAhead;
        this.indexId = indexId;
        this.readBy = readBy;
    }

    /** Whether the index holds what the audit that read a part read from it. */
    private boolean held(Part row) {
        return readBy.isEmpty() || inOrder(row.readInRun(), readBy) <= 0;
    }

    /** Run ids in the order the runs began: {@code 20261126T023012Z}, its {@code -2}, …, its {@code -10}, the next second's. */
    static int inOrder(String a, String b) {
        int dashA = a.indexOf('-');
        int dashB = b.indexOf('-');
        int bySecond = (dashA < 0 ? a : a.substring(0, dashA)).compareTo(dashB < 0 ? b : b.substring(0, dashB));
        if (bySecond != 0) {
            return bySecond;
        }
        return Long.compare(suffix(a, dashA), suffix(b, dashB));
    }

    private static long suffix(String id, int dash) {
        try {
            return dash < 0 ? 1 : Long.parseLong(id.substring(dash + 1));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * Whether the new plan reads an export again, in part or whole, because the index does not
     * hold what the audits that read it read: they wrote into another index, or into this one
     * after the state it holds (removed, replaced or restored since).
     */
    boolean readAgainForTheIndex(String export) {
        return readAgain.contains(export);
    }

    /** The exports of the new plan read again for the index ({@link #readAgainForTheIndex}). */
    private final java.util.Set<String> readAgain = new java.util.HashSet<>();

    /** An export of a run's plan with its parts, in reading order; {@code exportSeq} is its row's place in the plan. */
    record Planned(Export export, int exportSeq, List<Part> parts) {
    }

    /**
     * The plan a run recorded, when it is resumed, or a new plan, recorded in one transaction (a
     * restart finds the whole plan or none).
     *
     * @throws ItemStreamException when a recorded plan cannot be followed over the files as they are now
     */
    List<Part> recordedOrNew(String runId, ExportLocator locator, boolean full, TransactionTemplate transaction) {
        List<Part> plan = ledger.plan(runId);
        if (plan.isEmpty()) {
            NewPlan planned = newPlan(runId, locator.exports(), locator::tree, full);
            transaction.executeWithoutResult(status -> ledger.record(runId, planned.parts(), planned.partsOf()));
            return ledger.plan(runId);
        }
        Optional<String> changed = changedSince(plan, locator.exports(), locator::tree);
        if (changed.isPresent()) {
            throw new ItemStreamException("run " + runId + " cannot resume: " + changed.get());
        }
        return plan;
    }

    /** The exports of a plan, each with its parts, in the plan's order. */
    static List<Planned> follow(List<Part> plan, List<Export> exports) {
        List<Planned> out = new ArrayList<>();
        for (Part p : plan) {
            if (p.mode() == Mode.EXPORT) {
                out.add(new Planned(exports.stream().filter(e -> e.path().equals(p.export())).findFirst().orElseThrow(),
                        p.seq(), new ArrayList<>()));
            } else {
                out.get(out.size() - 1).parts().add(p);
            }
        }
        return out;
    }

    /**
     * A new plan: its rows, export rows included, in reading order, and the exports whose parts
     * are an earlier run's rows carried whole, with that run ({@link LastParts#carriedWhole}).
     */
    record NewPlan(List<Part> parts, Map<String, String> partsOf) {
    }

    /** The plan of a run over these exports, in reading order, export rows included, with the exports it carries whole. */
    NewPlan newPlan(String runId, List<Export> exports, Function<Export, ExportTree> trees, boolean full) {
        // each part with its row in the last completed audit that planned its export
        List<Part> last = new ArrayList<>();
        Map<String, LastParts> lastOf = new HashMap<>();
        for (Export export : exports) {
            LastParts held = full ? LastParts.NONE : ledger.last(export.path(), indexId);
            if (!full && indexId != null && held.run().isEmpty() && !ledger.last(export.path()).run().isEmpty()) {
                readAgain.add(export.path()); // read by audits into another index only
            }
            lastOf.put(export.path(), held);
            for (String name : export.parts()) {
                last.add(held.parts().get(name));
            }
        }
        // a part whose stamp, size and time are those of its last row was not rewritten since: it
        // keeps that row's hash; every other part is hashed
        progress.enterChecking(exports.size());
        PartFingerprinter now = new PartFingerprinter(exports, trees, last, runId, progress, readingAhead).run();
        String[] sha = new String[last.size()];
        for (int i = 0; i < sha.length; i++) {
            sha[i] = now.hashed(i) != null ? now.hashed(i) : last.get(i) == null ? "" : last.get(i).sha256();
        }
        List<Part> plan = new ArrayList<>();
        Map<String, String> partsOf = new HashMap<>();
        int at = 0;
        for (Export export : exports) {
            plan.add(new Part(plan.size(), export.path(), "", Mode.EXPORT, 0, 0, "", "", runId, 0, 0, 0));
            List<Part> parts = new ArrayList<>();
            List<Optional<Part>> before = new ArrayList<>();
            int count = export.parts().size();
            for (int i = at; i < at + count; i++) {
                Part p = now.now(i);
                Part part = new Part(0, p.export(), p.part(), Mode.READ, p.size(), p.modified(), sha[i], p.stamp(), runId,
                        0, 0, 0);
                Optional<Part> previous = sha[i].isEmpty() ? Optional.empty() : Optional.ofNullable(last.get(i));
                parts.add(part);
                Optional<Part> same = previous.filter(l -> l.size() == part.size() && l.sha256().equals(part.sha256()));
                if (same.isPresent() && !held(same.get())) {
                    readAgain.add(export.path()); // read after the state the index holds
                }
                before.add(same.filter(this::held));
            }
            at += count;
            // in each group of parts, the first changed one: the group is read from it on, and
            // the parts before it parsed for what the later ones need
            Map<String, Integer> groupOf = new HashMap<>();
            List<List<String>> groups = export.partGroups();
            for (int g = 0; g < groups.size(); g++) {
                for (String name : groups.get(g)) {
                    groupOf.put(name, g);
                }
            }
            int[] firstChanged = new int[groups.size()];
            Arrays.fill(firstChanged, -1);
            for (int i = 0; i < parts.size(); i++) {
                int g = groupOf.get(parts.get(i).part());
                if (before.get(i).isEmpty() && firstChanged[g] < 0) {
                    firstChanged[g] = i;
                }
            }
            int first = plan.size();
            for (int i = 0; i < parts.size(); i++) {
                Part part = parts.get(i);
                Optional<Part> same = before.get(i);
                int changedInGroup = firstChanged[groupOf.get(part.part())];
                Mode mode;
                if (same.isEmpty()) {
                    mode = Mode.READ;
                } else if (changedInGroup >= 0) {
                    mode = i < changedInGroup ? Mode.WARM : Mode.READ;
                } else {
                    mode = Mode.UNCHANGED;
                }
                plan.add(mode == Mode.READ ? withSeq(part, plan.size())
                        : carried(part, same.get(), mode, plan.size()));
            }
            LastParts held = lastOf.get(export.path());
            if (held.carriedWhole(plan.subList(first, plan.size()))) {
                partsOf.put(export.path(), held.run());
            }
        }
        return new NewPlan(plan, partsOf);
    }

    private static Part withSeq(Part p, int seq) {
        return new Part(seq, p.export(), p.part(), p.mode(), p.size(), p.modified(), p.sha256(), p.stamp(), p.readInRun(), 0,
                0, 0);
    }

    /** A part not read (or parsed only), with the counts of the run that read it. */
    private static Part carried(Part now, Part last, Mode mode, int seq) {
        return new Part(seq, now.export(), now.part(), mode, now.size(), now.modified(), now.sha256(), now.stamp(),
                last.readInRun(), last.messages(), last.skipped(), last.encrypted());
    }

    /**
     * Why a recorded plan cannot be resumed over the files as they are now, or empty when it can:
     * every export is still there and every part to read has the size, time and stamp it had. The
     * stamp ({@link ExportTree#stamp}) is the strict one: a file rewritten in place with its size
     * kept and its time set back ({@code touch -d}, {@code cp -p} of another version) is changed
     * though its size and time are not. A change of permissions or owner alone also changes it;
     * the run is then taken over, and the part is read again, as an uninterrupted run would read it.
     */
    static Optional<String> changedSince(List<Part> plan, List<Export> exports, Function<Export, ExportTree> trees) {
        for (Part p : plan) {
            Export export = exports.stream().filter(e -> e.path().equals(p.export())).findFirst().orElse(null);
            if (export == null) {
                return Optional.of("the export " + p.export() + " is no longer among the inputs");
            }
            if (p.mode() == Mode.READ || p.mode() == Mode.WARM) {
                ExportTree tree = trees.apply(export);
                String stamp = p.stamp() == null || p.stamp().isEmpty() ? "" : tree.stamp(p.part());
                if (tree.size(p.part()) != p.size() || tree.modified(p.part()) != p.modified()
                        || !stamp.isEmpty() && !stamp.equals(p.stamp())) {
                    return Optional.of(p.file() + " changed after the run began");
                }
            }
        }
        return Optional.empty();
    }
}
