package io.phiscan.detect;

import io.phiscan.model.Exchange;
import io.phiscan.model.Severity;
import java.util.List;
import java.util.Objects;

/**
 * One labeled exchange of an evaluation corpus: the exchange, whether it should be a finding (and
 * of which severity, with or without the owner's clinical advice), its category and language,
 * and the identifiers a reader expects to be found in it.
 *
 * @param severity the expected severity of a finding; null for a negative
 * @param ownerAdvice whether the owner replied with clinical advice (the finding must be high)
 */
public record EvaluationCase(String id, String category, String lang, boolean finding, Severity severity,
        boolean ownerAdvice, List<Identifier> identifiers, Exchange exchange) {

    /** An identifier the exchange holds: its category ({@code name}, {@code dob}…) and its text. */
    public record Identifier(String kind, String text) {
    }

    public EvaluationCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        identifiers = List.copyOf(identifiers);
        Objects.requireNonNull(exchange, "exchange");
    }
}
