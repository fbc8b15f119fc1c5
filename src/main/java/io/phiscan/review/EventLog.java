package io.phiscan.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The audit trail: one event per disposition, import, follow-up, finding raised or grown,
 * run, export and policy change, each with who, when, what, the state before and after, and
 * the run. Events are only ever appended: this class has no way to change one, and the
 * database refuses to (see {@code schema.sql}). Thread-safe.
 */
public final class EventLog {
    /** The actor of what phiscan decides by itself (a finding raised, a dismissed finding reopened). */
    public static final String SYSTEM = "phiscan";

    /** What happened. The ids are what {@code review history} and the report show. */
    public enum Action {
        RAISED("raised"), GREW("grew"), REOPENED_BY_NEW_MESSAGES("reopened"),
        CONFIRM("confirm"), DISMISS("dismiss"), ESCALATE("escalate"), REOPEN("reopen"),
        IMPORT("import"), DONE("done"), RUN("run"), EXPORT("export"), POLICY("policy"), PRUNE("prune");

        private final String id;

        Action(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        static Action fromId(String id) {
            for (Action a : values()) {
                if (a.id.equals(id)) {
                    return a;
                }
            }
            throw new StoreException("unknown event action in the trail: " + id, null);
        }
    }

    /**
     * One event.
     *
     * @param seq the event's place in the trail (increasing)
     * @param findingId the finding it concerns, or {@code null}
     * @param runId the run it happened in, or, for a decision, the last run that raised the finding
     * @param before the state before ({@code null} when nothing changed state)
     * @param after the state after
     * @param reason the reviewer's reason, or why phiscan did it
     * @param detail what else to know (counts, a file, the row of an import)
     */
    public record Event(long seq, Instant at, String actor, Action action, String findingId, String runId,
            String before, String after, String reason, String detail) {
    }

    /** An event to append; the log stamps its time and place. */
    public record Entry(String actor, Action action, String findingId, String runId, String before, String after,
            String reason, String detail) {
        public Entry {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(action, "action");
        }
    }

    private static final String COLUMNS = "seq, occurred_at, actor, action, finding_id, run_id, before_state, after_state, "
            + "reason, detail";
    private final Jdbc jdbc;
    private final Clock clock;

    /** A log over a data source; pass a transaction-aware one for appends to join a caller's transaction. */
    public EventLog(DataSource dataSource) {
        this(new Jdbc(dataSource), Clock.systemUTC());
    }

    EventLog(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The same log, writing through the statements of a transaction. */
    EventLog in(Jdbc tx) {
        return new EventLog(tx, clock);
    }

    public void append(Entry e) {
        jdbc.update("INSERT INTO phiscan_event (occurred_at, actor, action, finding_id, run_id, before_state, after_state, "
                + "reason, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Timestamp.from(clock.instant()), cut(e.actor(), 200),
                e.action().id(), e.findingId(), e.runId(), cut(e.before(), 200), cut(e.after(), 200), e.reason(), e.detail());
    }

    /** The events of a finding, oldest first. */
    public List<Event> forFinding(String findingId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM phiscan_event WHERE finding_id = ? ORDER BY seq", EventLog::toEvent,
                findingId);
    }

    /** The events of several findings, oldest first, by finding (in the order of the ids given), read {@value Jdbc#IN_BATCH} findings a query. */
    public Map<String, List<Event>> forFindings(Collection<String> findingIds) {
        Map<String, List<Event>> out = new LinkedHashMap<>();
        findingIds.forEach(id -> out.put(id, new ArrayList<>()));
        for (Event e : jdbc.queryIn(n -> "SELECT " + COLUMNS + " FROM phiscan_event WHERE finding_id IN (" + Jdbc.marks(n)
                + ") ORDER BY seq", List.copyOf(out.keySet()), EventLog::toEvent)) {
            out.get(e.findingId()).add(e);
        }
        return out;
    }

    /** The last {@code limit} events of the whole trail, oldest first. */
    public List<Event> latest(int limit) {
        List<Event> out = new ArrayList<>(jdbc.query("SELECT " + COLUMNS + " FROM phiscan_event ORDER BY seq DESC LIMIT ?",
                EventLog::toEvent, limit));
        Collections.reverse(out);
        return out;
    }

    /** The events of a run (its own and the findings it raised), oldest first. */
    public List<Event> ofRun(String runId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM phiscan_event WHERE run_id = ? ORDER BY seq", EventLog::toEvent, runId);
    }

    private static Event toEvent(ResultSet rs) throws SQLException {
        return new Event(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), Action.fromId(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
