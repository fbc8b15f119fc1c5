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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Combines the signals of an exchange into a finding, or none.
 *
 * <p>Each counterpart is judged on all of their own messages in the exchange together: they
 * disclose their own (or a family member's) health — clinical words anchored to "I", "my son",
 * a name — and seek care (a care request, a clinical question), or refer to the owner's care
 * of them ("you saw her Tuesday", "I'm your patient"), or give identifiers in a private
 * message. The owner's own messages make a finding when they tie clinical content to the
 * person answered ("your labs look good", "glad Emma's strep test was negative") — the only
 * evidence on platforms whose exports hold the owner's side alone. Advertising and colleagues
 * talking about their own patients are not counterparts' care; allowlisted accounts are never
 * counterparts. The score adds identifiers, cues, public visibility and the owner's clinical
 * advice (always high); an answer that only takes the discussion offline lowers it and says so.
 * Thread-safe.
 */
final class ExchangeScorer {
    private final Policy policy;
    private final Map<String, CustomRule> custom = new LinkedHashMap<>();

    ExchangeScorer(Policy policy) {
        this.policy = policy;
        policy.rules().forEach(r -> custom.put(r.id(), r));
    }

    Optional<Finding> score(Exchange exchange, Map<String, List<Signal>> signals) {
        Map<String, Evidence> byAuthor = new LinkedHashMap<>();
        Map<String, Author> authors = new LinkedHashMap<>();
        for (Message m : exchange.messages()) {
            if (m.direction() == Direction.INBOUND && !policy.allows(exchange.platform(), m.author())) {
                byAuthor.computeIfAbsent(m.author().key(), k -> new Evidence()).add(m, signals.getOrDefault(m.id(), List.of()), custom);
                authors.merge(m.author().key(), m.author(), Author::mergedWith);
            }
        }
        Set<String> patients = new LinkedHashSet<>();
        Severity raise = null;
        boolean roster = false;
        for (Map.Entry<String, Evidence> e : byAuthor.entrySet()) {
            boolean known = policy.roster().contains(exchange.platform(), authors.get(e.getKey()));
            if (seeksCare(e.getValue(), known)) {
                patients.add(e.getKey());
                roster |= known;
            }
            raise = max(raise, e.getValue().raise);
        }
        boolean colleagues = !byAuthor.isEmpty() && patients.isEmpty()
                && byAuthor.values().stream().allMatch(e -> e.colleague && !e.cues.contains("patient-self"));
        Owner owner = colleagues ? new Owner() : Owner.of(exchange, signals, policy, custom);
        raise = max(raise, owner.raise);
        if (patients.isEmpty() && !owner.disclosed && !owner.declined && raise == null) {
            return Optional.empty();
        }
        return Optional.of(finding(exchange, signals, byAuthor, authors, patients, owner, roster, raise));
    }

    /** Whether a counterpart's messages disclose their own or a family member's care and seek or discuss it. */
    static boolean seeksCare(Evidence e, boolean known) {
        if (e.bodyPart && (e.careRequest || e.strongClinical() && e.asks) && (e.direct || e.patientCue()) && !e.promotion
                && !e.aside && !e.colleague) {
            return true;
        }
        if (e.careRequest && e.direct && e.patientCue() && !e.promotion && !e.aside && !e.colleague) {
            return true; // care logistics of the owner's patient ("I missed my appointment, can I get back in?")
        }
        if (!e.strongClinical() || (e.promotion || e.aside) && !e.patientCue()
                || e.colleague && !e.cues.contains("patient-self")) {
            return false;
        }
        boolean anchored = e.anchored();
        return e.patientCue()
                || anchored && e.seeking()
                || e.direct && e.seeking() && !e.disclosures.equals(java.util.Set.of("addressee"))
                || anchored && e.direct && (e.clinical.size() >= 2 || !e.identifiers.isEmpty() || e.attachment)
                || e.seeking() && (e.names || e.identifiers.contains("dob") || e.identifiers.contains("record-number"))
                || known && (anchored || e.seeking());
    }

    private Finding finding(Exchange exchange, Map<String, List<Signal>> signals, Map<String, Evidence> byAuthor,
            Map<String, Author> authors, Set<String> patients, Owner owner, boolean roster, Severity raise) {
        Set<String> identifiers = new TreeSet<>(owner.identifiers);
        Set<String> cues = new TreeSet<>();
        boolean isPublic = owner.disclosed && owner.isPublic;
        for (String p : patients) {
            Evidence e = byAuthor.get(p);
            identifiers.addAll(e.identifiers);
            if (e.attachment && !e.identifiers.contains("photo") && !e.identifiers.contains("attachment")) {
                identifiers.add("photo");
            }
            cues.addAll(e.cues);
            cues.addAll(e.disclosures);
            isPublic |= e.isPublic;
        }
        boolean engaged = owner.advice && (!patients.isEmpty() || owner.disclosed) || owner.instructed && !patients.isEmpty();
        boolean offlineOnly = !engaged && (owner.offline || owner.emergency);
        List<Author> counterparts = new ArrayList<>();
        patients.forEach(p -> counterparts.add(authors.get(p)));
        owner.recipients.stream().filter(r -> counterparts.stream().noneMatch(r::sameAs)).forEach(counterparts::add);
        if (counterparts.isEmpty()) {
            exchange.counterparts().stream().filter(a -> !policy.allows(exchange.platform(), a)).forEach(counterparts::add);
        }
        List<String> reasons = new ArrayList<>();
        double score = 2.0;
        if (!patients.isEmpty()) {
            reasons.add("a counterpart discussed their own or a family member's care (" + String.join(", ", cues) + ")");
        }
        if (patients.isEmpty() && !owner.disclosed && owner.declined) {
            reasons.add("the owner declined to give medical advice here: someone sought care in this conversation");
        }
        if (owner.disclosed) {
            score += 1.0;
            reasons.add("the owner's reply ties clinical content to the person answered");
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
        if (roster) {
            score += 1.0;
            reasons.add("the counterpart is on the known-patient roster");
        }
        if (engaged) {
            score += 4.0;
            reasons.add("the owner replied with clinical advice");
        } else if (offlineOnly) {
            score -= 1.5;
            reasons.add(owner.emergency && !owner.offline ? "the owner's reply only sent them to emergency care (severity lowered)"
                    : "the owner's reply only took the discussion offline (severity lowered)");
        }
        Severity severity = engaged || score >= policy.highAt() ? Severity.HIGH
                : score >= policy.mediumAt() ? Severity.MEDIUM : Severity.LOW;
        if (owner.disclosed && isPublic) {
            severity = max(severity, policy.publicDisclosureAt());
        }
        if (roster) {
            severity = max(severity, policy.knownPatientAt());
        }
        if (raise != null && raise.atLeast(severity) && raise != severity) {
            reasons.add("a policy rule raised it to " + raise.id());
        }
        severity = max(severity, raise);
        List<Message> messages = new ArrayList<>();
        List<Signal> all = new ArrayList<>();
        for (Message m : exchange.messages()) {
            if (m.direction() == Direction.OUTBOUND || patients.contains(m.author().key()) || patients.isEmpty()) {
                messages.add(m);
                all.addAll(signals.getOrDefault(m.id(), List.of()));
            }
        }
        return new Finding(Finding.idFor(exchange.id()), exchange.platform(), exchange.account(), exchange.id(),
                exchange.visibility(), severity, Math.round(score * 10) / 10.0, engaged, Status.NEW, counterparts, messages,
                all, reasons, policy.version());
    }

    static Severity max(Severity a, Severity b) {
        if (a == null) {
            return b;
        }
        return b == null || a.atLeast(b) ? a : b;
    }
}
