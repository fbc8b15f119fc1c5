package io.phiscan.review;

import io.phiscan.model.Platform;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A counterpart on the offender ledger: one platform identity, the incidents that count against
 * them (findings not dismissed), and the runs that warned and blocked them.
 *
 * @param key the platform identity (account id, else {@code @handle}, else {@code name:…})
 * @param accountId the platform's account id, when known
 * @param handle the handle without {@code @}, when known
 * @param name the display name, when known
 * @param accounts the practice's accounts they wrote to
 * @param warnedIn the run whose warning list named them, or {@code null}
 * @param blockedIn the run whose block list first named them, or {@code null}
 */
public record Offender(Platform platform, String key, String accountId, String handle, String name, Set<String> accounts,
        List<Incident> incidents, String warnedIn, String blockedIn) {

    public Offender {
        accounts = Set.copyOf(accounts);
        incidents = List.copyOf(incidents);
    }

    /** One strike: a finding raised, or grown by their new messages, in a run. */
    public record Incident(String findingId, String runId, Instant first, Instant last) {
    }

    /** Where the ledger puts them. */
    public enum Standing {
        /** Incidents below the warning threshold. */
        NONE,
        /** On the warning list: contact them offline. */
        WARNED,
        /** On the block list. */
        BLOCKED
    }

    public Standing standing() {
        return blockedIn != null ? Standing.BLOCKED : warnedIn != null ? Standing.WARNED : Standing.NONE;
    }

    public Instant firstIncident() {
        return incidents.stream().map(Incident::first).min(Instant::compareTo).orElse(null);
    }

    public Instant lastIncident() {
        return incidents.stream().map(Incident::last).max(Instant::compareTo).orElse(null);
    }

    /** The findings of their incidents, each once, in incident order. */
    public List<String> findingIds() {
        return incidents.stream().map(Incident::findingId).distinct().toList();
    }

    /** How to show them: {@code Name (@handle)}, or whatever is known. */
    public String label() {
        String at = handle == null ? null : "@" + handle;
        if (name != null) {
            return at == null ? name : name + " (" + at + ")";
        }
        return at != null ? at : "account " + accountId;
    }
}
