package io.phiscan.detect;

import io.phiscan.model.Severity;
import java.util.Objects;

/**
 * A rule the compliance officer adds in the policy: a query in Lucene query syntax that runs on
 * every message as it is annotated (fields as in {@code phiscan search}: text, platform,
 * direction, visibility, author, author_id, author_name, signal, rule). Each match is a signal
 * of {@code kind}/{@code category} with rule {@code id}; when {@code raise} is set, an exchange
 * in which it fires on a counterpart's message (or the owner's) is a finding of at least that
 * severity.
 *
 * @param raise the minimum severity of the exchange when the rule fires, or null
 */
public record CustomRule(String id, String query, String kind, String category, Severity raise) {
    public CustomRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(category, "category");
    }
}
