package io.phiscan.model;

import java.util.Objects;

/**
 * A typed span of a message that a rule recognized: an identifier, a clinical term or a
 * relationship cue. Offsets are UTF-16 char indexes into {@link Message#text()}.
 *
 * @param kind {@code identifier}, {@code clinical} or {@code relationship}
 * @param category what it is within the kind ({@code phone}, {@code medication}, {@code patient-self}…)
 * @param messageId the message it was found in
 * @param start first char, inclusive
 * @param end last char, exclusive
 * @param text the span's text
 * @param rule the id of the rule that fired
 */
public record Signal(String kind, String category, String messageId, int start, int end, String text,
        String rule) {

    public static final String IDENTIFIER = "identifier";
    public static final String CLINICAL = "clinical";
    public static final String RELATIONSHIP = "relationship";

    public Signal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(rule, "rule");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        text = text == null ? "" : text;
    }

    /** {@code kind:category}, the form the index and policies use. */
    public String tag() {
        return kind + ":" + category;
    }
}
