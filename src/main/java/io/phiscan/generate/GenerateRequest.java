package io.phiscan.generate;

import io.phiscan.model.Platform;
import java.util.List;

/**
 * What to generate: the total number of messages, spread over the platforms and the accounts,
 * the seed, and the share of conversations that are planted clinical exchanges.
 *
 * @param messages messages in all exports together, at least 1
 * @param platforms the platforms, each once
 * @param accounts physicians, each with one export per platform; 0 chooses {@link #defaultAccounts}
 * @param seed the same seed and arguments give the same bytes
 * @param clinicalShare the share of conversations that are clinical, 0 to 1
 * @param part most messages in one file of a stream the platform splits (X's {@code tweets-partN.js}, split
 *     CSV files, Facebook posts, Instagram comments); a conversation is never cut, so a file may hold a few more
 */
public record GenerateRequest(long messages, List<Platform> platforms, int accounts, long seed, double clinicalShare,
        int part) {

    /** Messages per export that the default number of accounts aims at. */
    static final int MESSAGES_PER_EXPORT = 40_000;
    /** The default part size. */
    public static final int PART = 50_000;

    public GenerateRequest {
        if (messages < 1) {
            throw new IllegalArgumentException("--messages must be at least 1 (was " + messages + ")");
        }
        if (messages > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("--messages must be at most " + Integer.MAX_VALUE);
        }
        if (platforms == null || platforms.isEmpty()) {
            throw new IllegalArgumentException("--platforms names no platform");
        }
        platforms = List.copyOf(platforms);
        if (platforms.stream().distinct().count() != platforms.size()) {
            throw new IllegalArgumentException("--platforms names a platform twice");
        }
        if (accounts < 0) {
            throw new IllegalArgumentException("--accounts must be at least 1 (was " + accounts + ")");
        }
        if (!(clinicalShare >= 0 && clinicalShare <= 1)) {
            throw new IllegalArgumentException("--clinical-share must be between 0 and 1 (was " + clinicalShare + ")");
        }
        if (part < 1) {
            throw new IllegalArgumentException("--part-size must be at least 1 (was " + part + ")");
        }
        if (accounts == 0) {
            accounts = defaultAccounts(messages, platforms.size());
        }
    }

    /** Enough accounts that no export holds much more than {@value #MESSAGES_PER_EXPORT} messages. */
    public static int defaultAccounts(long messages, int platforms) {
        return (int) Math.max(1, (messages + (long) platforms * MESSAGES_PER_EXPORT - 1) / ((long) platforms * MESSAGES_PER_EXPORT));
    }

    /** Parses "twitter,facebook": names as the contract spells them, in any case. */
    public static List<Platform> platforms(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(s -> {
            try {
                return Platform.fromId(s);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown platform '" + s + "' (known: twitter, facebook, instagram, linkedin,"
                        + " mastodon, reddit)");
            }
        }).toList();
    }
}
