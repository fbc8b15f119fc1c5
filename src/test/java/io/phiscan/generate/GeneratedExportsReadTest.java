package io.phiscan.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.ingest.Export;
import io.phiscan.ingest.ExportLocator;
import io.phiscan.ingest.IngestRecord;
import io.phiscan.ingest.RecordCursor;
import io.phiscan.ingest.ZipLimits;
import io.phiscan.model.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated exports read back by phiscan's own readers, found the way an audit finds them: every
 * export recognized as its platform and account, exactly the messages {@code generated.json}
 * promises, nothing skipped, every part file read, and split files where they were asked for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedExportsReadTest {
    Path out;
    JsonNode generated;
    Map<String, Read> read = new HashMap<>();

    record Read(Export export, long messages, long bad, long encrypted, long parts) {
    }

    @BeforeAll
    void generateAndRead(@TempDir Path tmp) throws IOException {
        out = tmp.resolve("gen");
        new Generator(2).generate(out, new GenerateRequest(3_000, List.of(Platform.values()), 0, 11, 0.03, 20), false);
        generated = JsonMapper.builder().build().readTree(out.resolve("generated.json").toFile());
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(out))) {
            assertThat(locator.unrecognized()).isEmpty();
            for (Export e : locator.exports()) {
                long messages = 0;
                long bad = e.problems().size();
                long encrypted = 0;
                for (String part : e.parts()) {
                    try (RecordCursor cursor = e.open(part)) {
                        IngestRecord r;
                        while ((r = cursor.next()) != null) {
                            if (r instanceof IngestRecord.Read) {
                                messages++;
                            } else if (r instanceof IngestRecord.Bad) {
                                bad++;
                            } else {
                                encrypted++;
                            }
                        }
                    }
                }
                read.put(out.relativize(Path.of(e.path())).toString(), new Read(e, messages, bad, encrypted, e.parts().size()));
            }
        }
    }

    @Test
    void everyExportIsReadWithExactlyTheGeneratedMessagesAndNothingSkipped() {
        assertThat(generated.path("exports")).hasSize(6);
        assertThat(read).hasSize(6);
        for (JsonNode g : generated.path("exports")) {
            Read r = read.get(g.path("folder").asString());
            assertThat(r).as(g.path("folder").asString()).isNotNull();
            assertThat(r.export().platform().id()).isEqualTo(g.path("platform").asString());
            assertThat(r.export().account()).isEqualTo(g.path("account").asString());
            assertThat(r.messages()).as(g.path("folder").asString()).isEqualTo(g.path("messages").asLong()).isEqualTo(500);
            assertThat(r.bad()).as(g.path("folder").asString()).isZero();
            assertThat(r.encrypted()).isZero();
        }
    }

    @Test
    void largeStreamsAreSplitIntoPartFilesThatAreAllRead() throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertThat(files).anyMatch(f -> f.endsWith("data/tweets-part1.js"));
        assertThat(files).anyMatch(f -> f.endsWith("data/direct-messages-part1.js"));
        assertThat(files).anyMatch(f -> f.endsWith("/messages_2.csv") && f.startsWith("Complete_LinkedIn"));
        assertThat(files).anyMatch(f -> f.endsWith("/chat_history_2.csv") && f.startsWith("export_"));
        assertThat(files).anyMatch(f -> f.matches("facebook-.*/your_activity_across_facebook/messages/inbox/[^/]+/message_2\\.json"));
        assertThat(files).anyMatch(f -> f.matches("facebook-.*/your_activity_across_facebook/posts/your_posts_.*_2\\.json"));
        assertThat(files).anyMatch(f -> f.matches("instagram-.*/your_instagram_activity/messages/inbox/[^/]+/message_2\\.json"));
        assertThat(files).anyMatch(f -> f.matches("instagram-.*/your_instagram_activity/comments/post_comments_2\\.json"));
        for (Read r : read.values()) {
            long dataFiles = files.stream().filter(f -> f.startsWith(r.export().path().substring(out.toString().length() + 1) + "/"))
                    .count();
            assertThat(r.parts()).as(r.export().path()).isPositive().isLessThanOrEqualTo(dataFiles);
        }
        assertThat(read.values().stream().mapToLong(Read::parts).sum()).isGreaterThanOrEqualTo(100);
    }
}
