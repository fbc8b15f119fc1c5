package io.phiscan.cli;

import io.phiscan.generate.GenerateRequest;
import io.phiscan.generate.Generator;
import io.phiscan.model.Platform;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code phiscan generate}: synthetic exports of every platform, any size, for benchmarks and scale tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes synthetic exports in the platforms' real layouts, for benchmarks and scale tests.",
                "",
                "One unzipped export folder per account and platform under OUT, and",
                "OUT/generated.json: the seed, the arguments, and per export its folder,",
                "platform, account, messages (as phiscan counts them) and planted clinical",
                "exchanges. The same arguments always give the same bytes. Every person and",
                "message is invented; a share of the conversations are patients or parents",
                "asking the physician about care, which an audit should raise."})
final class GenerateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "OUT", description = "The folder to write (new or empty, unless --force).")
    Path out;

    @Option(names = "--messages", required = true, paramLabel = "N",
            description = "Messages in all exports together, spread evenly over the platforms and accounts.")
    long messages;

    @Option(names = "--platforms", paramLabel = "LIST", defaultValue = "twitter,facebook,instagram,linkedin,mastodon,reddit",
            description = "Comma-separated platforms (default: all six).")
    String platforms;

    @Option(names = "--accounts", paramLabel = "K",
            description = "Physicians, each with one export per platform (default: enough that an export holds at most "
                    + "about 40,000 messages).")
    Integer accounts;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--clinical-share", defaultValue = "0.03", paramLabel = "SHARE",
            description = "Share of conversations that are clinical exchanges (default: ${DEFAULT-VALUE}).")
    double clinicalShare;

    @Option(names = "--part-size", paramLabel = "N", defaultValue = "50000",
            description = "Most messages in one file of a stream the platform splits (X tweets-partN.js, split CSV files,"
                    + " Facebook posts, Instagram comments; default: ${DEFAULT-VALUE}).")
    int partSize;

    @Option(names = "--threads", paramLabel = "N", description = "Exports written at once (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--force", description = "Write into OUT even if it is not empty (files of the same names are replaced).")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try {
            if (accounts != null && accounts < 1) {
                throw new IllegalArgumentException("--accounts must be at least 1 (was " + accounts + ")");
            }
            List<Platform> chosen = GenerateRequest.platforms(platforms);
            GenerateRequest request = new GenerateRequest(messages, chosen, accounts == null ? 0 : accounts, seed, clinicalShare, partSize);
            Generator.Summary s = new Generator(threads).generate(out, request, force);
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "phiscan generate: %d export(s) of %d account(s), %,d messages, %,d planted clinical exchange(s), %,d files,"
                            + " %.1f MB in %.1fs (%,.0f messages/s; %,.0f per CPU second of the writing threads) under %s%n",
                    s.exports().size(), request.accounts(), s.messages(), s.clinical(), s.files(), s.bytes() / 1e6, s.seconds(),
                    s.messages() / Math.max(s.seconds(), 1e-9), s.messages() / Math.max(s.cpuSeconds(), 1e-9), out);
            spec.commandLine().getOut().flush();
            return ExitCodes.DONE;
        } catch (IllegalArgumentException e) {
            throw new ExitCodes.UsageException(e.getMessage());
        }
    }
}
