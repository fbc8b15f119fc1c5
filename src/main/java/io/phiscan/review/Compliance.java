package io.phiscan.review;

import io.phiscan.model.Author;
import io.phiscan.model.Finding;
import io.phiscan.model.Platform;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the compliance outputs of a run show: the ledger as it stood after the run, the
 * findings its incidents refer to, and the trail of each finding (decisions and follow-ups).
 *
 * @param runId the run, or {@code null} for the ledger as it stands now
 * @param standing every counterpart with incidents up to the run
 * @param findings every finding the run raised or a counterpart's incident refers to, by id
 * @param events the trail of each of those findings, oldest first
 */
public record Compliance(String runId, ReviewPolicy policy, List<Offender> standing, Map<String, Finding> findings,
        Map<String, List<EventLog.Event>> events) {

    public Compliance {
        standing = List.copyOf(standing);
        findings = Map.copyOf(findings);
        events = Map.copyOf(events);
    }

    /**
     * Loads what the outputs of a run need.
     *
     * @param runId the run, or {@code null} for now
     * @param raised the findings the run raised
     */
    public static Compliance load(String runId, Collection<Finding> raised, ReviewPolicy policy, Ledger ledger,
            FindingStore store, EventLog log) {
        List<Offender> standing = ledger.standing(runId, policy.ledger());
        Map<String, Finding> findings = new LinkedHashMap<>();
        raised.forEach(f -> findings.put(f.id(), f));
        Set<String> referred = new LinkedHashSet<>();
        standing.forEach(o -> referred.addAll(o.findingIds()));
        for (String id : referred) {
            if (!findings.containsKey(id)) {
                store.find(id).ifPresent(s -> findings.put(id, s.finding()));
            }
        }
        return new Compliance(runId, policy, standing, findings, log.forFindings(findings.keySet()));
    }

    /** The counterparts this run's warning list names: warned by this run. */
    public List<Offender> warnings() {
        return standing.stream().filter(o -> runId != null && runId.equals(o.warnedIn()) && o.blockedIn() == null).toList();
    }

    /** Every counterpart blocked as of the run, on every platform. */
    public List<Offender> blocked() {
        return standing.stream().filter(o -> o.standing() == Offender.Standing.BLOCKED).toList();
    }

    /** Where the ledger puts the counterparts of findings: built once, then asked per counterpart. */
    public Offenders offenders() {
        return new Offenders(standing);
    }

    /** The ledger's counterparts by platform and identity ({@link Author#key}), the first of each in standing order. */
    public static final class Offenders {
        private final Map<String, Offender> byKey = new HashMap<>();

        private Offenders(List<Offender> standing) {
            standing.forEach(o -> byKey.putIfAbsent(o.platform().id() + ' ' + o.key(), o));
        }

        /** Where the ledger puts a counterpart of a finding on a platform. */
        public Optional<Offender> of(Platform platform, Author a) {
            return Optional.ofNullable(byKey.get(platform.id() + ' ' + a.key()));
        }
    }

    /** The follow-ups recorded for a finding ({@code review done}), oldest first. */
    public List<EventLog.Event> followUps(String findingId) {
        return events.getOrDefault(findingId, List.of()).stream().filter(e -> e.action() == EventLog.Action.DONE).toList();
    }

    /** When a block of the counterpart was first recorded as done, on any of their findings. */
    public Optional<Instant> blockRecorded(Offender o) {
        return o.findingIds().stream().flatMap(id -> followUps(id).stream())
                .filter(e -> FollowUp.BLOCKED.id().equals(e.after())).map(EventLog.Event::at).min(Instant::compareTo);
    }
}
