package io.phiscan.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The messages of one conversation or thread of an account, in time order, with the people
 * other than the owner who took part.
 */
public record Exchange(String id, Platform platform, String account, String conversationId,
        List<Message> messages, List<Author> counterparts) {

    public Exchange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(platform, "platform");
        messages = List.copyOf(messages);
        counterparts = List.copyOf(counterparts);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("an exchange has at least one message");
        }
    }

    /**
     * Groups messages of one conversation into an exchange: sorted by time (then id, so the
     * order never depends on the order they were read in), counterparts collected from
     * inbound authors and the recipients of the owner's messages (never the owner).
     */
    public static Exchange of(List<Message> conversation) {
        List<Message> sorted = new ArrayList<>(conversation);
        sorted.sort(Comparator.comparing(Message::at).thenComparing(Message::id));
        Message first = sorted.get(0);
        Map<String, Author> others = new LinkedHashMap<>();
        for (Message m : sorted) {
            if (m.direction() == Direction.INBOUND) {
                others.merge(m.author().key(), m.author(), Author::mergedWith);
            }
        }
        for (Message m : sorted) {
            if (m.direction() != Direction.OUTBOUND) {
                continue;
            }
            for (Author r : m.recipients()) {
                if (!isAccount(r, m.account()) && !isOwner(r, sorted)) {
                    others.merge(r.key(), r, Author::mergedWith);
                }
            }
        }
        return new Exchange(Message.exchangeId(first.platform(), first.account(), first.conversationId()),
                first.platform(), first.account(), first.conversationId(), sorted, List.copyOf(others.values()));
    }

    private static boolean isAccount(Author a, String account) {
        return account.equals(a.id()) || account.equalsIgnoreCase(a.handle()) || account.equals(a.name());
    }

    private static boolean isOwner(Author a, List<Message> messages) {
        return messages.stream().anyMatch(m -> m.direction() == Direction.OUTBOUND && m.author().sameAs(a));
    }

    /** The widest visibility of any message: a public reply makes the exchange public. */
    public Visibility visibility() {
        return messages.stream().map(Message::visibility).min(Comparator.naturalOrder()).orElseThrow();
    }
}
