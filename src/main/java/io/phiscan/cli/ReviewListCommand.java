package io.phiscan.cli;

import io.phiscan.job.ReviewSession;
import io.phiscan.job.Terminal;
import io.phiscan.model.Author;
import io.phiscan.model.Finding;
import io.phiscan.model.Platform;
import io.phiscan.model.Severity;
import io.phiscan.model.Status;
import io.phiscan.review.FindingStore;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code phiscan review list}: the stored findings, filtered. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the findings of the workspace, most recently raised first, with their status.")
final class ReviewListCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspace;

    @Option(names = "--status", split = ",", paramLabel = "STATUS",
            description = "Only these statuses: new, open, confirmed, dismissed, escalated (comma-separated).")
    List<String> statuses = List.of();

    @Option(names = "--severity", split = ",", paramLabel = "SEVERITY", description = "Only these severities: high, medium, low.")
    List<String> severities = List.of();

    @Option(names = "--platform", split = ",", paramLabel = "PLATFORM",
            description = "Only these platforms: twitter, facebook, instagram, linkedin, mastodon, reddit.")
    List<String> platforms = List.of();

    @Option(names = "--counterpart", paramLabel = "WHO",
            description = "Only findings with this counterpart: part of a handle (@ optional) or name, or an account id.")
    String counterpart;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        FindingStore.Filter filter = new FindingStore.Filter(parse(statuses, Status::fromId, Status.class, "status"),
                parse(severities, Severity::fromId, Severity.class, "severity"),
                parse(platforms, Platform::fromId, Platform.class, "platform"), counterpart);
        List<FindingStore.Stored> found;
        try (ReviewSession session = ReviewSession.open(workspace.existing())) {
            found = session.findings().list(filter);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%-18s %-9s %-8s %5s %-8s %-7s %-10s %-20s %-20s %s%n", "ID", "STATUS", "SEVERITY", "SCORE", "PLATFORM",
                "VISIBLE", "LAST MSG", "FIRST SEEN", "LAST SEEN", "COUNTERPARTS");
        for (FindingStore.Stored s : found) {
            Finding f = s.finding();
            o.printf("%-18s %-9s %-8s %5.1f %-8s %-7s %-10s %-20s %-20s %s%n", f.id(), f.status().id(), f.severity().id(), f.score(),
                    f.platform().id(), f.visibility().id(), f.messages().get(f.messages().size() - 1).at().toString().substring(0, 10),
                    s.firstSeenRun(), s.lastSeenRun(), f.counterparts().stream().map(ReviewListCommand::who)
                            .collect(Collectors.joining("; ")));
        }
        o.printf("%d finding(s)%n", found.size());
        o.flush();
        return ExitCodes.DONE;
    }

    /** The counterpart as one line safe to print on a terminal (names come from exports). */
    static String who(Author a) {
        if (a.handle() != null) {
            return Terminal.oneLine("@" + a.handle() + (a.name() != null ? " (" + a.name() + ")" : ""));
        }
        return Terminal.oneLine(a.name() != null ? a.name() : "id " + a.id());
    }

    private static <E extends Enum<E>> Set<E> parse(List<String> values, Function<String, E> parser, Class<E> type, String what) {
        Set<E> out = EnumSet.noneOf(type);
        for (String v : values) {
            try {
                out.add(parser.apply(v));
            } catch (IllegalArgumentException e) {
                throw new ExitCodes.UsageException("'" + v + "' is not a " + what);
            }
        }
        return out;
    }
}
