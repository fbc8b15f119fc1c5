package io.phiscan.model;

import java.util.List;
import java.util.Objects;

/**
 * An exchange the policy flags, with everything needed to explain it: the messages, every
 * signal with its rule, and the notes a reviewer should read first.
 *
 * @param id stable: the same exchange always gives the same finding id
 * @param ownerEngaged whether the account owner replied with clinical content
 * @param reasons short plain-language reasons, no message text
 * @param policyVersion the version of the policy that raised it
 */
public record Finding(String id, Platform platform, String account, String exchangeId,
        Visibility visibility, Severity severity, double score, boolean ownerEngaged, Status status,
        List<Author> counterparts, List<Message> messages, List<Signal> signals, List<String> reasons,
        String policyVersion) {

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(exchangeId, "exchangeId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(status, "status");
        counterparts = List.copyOf(counterparts);
        messages = List.copyOf(messages);
        signals = List.copyOf(signals);
        reasons = List.copyOf(reasons);
    }

    /** The finding id of an exchange. */
    public static String idFor(String exchangeId) {
        return "F-" + Message.hash("finding\u0000" + exchangeId, 8);
    }

    /** This finding with another review status. */
    public Finding withStatus(Status newStatus) {
        return new Finding(id, platform, account, exchangeId, visibility, severity, score, ownerEngaged,
                newStatus, counterparts, messages, signals, reasons, policyVersion);
    }
}
