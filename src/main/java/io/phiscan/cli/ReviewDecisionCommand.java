package io.phiscan.cli;

import io.phiscan.job.ReviewSession;
import io.phiscan.review.Decision;
import io.phiscan.review.Dispositions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code phiscan review confirm|dismiss|escalate|reopen ID --by NAME --reason TEXT}: one
 * decision by a named reviewer, recorded in the trail. The four commands differ only in the
 * decision.
 */
abstract class ReviewDecisionCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "The finding's id (as in findings.csv, report.html or review list).")
    String id;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who decides (recorded in the audit trail).")
    String by;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (recorded in the audit trail); required to dismiss a high-severity finding.")
    String reason;

    @Mixin
    WorkspaceOptions workspace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    abstract Decision decision();

    @Override
    public Integer call() {
        Dispositions.Outcome outcome;
        try (ReviewSession session = ReviewSession.open(workspace.existing())) {
            outcome = session.dispositions().decide(id, decision(), by, reason);
        }
        PrintWriter o = spec.commandLine().getOut();
        if (outcome.changed()) {
            o.printf("%s: %s -> %s, by %s (recorded in the audit trail)%n", outcome.findingId(), outcome.before().id(),
                    outcome.after().id(), by.strip());
        } else {
            o.printf("%s is already %s: nothing recorded%n", outcome.findingId(), outcome.after().id());
        }
        o.flush();
        return ExitCodes.DONE;
    }

    @Command(name = "confirm", mixinStandardHelpOptions = true,
            description = "Confirms a finding: a patient's clinical exchange that needs follow-up.")
    static final class Confirm extends ReviewDecisionCommand {
        @Override
        Decision decision() {
            return Decision.CONFIRM;
        }
    }

    @Command(name = "dismiss", mixinStandardHelpOptions = true,
            description = {"Dismisses a finding: not a patient's clinical exchange.",
                    "It stays dismissed on later runs unless its exchange gains new messages, and counts against nobody "
                            + "on the offender ledger. A high-severity finding needs --reason."})
    static final class Dismiss extends ReviewDecisionCommand {
        @Override
        Decision decision() {
            return Decision.DISMISS;
        }
    }

    @Command(name = "escalate", mixinStandardHelpOptions = true,
            description = "Escalates a finding to the privacy officer (or whoever the practice names).")
    static final class Escalate extends ReviewDecisionCommand {
        @Override
        Decision decision() {
            return Decision.ESCALATE;
        }
    }

    @Command(name = "reopen", mixinStandardHelpOptions = true,
            description = "Reopens a decided finding; reopening a dismissed one counts its incidents again.")
    static final class Reopen extends ReviewDecisionCommand {
        @Override
        Decision decision() {
            return Decision.REOPEN;
        }
    }
}
