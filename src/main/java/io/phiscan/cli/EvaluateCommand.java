package io.phiscan.cli;

import io.phiscan.detect.Detector;
import io.phiscan.detect.Evaluation;
import io.phiscan.detect.EvaluationCase;
import io.phiscan.detect.EvaluationCorpus;
import io.phiscan.detect.Policy;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code phiscan evaluate}: the detector's recall and precision on a labeled corpus. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Measures the detector's recall and precision on a labeled corpus.",
                "",
                "Runs the detector over JSON lines of labeled exchanges (format in",
                "src/test/resources/eval/README.md) and prints exchange-level recall and",
                "precision per platform, language and category, whether every exchange with",
                "the owner's clinical advice is high, and identifier recall per kind."})
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CORPUS", arity = "0..*",
            description = "A .jsonl file or a folder of them (default: src/test/resources/eval, relative to the current folder: a source checkout).")
    List<Path> corpus = new ArrayList<>();

    @Option(names = {"-p", "--policy"}, paramLabel = "FILE", description = "Policy file (YAML); default: built-in.")
    Path policy;

    @Option(names = "--misses", description = "Also list the ids of the cases the detector got wrong.")
    boolean misses;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (corpus.isEmpty()) {
            corpus = List.of(Path.of("src/test/resources/eval"));
        }
        List<EvaluationCase> cases = new ArrayList<>();
        for (Path p : corpus) {
            if (!Files.exists(p)) {
                throw new ExitCodes.UsageException("no corpus at " + p + " (give a .jsonl file or a folder of them)");
            }
            try {
                cases.addAll(EvaluationCorpus.read(p));
            } catch (IllegalArgumentException e) {
                throw new ExitCodes.UsageException(e.getMessage());
            }
        }
        Policy p = policy == null ? Policy.defaults() : Policy.load(policy);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("phiscan evaluate: %s, policy %s%n", corpus, p.version());
        Evaluation.run(new Detector(p), cases).print(o, misses);
        return ExitCodes.DONE;
    }
}
