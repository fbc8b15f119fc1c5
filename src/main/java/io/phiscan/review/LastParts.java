package io.phiscan.review;

import io.phiscan.review.PartLedger.Mode;
import io.phiscan.review.PartLedger.Part;
import java.util.List;
import java.util.Map;

/**
 * The rows of the parts of an export as the latest completed audit that planned it recorded
 * them: what a new plan compares the export's files with.
 *
 * @param run the run whose rows they are (when that audit named another run's rows, that run);
 *     empty when no completed audit planned the export
 * @param parts by part name, in plan order
 */
public record LastParts(String run, Map<String, Part> parts) {
    public static final LastParts NONE = new LastParts("", Map.of());

    /**
     * Whether an export's parts in a new plan are these rows carried whole: every part
     * unchanged, and as these rows have them (the same parts in the same order, with the same
     * size, time, stamp, hash, reading run and counts). The plan then records the export's row
     * alone, naming {@link #run}.
     */
    public boolean carriedWhole(List<Part> planned) {
        if (run.isEmpty() || planned.size() != parts.size()) {
            return false;
        }
        int i = 0;
        for (Part held : parts.values()) {
            Part p = planned.get(i++);
            if (p.mode() != Mode.UNCHANGED || !p.part().equals(held.part()) || p.size() != held.size()
                    || p.modified() != held.modified() || !p.stamp().equals(held.stamp()) || !p.sha256().equals(held.sha256())
                    || !p.readInRun().equals(held.readInRun()) || p.messages() != held.messages()
                    || p.skipped() != held.skipped() || p.encrypted() != held.encrypted()) {
                return false;
            }
        }
        return true;
    }
}
