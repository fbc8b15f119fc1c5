package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Author;
import io.phiscan.model.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for every Facebook and Instagram fixture: each {@code <fixture>.expected} beside
 * the fixture folder lists, in reading order, every record the reader must give (time in UTC,
 * whether it is a local time, direction, visibility, conversation, author, recipients,
 * attachments, text; or the file, position and reason of a bad record), after a header with
 * the platform, layout, account and counts. The fixture folders' README.md says what each
 * fixture exercises.
 */
class MetaGoldenTest {

    static Stream<String> fixtures() {
        return Stream.of("facebook/json-2018", "facebook/json-2024", "facebook/json-2025", "facebook/broken-json",
                "facebook/e2ee-2024", "facebook/e2ee-odd-shapes", "facebook/e2ee-odd-participants", "facebook/html-2017", "facebook/html-2017-threads",
                "facebook/html-2017-damaged", "facebook/html-2017-cut", "facebook/html-2017-cp1252",
                "facebook/html-2017-undeclared", "facebook/html-2018", "facebook/html-2022", "facebook/html-2024",
                "instagram/json-2021", "instagram/json-2022", "instagram/json-2024", "instagram/html-2023", "instagram/json-2019");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void readsEveryRecordAsTheGoldenFileSays(String fixture) throws IOException {
        ExportRun run = ExportRun.of(fixture);
        List<String> actual = describe(run);
        Path expected = Path.of("src/test/resources", fixture + ".expected");
        if (Boolean.getBoolean("golden.write")) {
            Files.writeString(expected, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
        }
        List<String> lines = Files.readAllLines(expected, StandardCharsets.UTF_8);
        assertThat(actual).containsExactlyElementsOf(lines);
    }

    static List<String> describe(ExportRun run) {
        List<String> out = new ArrayList<>();
        Export e = run.export();
        out.add("# platform " + e.platform().id() + ", layout " + e.layout() + ", account " + e.account());
        out.add("# messages " + run.messages().size() + ", skipped " + run.bad().size());
        for (IngestRecord r : run.records()) {
            if (r instanceof IngestRecord.Read read) {
                Message m = read.message();
                out.add(String.join(" | ", m.at() + (m.localTime() ? " local" : ""), m.direction().id(),
                        m.visibility().id(), m.conversationId(), who(m.author()),
                        m.recipients().stream().map(MetaGoldenTest::who).collect(Collectors.joining(", ", "[", "]")),
                        m.attachments().toString(), m.source().entry() + " (" + m.source().position() + ")",
                        m.text().replace("\n", "\\n")));
            } else {
                out.add("BAD | " + r.source().entry() + " (" + r.source().position() + ") | " + ((IngestRecord.Bad) r).reason());
            }
        }
        return out;
    }

    private static String who(Author a) {
        return (a.name() == null ? "" : a.name()) + (a.handle() == null ? "" : " @" + a.handle());
    }
}
