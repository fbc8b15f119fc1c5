/**
 * Detection: rules that find identifiers, clinical content, relationship cues and the owner's
 * kinds of answer in a message (each a named value whose id appears in every explanation), and
 * the scoring of an exchange against a {@link io.phiscan.detect.Policy} into a finding that says
 * which rule fired on which words; also the labeled-corpus evaluation. Plain Java; depends on
 * {@code model}, and on {@code index} only for the policy's custom rules in Lucene query syntax
 * ({@link io.phiscan.index.QueryMatcher}), never on Lucene itself.
 */
package io.phiscan.detect;
