package io.phiscan.cli;

import io.phiscan.ingest.Export;
import io.phiscan.ingest.ExportLocator;
import io.phiscan.ingest.IngestRecord;
import io.phiscan.ingest.RecordCursor;
import io.phiscan.ingest.ZipLimits;
import io.phiscan.model.Message;
import io.phiscan.model.Severity;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores an audit's {@code findings.json} against the held-out labels
 * ({@code src/test/resources/holdout/<platform>/<export>.labels.csv}): exchange recall and
 * precision per platform, severity agreement, and every exchange the readers did not read whole.
 *
 * <p>A label's key names its exchange the way the export does: a conversation or thread id, a
 * post, tweet or comment id, or {@code file#N} for the N-th record of a file (JSON elements from 0,
 * CSV records and HTML blocks from 1). The export is read again here to learn which messages carry
 * which of these names; a name of one message names every message of its conversation.
 */
final class HoldoutScore {
    private static final Pattern INDEX = Pattern.compile("^(?:element|record|item|block) (\\d+)");

    record Label(Path export, String platform, String key, boolean finding, Severity severity, int messages,
            String category, String why) {
    }

    record Counts(int tp, int fp, int fn, int tn) {
        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }
    }

    private final List<Label> labels;
    private final Map<String, Counts> byPlatform = new TreeMap<>();
    private final Map<String, Counts> byExport = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();
    private final List<String> falseAlarms = new ArrayList<>();
    private final List<String> readerFailures = new ArrayList<>();
    private final List<String> lowSeverity = new ArrayList<>();
    private int severityAgrees;
    private int found;

    private HoldoutScore(List<Label> labels) {
        this.labels = labels;
    }

    /** Every labeled export under the root, in a stable order. */
    static List<Label> labels(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".labels.csv")).sorted().toList();
        }
        List<Label> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path folder = f.resolveSibling(name.substring(0, name.length() - ".labels.csv".length()));
            Path export = Files.isDirectory(folder) ? folder : folder.resolveSibling(folder.getFileName() + ".zip");
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                    String key = rec.get("key");
                    int colon = key.indexOf(':');
                    String sev = rec.get("severity");
                    out.add(new Label(export, key.substring(0, colon), key.substring(colon + 1), "yes".equals(rec.get("finding")),
                            sev.isBlank() ? null : Severity.fromId(sev), Integer.parseInt(rec.get("messages")),
                            rec.get("category"), rec.get("why")));
                }
            }
        }
        return out;
    }

    /** The exports the labels name, each once. */
    static List<Path> exports(List<Label> labels) {
        return labels.stream().map(Label::export).distinct().toList();
    }

    /** Scores the findings of an audit of {@link #exports} against the labels. */
    static HoldoutScore score(List<Label> labels, Path findingsJson) throws IOException {
        HoldoutScore s = new HoldoutScore(labels);
        s.run(findingsJson);
        return s;
    }

    private void run(Path findingsJson) throws IOException {
        Map<String, Set<String>> namesById = new HashMap<>();
        Map<Path, List<Set<String>>> namesByExport = new HashMap<>();
        for (Path export : exports(labels)) {
            List<Message> messages = read(export);
            Map<String, Set<String>> byConversation = new HashMap<>();
            for (Message m : messages) {
                byConversation.computeIfAbsent(m.conversationId(), c -> new LinkedHashSet<>()).addAll(names(m));
            }
            List<Set<String>> all = new ArrayList<>();
            for (Message m : messages) {
                Set<String> names = byConversation.get(m.conversationId());
                namesById.put(m.id(), tagged(export, names));
                all.add(names);
            }
            namesByExport.put(export, all);
        }
        Map<Label, Severity> flagged = new HashMap<>();
        JsonNode doc = JsonMapper.builder().build().readTree(findingsJson.toFile());
        for (JsonNode f : doc.path("findings")) {
            Set<String> names = new LinkedHashSet<>();
            f.path("messages").forEach(m -> names.addAll(namesById.getOrDefault(m.path("id").asString(), Set.of())));
            Severity sev = Severity.fromId(f.path("severity").asString());
            boolean labeled = false;
            for (Label l : labels) {
                if (names.contains(tag(l.export(), l.key()))) {
                    labeled = true;
                    flagged.merge(l, sev, (a, b) -> a.atLeast(b) ? a : b);
                }
            }
            if (!labeled) {
                falseAlarms.add(f.path("platform").asString() + " unlabeled finding " + f.path("exchangeId").asString());
                byPlatform.merge(f.path("platform").asString(), new Counts(0, 1, 0, 0), Counts::plus);
            }
        }
        for (Label l : labels) {
            long read = namesByExport.get(l.export()).stream().filter(n -> n.contains(l.key())).count();
            boolean whole = read == l.messages();
            if (!whole) {
                readerFailures.add(describe(l) + ": " + read + " of " + l.messages() + " message(s) read");
            }
            Severity got = flagged.get(l);
            Counts c;
            if (l.finding()) {
                if (got != null && whole) {
                    c = new Counts(1, 0, 0, 0);
                    found++;
                    if (l.severity() == null || got.atLeast(l.severity())) {
                        severityAgrees++;
                    } else {
                        lowSeverity.add(describe(l) + ": " + got.id() + ", expected at least " + l.severity().id());
                    }
                } else {
                    c = new Counts(0, 0, 1, 0);
                    misses.add(describe(l));
                }
            } else if (got != null) {
                c = new Counts(0, 1, 0, 0);
                falseAlarms.add(describe(l) + " (" + got.id() + ")");
            } else {
                c = new Counts(0, 0, 0, 1);
            }
            byPlatform.merge(l.platform(), c, Counts::plus);
            byExport.merge(l.platform() + "/" + l.export().getFileName(), c, Counts::plus);
        }
    }

    private static String describe(Label l) {
        return l.platform() + " " + l.export().getFileName() + " " + l.key() + " [" + l.category() + "] " + l.why();
    }

    private static List<Message> read(Path path) throws IOException {
        List<Message> out = new ArrayList<>();
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(path))) {
            for (Export export : locator.exports()) {
                for (String part : export.parts()) {
                    try (RecordCursor cursor = export.open(part)) {
                        IngestRecord r;
                        while ((r = cursor.next()) != null) {
                            if (r instanceof IngestRecord.Read read) {
                                out.add(read.message());
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The names an export gives the message's exchange: conversation, native id, file#index. */
    static Set<String> names(Message m) {
        Set<String> names = new LinkedHashSet<>();
        String conv = m.conversationId();
        names.add(conv);
        int colon = conv.indexOf(':');
        if (colon > 0 && colon < 16) {
            names.add(conv.substring(colon + 1));
        }
        if (m.nativeId() != null) {
            names.add(m.nativeId());
            names.add(m.nativeId().substring(m.nativeId().lastIndexOf('/') + 1));
        }
        String entry = m.source().entry();
        String file = entry.substring(Math.max(entry.lastIndexOf('/'), entry.lastIndexOf('!')) + 1);
        Matcher i = INDEX.matcher(m.source().position());
        if (i.find()) {
            names.add(file + "#" + i.group(1));
        }
        return names;
    }

    private static Set<String> tagged(Path export, Set<String> names) {
        Set<String> out = new LinkedHashSet<>();
        names.forEach(n -> out.add(tag(export, n)));
        return out;
    }

    private static String tag(Path export, String name) {
        return export.toAbsolutePath().normalize() + "\u0000" + name;
    }

    Counts overall() {
        return byPlatform.values().stream().reduce(new Counts(0, 0, 0, 0), Counts::plus);
    }

    Map<String, Counts> byPlatform() {
        return byPlatform;
    }

    List<String> readerFailures() {
        return readerFailures;
    }

    /** The figures and every miss, false alarm and reader failure, for people. */
    String report() {
        StringBuilder b = new StringBuilder();
        Counts all = overall();
        long exports = exports(labels).size();
        b.append(String.format("held-out exchanges: %d in %d exports (%d to find, %d negatives)%n", labels.size(), exports,
                all.tp() + all.fn(), all.tn() + all.fp()));
        b.append(String.format("exchange recall    %.3f  (%d/%d)%n", all.recall(), all.tp(), all.tp() + all.fn()));
        b.append(String.format("exchange precision %.3f  (%d/%d)%n", all.precision(), all.tp(), all.tp() + all.fp()));
        b.append(String.format("severity at least as labeled: %d of %d found%n", severityAgrees, found));
        b.append(String.format("exchanges not read whole: %d%n%n", readerFailures.size()));
        b.append(String.format("%-12s %4s %4s %4s %4s  %6s %9s%n", "platform", "tp", "fp", "fn", "tn", "recall", "precision"));
        byPlatform.forEach((p, c) -> b.append(String.format("%-12s %4d %4d %4d %4d  %6.3f %9.3f%n", p, c.tp(), c.fp(), c.fn(),
                c.tn(), c.recall(), c.precision())));
        b.append(System.lineSeparator());
        b.append(String.format("%-52s %4s %4s %4s %4s%n", "export", "tp", "fp", "fn", "tn"));
        byExport.forEach((e, c) -> b.append(String.format("%-52s %4d %4d %4d %4d%n", e, c.tp(), c.fp(), c.fn(), c.tn())));
        section(b, "missed", misses);
        section(b, "false alarms", falseAlarms);
        section(b, "severity lower than labeled", lowSeverity);
        section(b, "not read whole", readerFailures);
        return b.toString();
    }

    private static void section(StringBuilder b, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            b.append(System.lineSeparator()).append(title).append(':').append(System.lineSeparator());
            lines.forEach(l -> b.append("  ").append(l).append(System.lineSeparator()));
        }
    }
}
