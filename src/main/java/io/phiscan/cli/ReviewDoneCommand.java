package io.phiscan.cli;

import io.phiscan.job.ReviewSession;
import io.phiscan.review.FollowUp;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code phiscan review done ID --action blocked --by NAME}: a follow-up done outside phiscan, recorded. */
@Command(name = "done", mixinStandardHelpOptions = true,
        description = {"Records a follow-up done outside phiscan for a finding.",
                "The call made (called), the warning given (warned), or the counterpart's account blocked on the "
                        + "platform (blocked). Chart notes and block lists written afterwards show it; phiscan itself "
                        + "never contacts or blocks anyone."})
final class ReviewDoneCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "The finding's id.")
    String id;

    @Option(names = "--action", required = true, paramLabel = "ACTION", description = "called, warned or blocked.")
    String action;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who did it (recorded in the audit trail).")
    String by;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note for the trail (e.g. who was called, and when).")
    String note;

    @Mixin
    WorkspaceOptions workspace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        FollowUp followUp;
        try {
            followUp = FollowUp.fromId(action);
        } catch (IllegalArgumentException e) {
            throw new ExitCodes.UsageException("--action takes called, warned or blocked");
        }
        try (ReviewSession session = ReviewSession.open(workspace.existing())) {
            session.dispositions().done(id, followUp, by, note);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%s: %s, by %s (recorded in the audit trail)%n", id.strip(), followUp.id(), by.strip());
        o.flush();
        return ExitCodes.DONE;
    }
}
