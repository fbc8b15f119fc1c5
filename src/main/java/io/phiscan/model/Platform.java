package io.phiscan.model;

import java.util.Locale;

/**
 * The platforms whose exports phiscan reads, named as the contract names them
 * ({@code twitter}, {@code facebook}, …).
 *
 * <p>It lives here rather than in {@code ingest} because every record carries it and this
 * package depends on nothing.
 */
public enum Platform {
    TWITTER, FACEBOOK, INSTAGRAM, LINKEDIN, MASTODON, REDDIT;

    /** The contract's name: lower case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a contract name, ignoring case. */
    public static Platform fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
