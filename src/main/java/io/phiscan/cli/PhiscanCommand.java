package io.phiscan.cli;

import io.phiscan.ingest.FileNames;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code phiscan}: the top command, which only holds the subcommands. */
@Command(name = "phiscan", mixinStandardHelpOptions = true, versionProvider = PhiscanCommand.Version.class,
        description = "Audits physicians' social-media exports for patients' clinical exchanges.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done", "  1  the job failed (restartable: run the same command again)",
                "  2  bad usage or configuration, unreadable input, a damaged workspace, or a",
                "     workspace in use by another phiscan process",
                "  3  done, and --fail-on was given and a new finding at or above it exists"})
public final class PhiscanCommand implements Runnable {

    /** The subcommands, in the order {@code phiscan --help} lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(AuditCommand.class, RescanCommand.class, ReportCommand.class,
            RunCommand.class, SearchCommand.class, RunsCommand.class, ReviewCommand.class, BlocklistCommand.class,
            VerifyCommand.class, PruneCommand.class, AnnotateCommand.class, EvaluateCommand.class, BenchmarkCommand.class,
            GenerateCommand.class, CeilingCommand.class, WorkerCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command (phiscan --help lists them)");
    }

    /** The command line with phiscan's exit-code policy and every subcommand. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS);
    }

    /**
     * The command line for these arguments: when they begin with a subcommand's name, with that
     * subcommand alone (picocli reads each subcommand's options when it is added: at a cold start,
     * about a quarter of a second of CPU for all of them); otherwise, for the top command's help,
     * version or errors, with all.
     */
    public static CommandLine commandLine(String[] args) {
        if (args.length > 0) {
            for (Class<?> sub : SUBCOMMANDS) {
                Command c = sub.getAnnotation(Command.class);
                if (sub != CommandLine.HelpCommand.class && c.name().equals(args[0])) {
                    return commandLine(List.of(sub));
                }
            }
        }
        return commandLine();
    }

    private static CommandLine commandLine(List<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new PhiscanCommand());
        for (Class<?> sub : subcommands) {
            cl.addSubcommand(sub);
        }
        // registered after the subcommands are added: picocli gives it to those it has then
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
