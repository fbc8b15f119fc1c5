package io.phiscan.detect;

import io.phiscan.model.Signal;
import java.util.List;

/**
 * A named rule that finds spans of one kind in a message's text. Implementations are immutable
 * and thread-safe; the id appears in every signal they produce, and so in every explanation.
 */
public interface Recognizer {

    /** The rule id, e.g. {@code id.phone} or {@code clin.medication}. */
    String id();

    /** Adds a signal for every span found in {@code text}. */
    void find(FoldedText text, String messageId, List<Signal> out);
}
