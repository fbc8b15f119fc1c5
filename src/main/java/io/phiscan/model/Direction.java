package io.phiscan.model;

import java.util.Locale;

/** Who wrote a message, relative to the archive's owner. */
public enum Direction {
    /** Written by someone else and received by the owner (or posted where the owner sees it). */
    INBOUND,
    /** Written by the owner of the archive. */
    OUTBOUND;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
