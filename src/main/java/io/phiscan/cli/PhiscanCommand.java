package io.phiscan.cli;

import io.phiscan.ingest.FileNames;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code phiscan}: the top command, which only holds the subcommands. */
@Command(name = "phiscan", mixinStandardHelpOptions = true, versionProvider = PhiscanCommand.Version.class,
        description = "Audits physicians' social-media exports for patients' clinical exchanges.",
        subcommands = {AuditCommand.class, RescanCommand.class, ReportCommand.class, RunCommand.class, SearchCommand.class,
                RunsCommand.class, ReviewCommand.class, BlocklistCommand.class, VerifyCommand.class, PruneCommand.class,
                AnnotateCommand.class, EvaluateCommand.class, BenchmarkCommand.class, GenerateCommand.class,
                CeilingCommand.class, WorkerCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done", "  1  the job failed (restartable: run the same command again)",
                "  2  bad usage or configuration, unreadable input, a damaged workspace, or one in use",
                "  3  done, and --fail-on was given and a new finding at or above it exists"})
public final class PhiscanCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command (phiscan --help lists them)");
    }

    /** The command line with phiscan's exit-code policy. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PhiscanCommand());
        // registered before the subcommands' options are read: their paths are converted by it
        cl.registerConverter(Path.class, PhiscanCommand::path);
        cl.setExitCodeExceptionMapper(new ExitCodes());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("phiscan: " + ExitCodes.shown(ex));
            return commandLine.getExitCodeExceptionMapper().getExitCode(ex);
        });
        return cl;
    }

    /**
     * A path argument. One the locale's file-name encoding cannot hold (an accented name where
     * Java runs in the C locale, whose file names are ASCII) is refused saying what helps.
     */
    static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException(FileNames.notNameable(value));
        }
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = PhiscanCommand.class.getPackage().getImplementationVersion();
            return new String[] {"phiscan " + (v == null ? "(development build)" : v)};
        }
    }
}
