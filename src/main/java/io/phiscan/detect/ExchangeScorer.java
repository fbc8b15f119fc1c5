package io.phiscan.detect;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Exchange;
import io.phiscan.model.Finding;
import io.phiscan.model.Message;
import io.phiscan.model.Severity;
import io.phiscan.model.Signal;
import io.phiscan.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Combines the signals of an exchange into a finding, or none.
 *
 * <p>An exchange is a finding when a counterpart seeks or discusses care as (or for) a patient
 * — clinical content together with a relationship cue or a personal identifier in the same
 * inbound message — or when the owner, in public, ties clinical content to a person. Health
 * news, colleagues talking shop and clinic announcements have clinical words but neither, and
 * accounts on the policy's allowlist are never counterparts. The score adds weight for
 * identifiers, public visibility and the owner's clinical engagement, and loses weight when the
 * owner's only answer took the discussion offline. Thread-safe.
 */
final class ExchangeScorer {
    private static final Set<String> CARE_CUES = Set.of("patient-self", "prior-care", "family", "self-disclosure");
    private final Policy policy;

    ExchangeScorer(Policy policy) {
        this.policy = policy;
    }

    Optional<Finding> score(Exchange exchange, Map<String, List<Signal>> signals) {
        List<Author> counterparts = exchange.counterparts().stream()
                .filter(a -> !policy.allows(exchange.platform(), a)).toList();
        boolean allAllowed = !exchange.counterparts().isEmpty() && counterparts.isEmpty();
        boolean patientContext = false;
        boolean publicDisclosure = false;
        boolean ownerAdvice = false;
        boolean ownerOffline = false;
        boolean isPublic = false;
        Set<String> identifiers = new TreeSet<>();
        Set<String> cues = new TreeSet<>();
        for (Message m : exchange.messages()) {
            List<Signal> s = signals.getOrDefault(m.id(), List.of());
            boolean clinical = has(s, Signal.CLINICAL, null);
            boolean cue = s.stream().anyMatch(x -> x.kind().equals(Signal.RELATIONSHIP) && CARE_CUES.contains(x.category()));
            boolean careRequest = has(s, Signal.CLINICAL, "care-request");
            boolean personal = s.stream().anyMatch(x -> x.kind().equals(Signal.IDENTIFIER));
            if (m.direction() == Direction.INBOUND) {
                if (policy.allows(exchange.platform(), m.author())) {
                    continue;
                }
                if (clinical && (cue || careRequest || personal) && clinicalBeyondRequest(s, cue, personal)) {
                    patientContext = true;
                    collect(s, identifiers, cues);
                }
            } else {
                ownerOffline |= has(s, "response", "offline");
                boolean advice = has(s, "response", "advice") && (has(s, Signal.CLINICAL, "medication")
                        || has(s, Signal.CLINICAL, "dose"));
                ownerAdvice |= advice;
                boolean toPerson = !m.recipients().isEmpty();
                if (m.visibility().isPublic() && clinical && toPerson && (has(s, Signal.IDENTIFIER, "name") || cue)) {
                    publicDisclosure = true;
                    isPublic = true;
                    collect(s, identifiers, cues);
                }
                if (advice) {
                    collect(s, identifiers, cues);
                }
            }
            if (m.visibility().isPublic() && m.direction() == Direction.INBOUND && patientContext) {
                isPublic = true;
            }
        }
        if (allAllowed || !(patientContext || publicDisclosure)) {
            return Optional.empty();
        }
        boolean engaged = patientContext && ownerAdvice;
        List<String> reasons = new ArrayList<>();
        double score = 2.0;
        if (patientContext) {
            reasons.add("a counterpart discussed their own or a family member's care (" + String.join(", ", cues) + ")");
        }
        if (publicDisclosure) {
            reasons.add("the owner's public reply ties clinical content to a person");
        }
        if (!identifiers.isEmpty()) {
            score += Math.min(3, identifiers.size());
            reasons.add("identifiers: " + String.join(", ", identifiers));
        }
        if (!counterparts.isEmpty()) {
            score += 0.5;
            reasons.add("the counterpart's account identifies them");
        }
        score += Math.min(1.5, 0.5 * cues.size());
        if (isPublic) {
            score += 2.0;
            reasons.add("visible to the public");
        }
        if (engaged) {
            score += 4.0;
            reasons.add("the owner replied with clinical advice");
        } else if (ownerOffline) {
            score -= 1.5;
            reasons.add("the owner's reply took the discussion offline");
        }
        Severity severity = engaged || score >= policy.highAt() ? Severity.HIGH
                : score >= policy.mediumAt() ? Severity.MEDIUM : Severity.LOW;
        List<Signal> all = new ArrayList<>();
        exchange.messages().forEach(m -> all.addAll(signals.getOrDefault(m.id(), List.of())));
        return Optional.of(new Finding(Finding.idFor(exchange.id()), exchange.platform(), exchange.account(),
                exchange.id(), exchange.visibility(), severity, Math.round(score * 10) / 10.0, engaged, Status.NEW,
                counterparts, exchange.messages(), all, reasons, policy.version()));
    }

    /** A care request alone ("can you refill") needs some clinical word beside it. */
    private static boolean clinicalBeyondRequest(List<Signal> s, boolean cue, boolean personal) {
        return s.stream().anyMatch(x -> x.kind().equals(Signal.CLINICAL) && !x.category().equals("care-request"))
                || (cue && personal);
    }

    private static void collect(List<Signal> s, Set<String> identifiers, Set<String> cues) {
        for (Signal x : s) {
            if (x.kind().equals(Signal.IDENTIFIER)) {
                identifiers.add(x.category());
            } else if (x.kind().equals(Signal.RELATIONSHIP)) {
                cues.add(x.category());
            }
        }
    }

    private static boolean has(List<Signal> s, String kind, String category) {
        return s.stream().anyMatch(x -> x.kind().equals(kind) && (category == null || x.category().equals(category)));
    }
}
