package io.phiscan.job;

import io.phiscan.ingest.Export;
import io.phiscan.review.PartLedger.Mode;
import io.phiscan.review.PartLedger.Part;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition of the ingest step: an export's parts that one reader reads, in order. A part
 * that can be read on its own is a unit by itself; the parts of an export that must be read in
 * order ({@link Export#partsInOrder()}) make one unit. The export's own problems (found while
 * recognizing it) go with its first unit. Named after the plan's sequence number of its first
 * part, so a restarted run finds the same names.
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

    /** The units of a plan: exports in plan order, parts to read (or parse) only. */
    static List<IngestUnit> of(List<IngestPlanner.Planned> plan) {
        List<IngestUnit> units = new ArrayList<>();
        for (IngestPlanner.Planned p : plan) {
            List<Part> active = p.parts().stream().filter(part -> part.mode() == Mode.READ || part.mode() == Mode.WARM).toList();
            boolean problems = !p.export().problems().isEmpty();
            String exportRow = "export-" + p.exportSeq();
            if (active.isEmpty()) {
                if (problems) {
                    units.add(new IngestUnit(exportRow, p.export().path(), List.of(), true));
                }
            } else if (p.export().partsInOrder()) {
                units.add(new IngestUnit(exportRow, p.export().path(), active.stream().map(Part::seq).toList(), problems));
            } else {
                for (Part part : active) {
                    units.add(new IngestUnit("part-" + part.seq(), p.export().path(), List.of(part.seq()), problems));
                    problems = false;
                }
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

    /** The sequence numbers of a partition context's parts. */
    static List<Integer> parts(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(Integer::valueOf).toList();
    }
}
