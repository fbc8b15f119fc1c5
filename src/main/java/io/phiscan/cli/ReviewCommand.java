package io.phiscan.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code phiscan review}: the findings and their dispositions; holds the review subcommands. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Reviews findings and reads the audit trail.",
                "List and show findings; confirm, dismiss, escalate or reopen them as a named reviewer; import a file "
                        + "of decisions; record follow-ups done outside phiscan."},
        subcommands = {ReviewListCommand.class, ReviewShowCommand.class, ReviewDecisionCommand.Confirm.class,
                ReviewDecisionCommand.Dismiss.class, ReviewDecisionCommand.Escalate.class, ReviewDecisionCommand.Reopen.class,
                ReviewImportCommand.class, ReviewDoneCommand.class, ReviewHistoryCommand.class})
final class ReviewCommand implements Runnable {
    static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a review command: list, show, confirm, dismiss, escalate, reopen, import, done or history");
    }

    static String time(Instant t) {
        return t == null ? "-" : SECONDS.format(t);
    }
}
