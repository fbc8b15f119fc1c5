package io.phiscan.model;

import java.util.Locale;

/** Where a finding stands in review. */
public enum Status {
    NEW, OPEN, CONFIRMED, DISMISSED, ESCALATED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
