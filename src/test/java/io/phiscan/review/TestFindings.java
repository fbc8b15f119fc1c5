package io.phiscan.review;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Exchange;
import io.phiscan.model.Finding;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.Severity;
import io.phiscan.model.Signal;
import io.phiscan.model.SourceRef;
import io.phiscan.model.Status;
import io.phiscan.model.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds findings of a synthetic X account for the store tests: DM conversations of one counterpart each. */
public final class TestFindings {
    public static final String OWNER = "DrTestOwner";
    public static final Author OWNER_AUTHOR = new Author("1000000000000000001", "DrTestOwner", "Dr. Test Owner");

    private TestFindings() {
    }

    /** An inbound DM from the counterpart, at the given day of February 2025 (1-28). */
    public static Message from(Author counterpart, int day, String text) {
        return message(counterpart, OWNER_AUTHOR, Direction.INBOUND, day, text);
    }

    /** An outbound DM of the owner to the counterpart. */
    public static Message to(Author counterpart, int day, String text) {
        return message(OWNER_AUTHOR, counterpart, Direction.OUTBOUND, day, text);
    }

    private static Message message(Author author, Author recipient, Direction direction, int day, String text) {
        String conversation = "conv-" + (direction == Direction.INBOUND ? author : recipient).key();
        String nativeId = conversation + "-" + day + "-" + direction.id();
        return new Message(Message.stableId(Platform.TWITTER, OWNER, nativeId), Platform.TWITTER, OWNER, nativeId, conversation,
                null, Instant.parse(String.format("2025-02-%02dT10:00:00Z", day)), false, author, List.of(recipient), direction,
                Visibility.DIRECT, text, List.of(), new SourceRef("test-export", "data/direct-messages.js", "element " + day));
    }

    /** The finding of a conversation, with a clinical signal on each inbound message. */
    public static Finding finding(Severity severity, boolean ownerEngaged, List<Message> messages) {
        Exchange x = Exchange.of(messages);
        List<Signal> signals = new ArrayList<>();
        for (Message m : messages) {
            if (m.direction() == Direction.INBOUND) {
                signals.add(new Signal(Signal.CLINICAL, "symptom", m.id(), 0, Math.min(5, m.text().length()),
                        m.text().substring(0, Math.min(5, m.text().length())), "clin.symptom"));
                signals.add(new Signal(Signal.RELATIONSHIP, "family", m.id(), 0, 0, "", "rel.family"));
            } else if (ownerEngaged) {
                signals.add(new Signal("response", "advice", m.id(), 0, 0, "", "resp.instruction"));
            }
        }
        return new Finding(Finding.idFor(x.id()), Platform.TWITTER, OWNER, x.id(), Visibility.DIRECT, severity,
                severity == Severity.HIGH ? 8.0 : 4.0, ownerEngaged, Status.NEW, x.counterparts(), x.messages(), signals,
                List.of("test"), "test-policy-1");
    }
}
