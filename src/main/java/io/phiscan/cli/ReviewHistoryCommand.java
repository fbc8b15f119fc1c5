package io.phiscan.cli;

import io.phiscan.job.ReviewSession;
import io.phiscan.job.Terminal;
import io.phiscan.review.EventLog;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code phiscan review history [ID]}: the audit trail of a finding, or of the whole workspace. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Prints the audit trail, oldest first.",
                "Every decision, import, follow-up, finding raised, grown or reopened, run, export and policy change, "
                        + "with who, when, the state before and after, the reason and the run."})
final class ReviewHistoryCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", arity = "0..1", description = "A finding's id; without it, the latest events of the whole trail.")
    String id;

    @Option(names = {"-n", "--limit"}, defaultValue = "100", paramLabel = "N",
            description = "Without ID: at most this many of the latest events (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    WorkspaceOptions workspace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ExitCodes.UsageException("--limit must be 1 or more, not " + limit);
        }
        List<EventLog.Event> events;
        try (ReviewSession session = ReviewSession.open(workspace.existing())) {
            if (id != null) {
                if (session.findings().find(id.strip()).isEmpty()) {
                    throw new ExitCodes.UsageException("no finding has the id " + id.strip());
                }
                events = session.events().forFinding(id.strip());
            } else {
                events = session.events().latest(limit);
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%6s  %-20s  %-20s %-9s %-18s %-24s %-20s %s%n", "SEQ", "WHEN", "WHO", "ACTION", "FINDING", "BEFORE -> AFTER",
                "RUN", "REASON / DETAIL");
        for (EventLog.Event e : events) {
            String why = e.reason() == null ? "" : e.reason();
            String detail = e.detail() == null ? "" : e.detail();
            o.printf("%6d  %-20s  %-20s %-9s %-18s %-24s %-20s %s%n", e.seq(), ReviewCommand.time(e.at()), Terminal.oneLine(e.actor()),
                    e.action().id(), e.findingId() == null ? "-" : e.findingId(), change(e), e.runId() == null ? "-" : e.runId(),
                    Terminal.oneLine(why.isEmpty() ? detail : detail.isEmpty() ? why : why + " [" + detail + "]"));
        }
        o.printf("%d event(s)%n", events.size());
        o.flush();
        return ExitCodes.DONE;
    }

    static String change(EventLog.Event e) {
        if (e.before() == null && e.after() == null) {
            return "-";
        }
        return (e.before() == null ? "(none)" : e.before()) + " -> " + (e.after() == null ? "(none)" : e.after());
    }
}
