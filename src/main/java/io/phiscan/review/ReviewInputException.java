package io.phiscan.review;

import java.util.List;

/**
 * What a reviewer asked for cannot be done as asked (an unknown finding id, a dismissal of a
 * high-severity finding without a reason, a decisions file with a bad row), or the policy's
 * review sections are invalid. Nothing was changed. The message names ids and rows, never
 * message text.
 */
public class ReviewInputException extends RuntimeException {
    private final String headline;
    private final List<String> problems;

    public ReviewInputException(String message) {
        this(message, List.of());
    }

    public ReviewInputException(String message, List<String> problems) {
        super(problems.isEmpty() ? message : message + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", problems));
        this.headline = message;
        this.problems = List.copyOf(problems);
    }

    /** The message without the list of problems. */
    public String headline() {
        return headline;
    }

    /** Each problem found, one per bad row of a file; empty when the message says it all. */
    public List<String> problems() {
        return problems;
    }
}
