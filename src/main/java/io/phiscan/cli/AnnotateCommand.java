package io.phiscan.cli;

import io.phiscan.detect.Detector;
import io.phiscan.detect.Policy;
import io.phiscan.model.Signal;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** {@code phiscan annotate}: every signal in plain text, one JSON line each. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {"Prints every signal found in plain text, one JSON line each.",
                "",
                "Reads UTF-8 text and prints each signal as: doc, start, end, kind,",
                "category, text, rule. Offsets are UTF-16 chars of the document (a leading",
                "byte-order mark is not part of it). One document per file, or with --blocks",
                "one per block of lines separated by blank lines (doc FILE#N, N from 1).",
                "No FILE, or '-', reads standard input (doc '-').",
                "The output holds message text: treat it as PHI."})
final class AnnotateCommand implements Callable<Integer> {
    /** Made when the command runs, not when the command line is built (every command builds them all). */
    private static final class Lines {
        static final ObjectMapper JSON = JsonMapper.builder().build();
    }

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Text files; '-' or none for standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = "--blocks", description = "One document per blank-line-separated block instead of per file.")
    boolean blocks;

    @Option(names = {"-p", "--policy"}, paramLabel = "FILE",
            description = "Policy file (YAML): lexicon additions and custom rules apply; default: built-in.")
    Path policy;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Detector detector = new Detector(policy == null ? Policy.defaults() : Policy.load(policy));
        PrintWriter o = spec.commandLine().getOut();
        for (String f : files.isEmpty() ? List.of("-") : files) {
            String text = read(f);
            if (blocks) {
                List<String> docs = blocks(text);
                for (int i = 0; i < docs.size(); i++) {
                    print(o, f + "#" + (i + 1), detector.annotateText(f + "#" + (i + 1), docs.get(i)));
                }
            } else {
                print(o, f, detector.annotateText(f, text));
            }
        }
        o.flush();
        return ExitCodes.DONE;
    }

    private static String read(String f) throws IOException {
        byte[] bytes;
        if (f.equals("-")) {
            InputStream in = System.in;
            bytes = in.readAllBytes();
        } else {
            Path p = Path.of(f);
            if (!Files.isRegularFile(p)) {
                throw new ExitCodes.UsageException("not a readable file: " + f);
            }
            bytes = Files.readAllBytes(p);
        }
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** The blocks of non-blank lines, each exactly as in the input (inner line ends kept, the last one dropped). */
    static List<String> blocks(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        int i = 0;
        while (i <= text.length()) {
            int nl = text.indexOf('\n', i);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(i, lineEnd);
            if (line.isBlank()) {
                if (start >= 0) {
                    out.add(text.substring(start, end));
                    start = -1;
                }
            } else {
                if (start < 0) {
                    start = i;
                }
                end = line.endsWith("\r") ? lineEnd - 1 : lineEnd;
            }
            if (nl < 0) {
                break;
            }
            i = nl + 1;
        }
        if (start >= 0) {
            out.add(text.substring(start, end));
        }
        return out;
    }

    private static void print(PrintWriter o, String doc, List<Signal> signals) {
        for (Signal s : signals) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("doc", doc);
            line.put("start", s.start());
            line.put("end", s.end());
            line.put("kind", s.kind());
            line.put("category", s.category());
            line.put("text", s.text());
            line.put("rule", s.rule());
            o.println(Lines.JSON.writeValueAsString(line));
        }
    }
}
