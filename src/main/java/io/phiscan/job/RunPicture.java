package io.phiscan.job;

import io.phiscan.report.RunReport;
import io.phiscan.review.FindingHistory;
import io.phiscan.review.FindingStore;
import io.phiscan.review.PartLedger;
import io.phiscan.review.RunStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The whole current picture of a run, assembled from the stores for its reports: every export
 * the run named with its counts (read now, or carried from the run that read an unchanged part),
 * every record skipped in them, the current findings of the run's accounts, and what the reader
 * must know (unchanged exports, what the run's scoring changed, a policy that changed). An audit
 * that read nothing new still reports everything its accounts hold. Thread-safe.
 */
final class RunPicture {
    private final RunStore runs;
    private final FindingStore findings;
    private final FindingHistory history;
    private final PartLedger ledger;

    RunPicture(RunStore runs, FindingStore findings, FindingHistory history, PartLedger ledger) {
        this.runs = runs;
        this.findings = findings;
        this.history = history;
        this.ledger = ledger;
    }

    /** The report of a run over these findings, with its facts and notes. */
    RunReport report(String runId, List<String> findingIds, Instant finishedAt, List<String> extraNotes) {
        RunStore.Run run = runs.run(runId).orElseThrow();
        List<PartLedger.Part> plan = ledger.plan(runId);
        List<RunStore.RunInput> inputs = inputs(runId, plan);
        List<String> notes = new ArrayList<>(ReportTasklet.notes(inputs));
        notes.addAll(unchangedNotes(plan));
        notes.addAll(extraNotes);
        return new RunReport(run, finishedAt, inputs, stored(findingIds), skipped(runId, plan), notes);
    }

    /** The current findings of a run's accounts (every account for a rescan, whose inputs are none). */
    List<String> currentFindings(String runId, boolean everyAccount) {
        if (everyAccount) {
            return history.current(null);
        }
        return history.current(new TreeSet<>(runs.inputs(runId).stream().map(RunStore.RunInput::account).toList()));
    }

    /**
     * Each export of the run with what was read now plus what was carried from earlier runs.
     *
     * @param plan the run's plan ({@link PartLedger#plan}), read once by the caller
     */
    List<RunStore.RunInput> inputs(String runId, List<PartLedger.Part> plan) {
        List<RunStore.RunInput> out = new ArrayList<>();
        Map<String, String> firstWithFiles = new HashMap<>();
        Map<String, List<String>> hashesByExport = hashes(plan);
        for (RunStore.RunInput in : runs.inputs(runId)) {
            long m = in.messages();
            long s = in.skipped();
            long e = in.encrypted();
            for (PartLedger.Part p : plan) {
                if (p.carried() && p.export().equals(in.path())) {
                    m += p.messages();
                    s += p.skipped();
                    e += p.encrypted();
                }
            }
            String files = files(in, hashesByExport.get(in.path()));
            String sameAs = files == null ? null : firstWithFiles.putIfAbsent(files, in.path());
            List<String> notes = new ArrayList<>(in.notes());
            if (sameAs != null) {
                notes.add("the same export as " + sameAs + " (the same files read for messages, byte for byte): its " + m
                        + " message(s) are indexed once, and counted once in the run's totals");
            }
            out.add(new RunStore.RunInput(in.path(), in.platform(), in.account(), in.layout(), m, s, e, notes, sameAs));
        }
        return out;
    }

    /**
     * What a run itself read from its exports, not what it carried from earlier runs.
     *
     * @param records records read: messages, records skipped and encrypted messages
     * @param messages the messages among them
     * @param skipped records skipped, those of files that are no export's included
     * @param encrypted the encrypted messages among them, counted but not readable
     */
    record ReadNow(long records, long messages, long skipped, long encrypted) {
    }

    /**
     * What the run itself read, each export counted once as the report's reconciliation counts it:
     * of the inputs holding the same export ({@link RunStore.RunInput#sameAs}), the one that read
     * the most now. The run's plan is read only when two of its inputs may hold the same export.
     */
    ReadNow readNow(String runId) {
        List<RunStore.RunInput> now = runs.inputs(runId);
        Map<String, String> sameAs = new HashMap<>();
        if (now.stream().map(in -> List.of(in.platform(), in.account(), in.layout())).distinct().count() < now.size()) {
            for (RunStore.RunInput in : inputs(runId, ledger.plan(runId))) {
                if (!in.counted()) {
                    sameAs.put(in.path(), in.sameAs());
                }
            }
        }
        Map<String, RunStore.RunInput> once = new HashMap<>();
        long skippedInExports = 0;
        for (RunStore.RunInput in : now) {
            skippedInExports += in.skipped();
            once.merge(sameAs.getOrDefault(in.path(), in.path()), in, (a, b) -> records(b) > records(a) ? b : a);
        }
        long skippedElsewhere = runs.skipped(runId).size() - skippedInExports;
        return new ReadNow(once.values().stream().mapToLong(RunPicture::records).sum(),
                once.values().stream().mapToLong(RunStore.RunInput::messages).sum(),
                skippedElsewhere + once.values().stream().mapToLong(RunStore.RunInput::skipped).sum(),
                once.values().stream().mapToLong(RunStore.RunInput::encrypted).sum());
    }

    private static long records(RunStore.RunInput in) {
        return in.messages() + in.skipped() + in.encrypted();
    }

    /**
     * What an export holds, as its platform, account, layout and the hashes of its parts in the
     * run's plan (whatever their names: a zip may hold them in a folder); null when a part has no
     * hash or there is none. Two inputs with the same are one export given twice (a folder beside
     * its own zip), whose messages the index holds once.
     */
    private static String files(RunStore.RunInput in, List<String> hashes) {
        if (hashes == null || hashes.isEmpty() || hashes.contains("")) {
            return null;
        }
        List<String> sorted = new ArrayList<>(hashes);
        sorted.sort(null);
        return in.platform().id() + "\u0000" + in.account() + "\u0000" + in.layout() + "\u0000" + String.join(",", sorted);
    }

    /** The hashes of each export's parts in the plan (its files, not the export's own row), in one pass. */
    private static Map<String, List<String>> hashes(List<PartLedger.Part> plan) {
        Map<String, List<String>> out = new HashMap<>();
        for (PartLedger.Part p : plan) {
            if (p.mode() != PartLedger.Mode.EXPORT) {
                out.computeIfAbsent(p.export(), k -> new ArrayList<>()).add(p.sha256());
            }
        }
        return out;
    }

    /** The records skipped by the run and, for the parts of its plan it carried, by the runs that read them. */
    List<RunStore.Skipped> skipped(String runId, List<PartLedger.Part> plan) {
        List<RunStore.Skipped> all = new ArrayList<>(runs.skipped(runId));
        all.addAll(ledger.carriedSkipped(plan));
        all.sort(Comparator.comparing(RunStore.Skipped::file, RunPicture::naturally)
                .thenComparing(RunStore.Skipped::position, RunPicture::naturally));
        return all;
    }

    /**
     * Text in the order people read it: runs of digits compare as numbers, so that "element 2"
     * comes before "element 11" and "message_2.json" before "message_10.json".
     */
    static int naturally(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int ei = i;
                int ej = j;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                String n = a.substring(i, ei).replaceFirst("^0+(?=.)", "");
                String m = b.substring(j, ej).replaceFirst("^0+(?=.)", "");
                int c = n.length() != m.length() ? Integer.compare(n.length(), m.length()) : n.compareTo(m);
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private List<FindingStore.Stored> stored(List<String> ids) {
        List<FindingStore.Stored> out = new ArrayList<>(findings.findAll(ids));
        out.sort(Comparator.comparingDouble((FindingStore.Stored f) -> -f.finding().score())
                .thenComparing(f -> f.finding().id()));
        return out;
    }

    private static List<String> unchangedNotes(List<PartLedger.Part> plan) {
        List<String> notes = new ArrayList<>();
        Map<String, List<PartLedger.Part>> byExport = new HashMap<>();
        for (PartLedger.Part p : plan) {
            if (p.mode() != PartLedger.Mode.EXPORT) {
                byExport.computeIfAbsent(p.export(), k -> new ArrayList<>()).add(p);
            }
        }
        for (PartLedger.Part export : plan.stream().filter(p -> p.mode() == PartLedger.Mode.EXPORT).toList()) {
            List<PartLedger.Part> parts = byExport.getOrDefault(export.export(), List.of());
            List<PartLedger.Part> carried = parts.stream().filter(PartLedger.Part::carried).toList();
            if (carried.isEmpty()) {
                continue;
            }
            String since = String.join(", ", new TreeSet<>(carried.stream().map(PartLedger.Part::readInRun).toList()));
            notes.add(export.export() + ": " + (carried.size() == parts.size() ? "unchanged"
                    : carried.size() + " of " + parts.size() + " files unchanged")
                    + " since run " + since + ", not indexed again (their counts are carried from that run)");
        }
        return notes;
    }

    /** What the run's scoring changed, in one sentence naming the findings (ids only, never content). */
    Optional<String> changesNote(String runId) {
        Map<FindingHistory.Change, List<String>> byKind = new EnumMap<>(FindingHistory.Change.class);
        history.changes(runId).forEach(c -> byKind.computeIfAbsent(c.change(), k -> new ArrayList<>())
                .add(c.detail().isEmpty() ? c.findingId() : c.findingId() + " " + c.detail()));
        if (byKind.isEmpty()) {
            return Optional.of("this run's scoring changed no finding");
        }
        List<String> parts = new ArrayList<>();
        byKind.forEach((c, ids) -> parts.add(ids.size() + " " + switch (c) {
            case NEW -> "new";
            case RAISED_AGAIN -> "raised again";
            case SEVERITY -> "with another severity";
            case NO_LONGER_RAISED -> "no longer raised";
        } + " (" + String.join(", ", ids.subList(0, Math.min(ids.size(), 20)))
                + (ids.size() > 20 ? ", and " + (ids.size() - 20) + " more" : "") + ")"));
        return Optional.of("findings changed by this run: " + String.join("; ", parts));
    }

    /** How many findings each kind of change touched in a run. */
    Map<FindingHistory.Change, Integer> changeCounts(String runId) {
        Map<FindingHistory.Change, Integer> counts = new EnumMap<>(FindingHistory.Change.class);
        history.changes(runId).forEach(c -> counts.merge(c.change(), 1, Integer::sum));
        return counts;
    }

    /** The latest completed audit or rescan before this run, if any. */
    Optional<RunStore.Run> previous(String runId) {
        return runs.runs().stream().filter(r -> !r.id().equals(runId) && r.finishedAt() != null
                && (r.kind().equals("audit") || r.kind().equals("rescan"))).findFirst();
    }
}
