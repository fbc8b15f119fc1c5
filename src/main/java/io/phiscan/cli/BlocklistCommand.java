package io.phiscan.cli;

import io.phiscan.job.ReviewSession;
import io.phiscan.job.Terminal;
import io.phiscan.model.Platform;
import io.phiscan.report.BlocklistWriter;
import io.phiscan.report.OwnerOnlyFiles;
import io.phiscan.review.Compliance;
import io.phiscan.review.ReviewPolicy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code phiscan blocklist}: the counterparts the offender ledger blocks, printed or written. */
@Command(name = "blocklist", mixinStandardHelpOptions = true,
        description = {"Prints or writes the block lists as they stand now.",
                "Every counterpart blocked so far by the ledger's rule (an incident after a warning), as CSV per "
                        + "platform (on a terminal, control characters in handles and names are shown as signs); with --ids, the X numeric account ids one per line; with --out, writes "
                        + "blocklist-<platform>.csv and blocklist-twitter-ids.txt there (owner-only)."})
final class BlocklistCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspace;

    @Option(names = "--platform", paramLabel = "PLATFORM", description = "Only this platform (default: every platform with a block).")
    String platform;

    @Option(names = "--ids", description = "Print only the X numeric account ids, one per line (for bulk-blocking tools).")
    boolean ids;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Write the files into this folder instead of printing.")
    Path out;

    @Option(names = {"-p", "--policy"}, paramLabel = "FILE",
            description = "Take the ledger thresholds from this policy file (default: those the latest run applied).")
    Path policy;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Whether standard output is a terminal: there the lists are shown with every control
     * character of a handle or a name as a sign ({@link Terminal#printable}), so that a name in an
     * export cannot move the cursor, clear the screen or retitle the window; to a file or a pipe
     * they are written as CSV, byte for byte.
     */
    boolean terminal = Terminal.stdout();

    @Override
    public Integer call() throws Exception {
        Set<Platform> only = EnumSet.noneOf(Platform.class);
        if (platform != null) {
            try {
                only.add(Platform.fromId(platform));
            } catch (IllegalArgumentException e) {
                throw new ExitCodes.UsageException("'" + platform + "' is not a platform");
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        try (ReviewSession session = ReviewSession.open(workspace.existing())) {
            ReviewPolicy p = policy != null ? ReviewPolicy.load(policy)
                    : new ReviewPolicy(session.ledger().latestRule().orElse(ReviewPolicy.LedgerRule.defaults()),
                            ReviewPolicy.Practice.unknown());
            Compliance now = Compliance.load(null, List.of(), p, session.ledger(), session.findings(), session.events());
            Set<Platform> platforms = EnumSet.noneOf(Platform.class);
            now.blocked().forEach(b -> platforms.add(b.platform()));
            if (!only.isEmpty()) {
                platforms.retainAll(only);
                platforms.addAll(only);
            }
            if (out != null) {
                OwnerOnlyFiles.folder(out);
                Compliance scoped = only.isEmpty() ? now : new Compliance(null, p, now.standing().stream()
                        .filter(x -> only.contains(x.platform())).toList(), now.findings(), now.events());
                List<String> files = new BlocklistWriter().write(scoped, platforms, out);
                session.trail().recordExport(System.getProperty("user.name", "unknown"), null, out, files);
                files.forEach(f -> o.println(out.resolve(f)));
            } else if (ids) {
                o.print(BlocklistWriter.numericIds(now));
            } else {
                StringBuilder csv = new StringBuilder();
                for (Platform pl : platforms) {
                    new BlocklistWriter().print(now, pl, terminal ? csv : o);
                }
                o.print(Terminal.printable(csv.toString()));
                if (platforms.isEmpty()) {
                    spec.commandLine().getErr().println("phiscan: nobody is on a block list");
                }
            }
        }
        o.flush();
        return ExitCodes.DONE;
    }
}
