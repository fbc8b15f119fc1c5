package io.phiscan.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, which every Java runtime has: a new digest without the checked exception of its lookup. */
public final class Sha256 {
    /**
     * A digest never updated, copied for each new one: a lookup by name goes through the security
     * providers and builds the digest by reflection, which an audit otherwise did for every message.
     */
    private static final MessageDigest UNUSED = lookup();

    private Sha256() {
    }

    /** A new SHA-256 digest; one per thread at a time, as {@link MessageDigest} is not thread-safe. */
    public static MessageDigest newDigest() {
        try {
            return (MessageDigest) UNUSED.clone();
        } catch (CloneNotSupportedException e) {
            return lookup();
        }
    }

    private static MessageDigest lookup() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
