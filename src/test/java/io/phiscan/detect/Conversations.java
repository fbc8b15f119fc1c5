package io.phiscan.detect;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Exchange;
import io.phiscan.model.Finding;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.Signal;
import io.phiscan.model.SourceRef;
import io.phiscan.model.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test helper: small conversations of an owner ({@code drowner}) and counterparts, scored by a detector. */
final class Conversations {
    static final String OWNER = "drowner";
    private final Platform platform;
    private final List<Message> messages = new ArrayList<>();

    private Conversations(Platform platform) {
        this.platform = platform;
    }

    static Conversations on(Platform platform) {
        return new Conversations(platform);
    }

    Conversations from(String handle, Visibility v, String text, String... attachments) {
        messages.add(message(new Author(handle, handle, null), List.of(new Author(OWNER, OWNER, null)), Direction.INBOUND, v,
                text, List.of(attachments)));
        return this;
    }

    Conversations owner(Visibility v, String text, String... to) {
        List<Author> recipients = new ArrayList<>();
        for (String t : to) {
            recipients.add(new Author(t, t, null));
        }
        messages.add(message(new Author(OWNER, OWNER, null), recipients, Direction.OUTBOUND, v, text, List.of()));
        return this;
    }

    private Message message(Author author, List<Author> to, Direction d, Visibility v, String text, List<String> attachments) {
        int n = messages.size() + 1;
        return new Message("m" + n, platform, OWNER, String.valueOf(n), "c1", null, Instant.parse("2025-03-01T10:00:00Z")
                .plusSeconds(60L * n), false, author, to, d, v, text, attachments, new SourceRef("test", "", "message " + n));
    }

    Optional<Finding> assess(Detector detector) {
        Map<String, List<Signal>> signals = new HashMap<>();
        messages.forEach(m -> signals.put(m.id(), detector.annotate(m)));
        return detector.assess(Exchange.of(messages), signals);
    }

    Optional<Finding> assess() {
        return assess(Annotations.DEFAULT);
    }
}
