/**
 * Detection: recognizers that find identifiers, clinical terms and relationship cues in a
 * message, and the scoring of an exchange against a {@link io.phiscan.detect.Policy} into a
 * finding that says which rule fired on which words. Plain Java; depends on {@code model}.
 */
package io.phiscan.detect;
