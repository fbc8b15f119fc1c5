package io.phiscan.review;

import io.phiscan.model.Finding;
import io.phiscan.model.InstantJson;
import io.phiscan.model.Message;
import io.phiscan.model.Status;
import io.phiscan.model.StoredJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Findings under their stable ids, with every message id their exchange has held. A finding
 * raised again keeps its review status and the run it was first seen in; its content
 * (messages, signals, score, policy version) is replaced by the latest. When its exchange
 * gained messages, the counterparts who wrote them get a new incident on the ledger and a
 * dismissed finding is reopened; otherwise a dismissal stands. Raising and reopening are
 * recorded in the trail. Thread-safe.
 */
public final class FindingStore {
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(InstantJson.module()).build();
    private final Jdbc jdbc;
    private final IncidentTable incidents;
    private final EventLog events;

    /** A store over a data source; pass a transaction-aware one for writes to join a caller's transaction. */
    public FindingStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
        this.incidents = new IncidentTable(jdbc);
        this.events = new EventLog(dataSource);
    }

    /** A stored finding with when it was first and last raised. */
    public record Stored(Finding finding, String firstSeenRun, String lastSeenRun) {
        /** Whether the finding was raised for the first time in this run. */
        public boolean newIn(String runId) {
            return firstSeenRun.equals(runId);
        }
    }

    /** Stores a finding raised by a run; its status is the stored one when it was raised before. */
    public Finding raise(Finding f, String runId) {
        return raiseAll(List.of(f), runId).get(0);
    }

    /**
     * Stores the findings a run raised, as {@link #raise} does each: their stored rows read with
     * one query, and those raised again as they were stored marked as seen by the run in one
     * batch. The stored findings come in the order given (findings given with the same id are
     * stored one after another, as {@link #raise} stores each).
     */
    public List<Finding> raiseAll(List<Finding> fs, String runId) {
        if (fs.stream().map(Finding::id).distinct().count() < fs.size()) {
            return fs.stream().map(f -> raise(f, runId)).toList();
        }
        Map<String, Known> known = new HashMap<>();
        jdbc.queryIn(n -> "SELECT id, status, message_ids, body FROM phiscan_finding WHERE id IN (" + Jdbc.marks(n) + ")",
                fs.stream().map(Finding::id).toList(),
                rs -> Map.entry(rs.getString(1), new Known(Status.fromId(rs.getString(2)), rs.getString(3), rs.getString(4))))
                .forEach(e -> known.put(e.getKey(), e.getValue()));
        List<Finding> stored = new ArrayList<>(fs.size());
        List<Object[]> seen = new ArrayList<>();
        for (Finding f : fs) {
            stored.add(raise(f, runId, known.get(f.id()), seen));
        }
        jdbc.batch("UPDATE phiscan_finding SET last_seen_run = ? WHERE id = ?", seen);
        return stored;
    }

    /**
     * Stores one finding over its stored row ({@code null}: none); one raised again as it was
     * stored is added to {@code seen}, the rows whose run alone is to change.
     */
    private Finding raise(Finding f, String runId, Known known, List<Object[]> seenBy) {
        List<String> ids = f.messages().stream().map(Message::id).toList();
        if (known == null) {
            Finding stored = f.withStatus(Status.NEW);
            jdbc.update("INSERT INTO phiscan_finding (id, exchange_id, platform, account, severity, score, status, "
                    + "policy_version, first_seen_run, last_seen_run, body, message_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    f.id(), f.exchangeId(), f.platform().id(), f.account(), f.severity().id(), f.score(),
                    stored.status().id(), f.policyVersion(), runId, runId, JSON.writeValueAsString(stored), String.join("\n", ids));
            incidents.counterparts(f);
            incidents.strikeAll(f, runId);
            events.append(new EventLog.Entry(EventLog.SYSTEM, EventLog.Action.RAISED, f.id(), runId, null, stored.status().id(),
                    null, f.severity().id() + ", " + ids.size() + " message(s)"));
            return stored;
        }
        Set<String> seen = new LinkedHashSet<>(known.messageIds() == null ? ids : known.messageIds());
        List<Message> added = f.messages().stream().filter(m -> !seen.contains(m.id())).toList();
        Status status = known.status();
        if (!added.isEmpty()) {
            added.forEach(m -> seen.add(m.id()));
            int struck = incidents.strikeWriters(f, added, runId);
            String detail = added.size() + " new message(s); " + struck + " counterpart(s) wrote again";
            if (status == Status.DISMISSED) {
                status = Status.OPEN;
                events.append(new EventLog.Entry(EventLog.SYSTEM, EventLog.Action.REOPENED_BY_NEW_MESSAGES, f.id(), runId,
                        Status.DISMISSED.id(), status.id(), "the exchange gained new messages after it was dismissed", detail));
            } else {
                events.append(new EventLog.Entry(EventLog.SYSTEM, EventLog.Action.GREW, f.id(), runId, status.id(),
                        status.id(), null, detail));
            }
        }
        Finding stored = f.withStatus(status);
        String body = JSON.writeValueAsString(stored);
        String messageIds = String.join("\n", seen);
        if (body.equals(known.body()) && messageIds.equals(known.rawMessageIds())) {
            // raised again as it was stored (its severity, score, policy and status are in its
            // body, and its counterparts were recorded from it): only the run that saw it changes
            seenBy.add(new Object[] {runId, f.id()});
            return stored;
        }
        jdbc.update("UPDATE phiscan_finding SET severity = ?, score = ?, status = ?, policy_version = ?, last_seen_run = ?, "
                + "body = ?, message_ids = ? WHERE id = ?", stored.severity().id(), stored.score(), status.id(),
                stored.policyVersion(), runId, body, messageIds, f.id());
        incidents.counterparts(f);
        return stored;
    }

    private record Known(Status status, String rawMessageIds, String body) {
        List<String> messageIds() {
            return rawMessageIds == null ? null : List.of(rawMessageIds.split("\n"));
        }
    }

    public Optional<Stored> find(String id) {
        return jdbc.query("SELECT body, status, first_seen_run, last_seen_run FROM phiscan_finding WHERE id = ?",
                rs -> toStored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), id).stream().findFirst();
    }

    /**
     * The stored findings with these ids, in no particular order (ids not stored are left out).
     * The rows are read on this thread (in its transaction, if any); their bodies are parsed on
     * every processor.
     */
    public List<Stored> findAll(java.util.Collection<String> ids) {
        List<String[]> rows = jdbc.queryIn(n -> "SELECT body, status, first_seen_run, last_seen_run FROM phiscan_finding "
                + "WHERE id IN (" + Jdbc.marks(n) + ")", List.copyOf(ids),
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
        return rows.parallelStream().map(r -> toStored(r[0], r[1], r[2], r[3])).toList();
    }

    /** The findings a run raised, highest score first. */
    public List<Stored> raisedIn(String runId) {
        return jdbc.query("SELECT body, status, first_seen_run, last_seen_run FROM phiscan_finding WHERE last_seen_run = ? "
                + "ORDER BY score DESC, id", rs -> toStored(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)), runId);
    }

    /**
     * What {@code review list} filters on; a {@code null} or empty part does not filter.
     *
     * @param counterpart part of a counterpart's handle (with or without {@code @}) or name, or
     *     their whole account id, ignoring case
     */
    public record Filter(Set<Status> statuses, Set<io.phiscan.model.Severity> severities,
            Set<io.phiscan.model.Platform> platforms, String counterpart) {
        public static Filter none() {
            return new Filter(Set.of(), Set.of(), Set.of(), null);
        }
    }

    /** Every stored finding that passes the filter, most recently raised first, then highest score. */
    public List<Stored> list(Filter filter) {
        StringBuilder sql = new StringBuilder("SELECT f.body, f.status, f.first_seen_run, f.last_seen_run FROM phiscan_finding f "
                + "LEFT JOIN phiscan_run r ON r.run_id = f.last_seen_run WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        in(sql, args, "f.status", filter.statuses().stream().map(Status::id).toList());
        in(sql, args, "f.severity", filter.severities().stream().map(io.phiscan.model.Severity::id).toList());
        in(sql, args, "f.platform", filter.platforms().stream().map(io.phiscan.model.Platform::id).toList());
        if (filter.counterpart() != null && !filter.counterpart().isBlank()) {
            String who = filter.counterpart().strip().toLowerCase(java.util.Locale.ROOT);
            who = who.startsWith("@") ? who.substring(1) : who;
            sql.append(" AND EXISTS (SELECT 1 FROM phiscan_counterpart c WHERE c.finding_id = f.id AND (c.author_id = ? "
                    + "OR LOWER(c.handle) LIKE ? OR LOWER(c.display_name) LIKE ?))");
            String like = "%" + who.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            args.add(who);
            args.add(like);
            args.add(like);
        }
        sql.append(" ORDER BY r.started_at DESC, f.score DESC, f.id");
        return jdbc.query(sql.toString(), rs -> toStored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                args.toArray());
    }

    private static void in(StringBuilder sql, List<Object> args, String column, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        sql.append(" AND ").append(column).append(" IN (").append(String.join(", ", values.stream().map(v -> "?").toList()))
                .append(')');
        args.addAll(values);
    }

    private static Stored toStored(String body, String status, String first, String last) {
        return new Stored(body(body).withStatus(Status.fromId(status)), first, last);
    }

    /** A finding's body: read as the store writes it, and by the mapper when it is in any other shape. */
    private static Finding body(String body) {
        try (JsonParser p = JSON.createParser(body)) {
            return StoredJson.finding(p);
        } catch (RuntimeException e) {
            return JSON.readValue(body, Finding.class);
        }
    }
}
