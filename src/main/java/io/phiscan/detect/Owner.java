package io.phiscan.detect;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Exchange;
import io.phiscan.model.Message;
import io.phiscan.model.Severity;
import io.phiscan.model.Signal;
import io.phiscan.model.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the owner's own messages in an exchange did: gave clinical advice, tied clinical content
 * to the person answered, took the discussion offline or to emergency care. A working value of
 * one scoring call.
 */
final class Owner {
    boolean advice;
    /** Several concrete instructions in a private reply, with or without clinical words ("lie on your left side and drink water"). */
    boolean instructed;
    boolean disclosed;
    boolean offline;
    boolean emergency;
    boolean declined;
    boolean isPublic;
    Severity raise;
    final Set<String> identifiers = new TreeSet<>();
    final List<Author> recipients = new ArrayList<>();

    static Owner of(Exchange exchange, Map<String, List<Signal>> signals, Policy policy, Map<String, CustomRule> custom) {
        Owner o = new Owner();
        for (Message m : exchange.messages()) {
            if (m.direction() != Direction.OUTBOUND) {
                continue;
            }
            Evidence e = new Evidence();
            e.add(m, signals.getOrDefault(m.id(), List.of()), custom);
            List<Author> to = m.recipients().stream().filter(a -> !policy.allows(exchange.platform(), a)).toList();
            boolean toColleagueOnly = !m.recipients().isEmpty() && to.isEmpty();
            boolean toPerson = !to.isEmpty() || m.inReplyTo() != null || m.visibility() == Visibility.DIRECT
                    || m.visibility() == Visibility.GROUP || m.text().startsWith("@") && m.recipients().isEmpty()
                    || e.addressed;
            boolean clinicalAdvice = e.advice && (e.strongClinical() || e.careRequest);
            boolean dosingForThem = e.clinical.contains("dose") && e.adviceRules.contains("resp.dosing");
            boolean personal = m.visibility() == Visibility.DIRECT || m.visibility() == Visibility.GROUP
                    || e.directedAdvice() || e.aboutAddressee() || dosingForThem;
            boolean generalAnswer = e.general && m.visibility().isPublic() && !e.names && !e.yourHealth
                    && !e.clinical.contains("dose") && !e.clinical.contains("vital");
            o.offline |= e.offline;
            o.emergency |= e.emergency;
            boolean declinedHere = e.adviceRules.isEmpty() && e.declined && toPerson && !toColleagueOnly && !e.colleague;
            o.declined |= declinedHere;
            if (declinedHere) {
                to.stream().filter(a -> o.recipients.stream().noneMatch(a::sameAs)).forEach(o.recipients::add);
            }
            o.advice |= clinicalAdvice && !toColleagueOnly && !e.colleague && !generalAnswer;
            o.raise = ExchangeScorer.max(o.raise, e.raise);
            boolean aboutThem = toPerson && !toColleagueOnly && !e.colleague && !e.supply && !generalAnswer && e.strongClinical()
                    && (e.aboutAddressee() || clinicalAdvice && personal || e.sympathy || e.names || e.cues.contains("prior-care"));
            long instructions = signals.getOrDefault(m.id(), List.of()).stream()
                    .filter(s -> s.kind().equals(CueRules.RESPONSE) && s.category().equals("advice")).count();
            o.instructed |= instructions >= 2 && !m.visibility().isPublic() && toPerson && !toColleagueOnly && !e.colleague;
            boolean story = e.cues.contains("own-patient") && e.names && e.strongClinical() && !e.disclosures.isEmpty();
            aboutThem |= story;
            if (aboutThem) {
                o.disclosed = true;
                o.isPublic |= m.visibility().isPublic();
            }
            if (aboutThem || toPerson && clinicalAdvice) {
                o.identifiers.addAll(e.identifiers);
                to.stream().filter(a -> o.recipients.stream().noneMatch(a::sameAs)).forEach(o.recipients::add);
            }
        }
        return o;
    }
}
