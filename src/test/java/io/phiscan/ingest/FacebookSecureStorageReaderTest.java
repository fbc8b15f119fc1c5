package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Visibility;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Messenger's secure-storage download; fixture src/test/resources/facebook/e2ee-2024. */
class FacebookSecureStorageReaderTest {

    @Test
    void flatChatFilesAreReadWithTheirOwnFieldNames() throws IOException {
        ExportRun run = ExportRun.of("facebook/e2ee-2024");
        assertThat(run.export().layout()).isEqualTo("facebook-e2ee-2024");
        assertThat(run.export().parts()).containsExactly("ZoeFixture_1.json");
        assertThat(run.messages()).hasSize(4).allMatch(m -> m.conversationId().equals("e2ee/ZoeFixture_1")
                && m.visibility() == Visibility.DIRECT);
        assertThat(run.messages()).extracting(Message::text).containsExactly("Ça va? On se voit samedi 😊",
                "Oui, samedi à 10h", "", "Très bien, à samedi!");
        assertThat(run.messages().get(2).attachments()).containsExactly("media/3f2b9c1e-7d4a-4b8e-9a51-0c6e2f7d8a90.jpeg");
        assertThat(run.messages().get(0).at()).isEqualTo(Instant.parse("2024-09-14T08:00:00Z"));
    }

    @Test
    void theOwnerOfASingleChatIsTheOneTheFileIsNotNamedAfter() throws IOException {
        ExportRun run = ExportRun.of("facebook/e2ee-2024");
        assertThat(run.export().account()).isEqualTo("Nora Vance");
        assertThat(run.messages(m -> m.direction() == Direction.OUTBOUND)).extracting(Message::text)
                .containsExactly("Oui, samedi à 10h", "Très bien, à samedi!");
    }
}
