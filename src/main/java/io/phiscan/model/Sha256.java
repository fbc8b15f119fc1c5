package io.phiscan.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, which every Java runtime has: a new digest without the checked exception of its lookup. */
public final class Sha256 {
    private Sha256() {
    }

    /** A new SHA-256 digest; one per thread at a time, as {@link MessageDigest} is not thread-safe. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
