package io.phiscan.cli;

import io.phiscan.job.ReviewSession;
import io.phiscan.job.Terminal;
import io.phiscan.model.Author;
import io.phiscan.model.Finding;
import io.phiscan.model.Message;
import io.phiscan.model.Signal;
import io.phiscan.review.EventLog;
import io.phiscan.review.FindingStore;
import io.phiscan.review.Offender;
import io.phiscan.review.ReviewPolicy;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code phiscan review show ID}: one finding with its evidence, its counterparts' ledger standing and its trail. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Shows one finding with its evidence and its trail.",
                "Status, severity, why it was raised, its messages with the words that matched and their rules, where "
                        + "its counterparts stand on the offender ledger, and its events."})
final class ReviewShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "The finding's id.")
    String id;

    @Mixin
    WorkspaceOptions workspace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        try (ReviewSession session = ReviewSession.open(workspace.existing())) {
            FindingStore.Stored stored = session.findings().find(id.strip())
                    .orElseThrow(() -> new ExitCodes.UsageException("no finding has the id " + id.strip()));
            Finding f = stored.finding();
            o.printf("%s  %s  %s (score %.1f)  %s %s  account %s%n", f.id(), f.status().id(), f.severity().id(), f.score(),
                    f.platform().id(), f.visibility().id(), Terminal.oneLine(f.account()));
            o.printf("first seen in run %s, last seen in run %s, policy %s; owner gave clinical advice: %s%n",
                    stored.firstSeenRun(), stored.lastSeenRun(), f.policyVersion(), f.ownerEngaged() ? "yes" : "no");
            f.reasons().forEach(r -> o.printf("  why: %s%n", r));
            ReviewPolicy.LedgerRule rule = session.ledger().latestRule().orElse(ReviewPolicy.LedgerRule.defaults());
            List<Offender> standing = session.ledger().standing(null, rule);
            for (Author a : f.counterparts()) {
                String where = standing.stream().filter(x -> x.platform() == f.platform() && x.key().equals(a.key())).findFirst()
                        .map(x -> x.incidents().size() + " incident(s), " + x.standing().name().toLowerCase(java.util.Locale.ROOT))
                        .orElse("no incident counted");
                o.printf("  counterpart: %s%s: %s%n", ReviewListCommand.who(a), a.id() == null ? "" : " [id " + Terminal.oneLine(a.id()) + "]", where);
            }
            o.println();
            for (Message m : f.messages()) {
                List<Signal> signals = f.signals().stream().filter(s -> s.messageId().equals(m.id())).toList();
                o.printf("%s  %s %s  %s%n", ReviewCommand.time(m.at()), m.direction().id(), m.visibility().id(),
                        Terminal.oneLine(m.author().handle() != null ? "@" + m.author().handle() : m.author().key()));
                o.printf("    %s%n", Terminal.printable(m.text()).replace("\n", "\n    "));
                if (!signals.isEmpty()) {
                    o.printf("    matched: %s%n", signals.stream().map(s -> "\"" + Terminal.oneLine(s.text()) + "\" " + s.rule())
                            .collect(Collectors.joining(", ")));
                }
            }
            o.println();
            List<EventLog.Event> trail = session.events().forFinding(f.id());
            o.printf("trail (%d event(s); phiscan review history %s for the details):%n", trail.size(), f.id());
            for (EventLog.Event e : trail) {
                o.printf("  %s  %-9s %s%s%n", ReviewCommand.time(e.at()), e.action().id(), Terminal.oneLine(e.actor()),
                        e.before() == null && e.after() == null ? "" : "  " + ReviewHistoryCommand.change(e));
            }
        }
        o.flush();
        return ExitCodes.DONE;
    }
}
