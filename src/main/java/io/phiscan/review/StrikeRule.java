package io.phiscan.review;

import java.util.List;

/**
 * Warn once, then block, over one counterpart's counting incidents in run order: the run of
 * the {@code warnAfter}-th incident warned them; the first incident from the
 * {@code blockAfter}-th on that lies in a later run than the warning blocks them. Several
 * incidents in the run that warns never block by themselves: nobody is blocked before they
 * could be warned. Stateless.
 */
final class StrikeRule {

    /** The runs that warned and blocked a counterpart, each {@code null} when none did. */
    record Outcome(String warnedIn, String blockedIn) {
    }

    private StrikeRule() {
    }

    /**
     * @param runs the run of each counting incident, in run order (a run appears once per incident)
     */
    static Outcome apply(List<String> runs, ReviewPolicy.LedgerRule rule) {
        if (runs.size() < rule.warnAfter()) {
            return new Outcome(null, null);
        }
        String warned = runs.get(rule.warnAfter() - 1);
        for (int k = rule.blockAfter() - 1; k < runs.size(); k++) {
            if (!runs.get(k).equals(warned)) {
                return new Outcome(warned, runs.get(k));
            }
        }
        return new Outcome(warned, null);
    }
}
