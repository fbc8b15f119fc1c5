package io.phiscan.model;

import java.util.Locale;

/** How urgently a finding needs a person, highest first. */
public enum Severity {
    HIGH, MEDIUM, LOW;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }

    /** Whether this severity is {@code other} or more urgent. */
    public boolean atLeast(Severity other) {
        return compareTo(other) <= 0;
    }
}
