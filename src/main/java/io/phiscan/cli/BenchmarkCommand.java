package io.phiscan.cli;

import io.phiscan.detect.Detector;
import io.phiscan.detect.EvaluationCase;
import io.phiscan.detect.EvaluationCorpus;
import io.phiscan.detect.Policy;
import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.SourceRef;
import io.phiscan.model.Visibility;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code phiscan benchmark}: the detector's speed, messages per second on one thread. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Measures the detector's speed: messages per second on one thread.",
                "",
                "After a warm-up, annotates the messages of a labeled corpus (.jsonl) or of",
                "a text file (one message per line) round-robin, and reports messages per",
                "CPU second and per wall second, for all messages and for those of typical",
                "length (100-300 chars). Pin it to one core, e.g.:",
                "  taskset -c 0 java -jar target/phiscan.jar benchmark"})
final class BenchmarkCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MESSAGES", arity = "0..1",
            description = "A corpus (.jsonl file or folder) or a text file, one message per line (default: src/test/resources/eval, relative to the current folder: a source checkout).")
    Path source = Path.of("src/test/resources/eval");

    @Option(names = {"-p", "--policy"}, paramLabel = "FILE", description = "Policy file (YAML); default: built-in.")
    Path policy;

    @Option(names = "--seconds", defaultValue = "10", paramLabel = "N",
            description = "Seconds of measuring, for all messages and again for those of typical length (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "5", paramLabel = "N", description = "Seconds of warm-up (default: ${DEFAULT-VALUE}).")
    int warmup;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Message> all = messages(source);
        if (all.isEmpty()) {
            throw new ExitCodes.UsageException("no messages in " + source);
        }
        List<Message> typical = all.stream().filter(m -> m.text().length() >= 100 && m.text().length() <= 300).toList();
        Detector detector = new Detector(policy == null ? Policy.defaults() : Policy.load(policy));
        PrintWriter o = spec.commandLine().getOut();
        o.printf("phiscan benchmark: detector.annotate on 1 thread, policy %s, Java %s, %d available processor(s)%n",
                detector.policy().version(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        run(detector, all, warmup);
        report(o, "all messages", all, run(detector, all, seconds));
        if (!typical.isEmpty()) {
            report(o, "typical (100-300 chars)", typical, run(detector, typical, seconds));
        }
        o.printf("  (per CPU second: the thread's own CPU time, what one core does when other work shares it;%n"
                + "   per wall second: elapsed time, equal to it on an idle core)%n");
        o.flush();
        return ExitCodes.DONE;
    }

    private static void report(PrintWriter o, String label, List<Message> messages, double[] rate) {
        double chars = messages.stream().mapToInt(m -> m.text().length()).average().orElse(0);
        o.printf("  %-24s %6d messages, mean %4.0f chars: %,9.0f messages per CPU second, %,9.0f per wall second%n",
                label, messages.size(), chars, rate[0], rate[1]);
    }

    /** Annotates the messages round-robin for {@code seconds}; messages per CPU second and per wall second. */
    private static double[] run(Detector detector, List<Message> messages, int seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        long n = 0;
        long sink = 0;
        while (System.nanoTime() < end) {
            for (Message m : messages) {
                sink += detector.annotate(m).size();
            }
            n += messages.size();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double used = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        if (sink < 0) {
            throw new IllegalStateException();
        }
        return new double[] {n / used, n / elapsed};
    }

    private static List<Message> messages(Path source) throws Exception {
        if (!Files.exists(source)) {
            throw new ExitCodes.UsageException("no messages at " + source);
        }
        if (Files.isDirectory(source) || source.toString().endsWith(".jsonl")) {
            List<Message> out = new ArrayList<>();
            for (EvaluationCase c : EvaluationCorpus.read(source)) {
                out.addAll(c.exchange().messages());
            }
            return out;
        }
        List<Message> out = new ArrayList<>();
        int i = 0;
        for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                i++;
                out.add(new Message("bench-" + i, Platform.TWITTER, "owner", String.valueOf(i), "bench-" + i, null,
                        Instant.EPOCH, false, new Author("a" + i, "a" + i, null), List.of(), Direction.INBOUND,
                        Visibility.DIRECT, line, List.of(), new SourceRef(source.toString(), "", "line " + i)));
            }
        }
        return out;
    }
}
