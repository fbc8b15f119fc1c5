package io.phiscan.review;

import io.phiscan.model.Status;
import java.util.Locale;

/** A reviewer's decision on a finding, and the status it leads to. */
public enum Decision {
    CONFIRM(Status.CONFIRMED), DISMISS(Status.DISMISSED), ESCALATE(Status.ESCALATED), REOPEN(Status.OPEN);

    private final Status result;

    Decision(Status result) {
        this.result = result;
    }

    /** The status a finding has after this decision. */
    public Status result() {
        return result;
    }

    /** The name used on the command line and in decisions files: {@code confirm}, {@code dismiss}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code confirm}, {@code dismiss}, {@code escalate} or {@code reopen}, ignoring case. */
    public static Decision fromId(String id) {
        for (Decision d : values()) {
            if (d.id().equalsIgnoreCase(id.strip())) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a decision: use confirm, dismiss, escalate or reopen");
    }

    EventLog.Action action() {
        return switch (this) {
            case CONFIRM -> EventLog.Action.CONFIRM;
            case DISMISS -> EventLog.Action.DISMISS;
            case ESCALATE -> EventLog.Action.ESCALATE;
            case REOPEN -> EventLog.Action.REOPEN;
        };
    }
}
