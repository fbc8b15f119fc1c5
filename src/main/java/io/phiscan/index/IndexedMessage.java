package io.phiscan.index;

import io.phiscan.model.Message;
import io.phiscan.model.Signal;
import java.util.List;
import java.util.Objects;

/** A message as the index holds it: the message and the signals found in it. */
public record IndexedMessage(Message message, List<Signal> signals) {
    public IndexedMessage {
        Objects.requireNonNull(message, "message");
        signals = List.copyOf(signals);
    }
}
