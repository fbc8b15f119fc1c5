package io.phiscan.cli;

import io.phiscan.job.ReviewSession;
import io.phiscan.review.Dispositions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code phiscan review import FILE --by NAME}: a file of decisions, applied all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports a CSV of decisions, all or nothing.",
                "The file is the report's decision export or a spreadsheet, with the header finding_id,decision,reason "
                        + "and optionally reviewer; a decision is confirm, dismiss, escalate or reopen.",
                "A file with any bad row (an unknown finding id, a bad decision, a high-severity dismissal without a "
                        + "reason) changes nothing, and every bad row is named."})
final class ReviewImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The decisions file (CSV, UTF-8).")
    Path file;

    @Option(names = "--by", required = true, paramLabel = "NAME",
            description = "Who imports (recorded); a row's reviewer cell, when present, names who decided it.")
    String by;

    @Mixin
    WorkspaceOptions workspace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new ExitCodes.UsageException(file + ": no such file");
        }
        Dispositions.ImportResult result;
        try (ReviewSession session = ReviewSession.open(workspace.existing())) {
            result = session.dispositions().importFile(file, by);
        }
        PrintWriter o = spec.commandLine().getOut();
        for (Dispositions.Outcome outcome : result.outcomes()) {
            o.printf("  %s: %s%n", outcome.findingId(), outcome.changed() ? outcome.before().id() + " -> " + outcome.after().id()
                    : "already " + outcome.after().id() + ", unchanged");
        }
        o.printf("%s: %d decision(s) applied, %d unchanged, %d row(s) without a decision (sha256 %s)%n", result.file(),
                result.changed(), result.outcomes().size() - result.changed(), result.undecided(), result.sha256());
        o.flush();
        return ExitCodes.DONE;
    }
}
