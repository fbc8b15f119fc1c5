package io.phiscan.detect;

import io.phiscan.model.Author;
import io.phiscan.model.Direction;
import io.phiscan.model.Exchange;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.Severity;
import io.phiscan.model.SourceRef;
import io.phiscan.model.Visibility;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a labeled corpus: JSON lines, one exchange per line (format in
 * {@code src/test/resources/eval/README.md}), from a {@code .jsonl} file or every {@code .jsonl}
 * file of a folder, in name order.
 */
public final class EvaluationCorpus {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private EvaluationCorpus() {
    }

    /**
     * Every case of a file or folder.
     *
     * @throws IllegalArgumentException naming the file and line of a case that cannot be read
     */
    public static List<EvaluationCase> read(Path path) throws IOException {
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
            }
        } else {
            files = List.of(path);
        }
        List<EvaluationCase> out = new ArrayList<>();
        for (Path f : files) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        out.add(parse(JSON.readTree(line), f.getFileName().toString(), n));
                    } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
                        throw new IllegalArgumentException("(file " + f + ", line " + n + ") not a corpus case: "
                                + e.getClass().getSimpleName(), e);
                    }
                }
            }
        }
        return out;
    }

    private static EvaluationCase parse(JsonNode c, String file, int line) {
        String id = c.get("id").asString();
        Platform platform = Platform.fromId(c.get("platform").asString());
        String account = c.get("account").asString();
        List<Message> messages = new ArrayList<>();
        int i = 0;
        for (JsonNode m : c.get("messages")) {
            Direction direction = Direction.valueOf(m.get("direction").asString().toUpperCase(java.util.Locale.ROOT));
            String handle = direction == Direction.OUTBOUND ? account : m.get("author").asString();
            List<Author> to = new ArrayList<>();
            m.path("to").forEach(t -> to.add(new Author(t.asString(), t.asString(), null)));
            if (direction == Direction.INBOUND) {
                to.add(new Author(account, account, null));
            }
            List<String> attachments = new ArrayList<>();
            m.path("attachments").forEach(a -> attachments.add(a.asString()));
            String nativeId = id + "-" + (++i);
            messages.add(new Message(Message.stableId(platform, account, nativeId), platform, account, nativeId, id,
                    null, Instant.parse(m.get("at").asString()), false, new Author(handle, handle, null), to, direction,
                    Visibility.fromId(m.get("visibility").asString()), m.get("text").asString(), attachments,
                    new SourceRef(file, "", "line " + line + ", message " + i)));
        }
        List<EvaluationCase.Identifier> ids = new ArrayList<>();
        c.path("identifiers").forEach(x -> ids.add(new EvaluationCase.Identifier(x.get("kind").asString(),
                x.get("text").asString())));
        JsonNode severity = c.get("severity");
        return new EvaluationCase(id, c.get("category").asString(), c.path("lang").asString("en"), c.get("finding").asBoolean(),
                severity == null || severity.isNull() ? null : Severity.fromId(severity.asString()),
                c.path("ownerAdvice").asBoolean(false), ids, Exchange.of(messages));
    }
}
