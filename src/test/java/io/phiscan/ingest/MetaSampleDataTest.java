package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Visibility;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Facebook and Instagram samples of sample-data read as sample-data/README.md says. */
class MetaSampleDataTest {

    @Test
    void theFacebookSampleReadsAsDocumented() throws IOException {
        ExportRun run = ExportRun.of(Path.of("sample-data/facebook/facebook-lenaokafor-2026-02-18-Xk3pQ9aB"));
        assertThat(run.export().layout()).isEqualTo("facebook-json-2025");
        assertThat(run.export().account()).isEqualTo("Lena Okafor");
        assertThat(run.export().parts()).hasSize(9);
        assertThat(run.messages()).hasSize(23);
        assertThat(run.bad()).isEmpty();
        ExportRun threads = new ExportRun(run.export(), run.records().stream()
                .filter(r -> r instanceof IngestRecord.Read read && !read.message().visibility().isPublic()).toList());
        assertThat(FacebookJsonReaderTest.count(threads, Message::direction))
                .isEqualTo(Map.of(Direction.INBOUND, 12L, Direction.OUTBOUND, 7L));
        assertThat(threads.messages(m -> m.text().isEmpty())).hasSize(2);
        assertThat(run.messages(m -> m.visibility() == Visibility.PUBLIC)).hasSize(4);
        assertThat(run.messages(m -> m.conversationId().equals("inbox/keishathompson_10224567812345678"))).hasSize(6);
        assertThat(run.text("Ok calling now, thank you! 🙏").author().name()).isEqualTo("Keisha Thompson");
    }

    @Test
    void theInstagramSampleReadsAsDocumented() throws IOException {
        ExportRun run = ExportRun.of(Path.of("sample-data/instagram/instagram-dr.lenaokafor-2026-02-18-Bq7Lm2Zx"));
        assertThat(run.export().layout()).isEqualTo("instagram-json-2024");
        assertThat(run.export().account()).isEqualTo("dr.lenaokafor");
        assertThat(run.messages()).hasSize(9);
        assertThat(run.bad()).isEmpty();
        assertThat(FacebookJsonReaderTest.count(run, Message::direction))
                .isEqualTo(Map.of(Direction.INBOUND, 4L, Direction.OUTBOUND, 5L));
        assertThat(run.text("I'm dying to try that new taco place 😂 Saturday?").author().handle()).isEqualTo("nia.bakes");
    }
}
