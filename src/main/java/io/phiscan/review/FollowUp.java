package io.phiscan.review;

import java.util.Locale;

/** What was done outside phiscan about an incident, recorded with {@code review done}. */
public enum FollowUp {
    /** The patient or parent was called and the discussion taken offline. */
    CALLED,
    /** The counterpart was told that social media is not the way to reach the practice. */
    WARNED,
    /** The counterpart's account was blocked on the platform. */
    BLOCKED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code called}, {@code warned} or {@code blocked}, ignoring case. */
    public static FollowUp fromId(String id) {
        for (FollowUp f : values()) {
            if (f.id().equalsIgnoreCase(id.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("not a follow-up: use called, warned or blocked");
    }
}
