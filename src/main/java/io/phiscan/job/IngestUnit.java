package io.phiscan.job;

import io.phiscan.ingest.Export;
import io.phiscan.review.PartLedger.Mode;
import io.phiscan.review.PartLedger.Part;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition of the ingest step: an export's parts that one reader reads, in order: the parts
 * of one of its groups ({@link Export#partGroups()}), which may name people that later parts use
 * or hold the same messages. The export's own problems (found while recognizing it) go with its
 * first unit. Named after the plan's sequence number of its export (when the export is one group)
 * or of its first part, so a restarted run finds the same names.
 *
 * @param export the export's path, as its {@link Export#path()}
 * @param parts the plan's sequence numbers of the unit's parts, in reading order
 * @param problems whether the unit reports the export's problems
 */
record IngestUnit(String name, String export, List<Integer> parts, boolean problems) {
    static final String EXPORT = "ingest.export";
    static final String PARTS = "ingest.parts";
    static final String PROBLEMS = "ingest.problems";

    IngestUnit {
        parts = List.copyOf(parts);
    }

    /**
     * The units of a plan: exports in plan order, parts to read (or parse) only, a unit for each
     * of an export's groups of parts ({@link Export#partGroups()}) that has any.
     */
    static List<IngestUnit> of(List<IngestPlanner.Planned> plan) {
        List<IngestUnit> units = new ArrayList<>();
        for (IngestPlanner.Planned p : plan) {
            boolean problems = !p.export().problems().isEmpty();
            String exportRow = "export-" + p.exportSeq();
            List<List<String>> groups = p.export().partGroups();
            Map<String, Integer> groupOf = new HashMap<>();
            List<List<Integer>> activeIn = new ArrayList<>();
            for (List<String> group : groups) {
                group.forEach(part -> groupOf.put(part, activeIn.size()));
                activeIn.add(new ArrayList<>());
            }
            for (Part part : p.parts()) {
                Integer group = groupOf.get(part.part());
                if (group != null && (part.mode() == Mode.READ || part.mode() == Mode.WARM)) {
                    activeIn.get(group).add(part.seq());
                }
            }
            int before = units.size();
            for (List<Integer> active : activeIn) {
                if (!active.isEmpty()) {
                    units.add(new IngestUnit(groups.size() == 1 ? exportRow : "part-" + active.get(0), p.export().path(),
                            active, problems));
                    problems = false;
                }
            }
            if (units.size() == before && problems) {
                units.add(new IngestUnit(exportRow, p.export().path(), List.of(), true));
            }
        }
        return units;
    }

    /**
     * Where a unit comes in its plan: the sequence number it is named after, from its name or its
     * step's ({@code ingestPart:part-12}); units of names not made here come last.
     */
    static int planOrder(String name) {
        try {
            return Integer.parseInt(name.substring(name.lastIndexOf('-') + 1));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** The unit as a partition's step context. */
    ExecutionContext context() {
        ExecutionContext c = new ExecutionContext();
        c.putString(EXPORT, export);
        c.putString(PARTS, parts.stream().map(String::valueOf).collect(Collectors.joining(",")));
        c.putString(PROBLEMS, Boolean.toString(problems));
        return c;
    }

    /** The unit of a partition's step context ({@link #context}), without its name. */
    static IngestUnit fromContext(ExecutionContext c) {
        return new IngestUnit("", c.getString(EXPORT), parts(c.getString(PARTS, "")),
                Boolean.parseBoolean(c.getString(PROBLEMS, "false")));
    }

    /** The sequence numbers of a partition context's parts. */
    static List<Integer> parts(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(Integer::valueOf).toList();
    }
}
