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

    /**
     * Odd shapes in a secure-storage file: a text that is an object, a {@code null} where a
     * message should be, a chat whose {@code messages} is an object. Each is one skipped record
     * at its place, and the messages around it are read (the one after the {@code null} too).
     */
    @Test
    void oddShapesAreOneSkippedRecordEachAndTheirNeighboursAreRead() throws IOException {
        ExportRun run = ExportRun.of("facebook/e2ee-odd-shapes");
        assertThat(run.export().parts()).containsExactly("CaseyFixture_1.json", "ZoeFixture_1.json");
        assertThat(run.export().account()).isEqualTo("Nora Vance");
        assertThat(run.messages()).extracting(Message::text)
                .containsExactly("Is the clinic open on Saturday?", "Yes, from 9 to 12", "Thanks!");
        assertThat(run.bad()).extracting(b -> b.source().entry() + " (" + b.source().position() + ")").containsExactly(
                "CaseyFixture_1.json (line 7)", "ZoeFixture_1.json (element 1, line 17)",
                "ZoeFixture_1.json (element 2, line 28)");
        assertThat(run.bad()).extracting(IngestRecord.Bad::reason).containsExactly(
                "the messages member is an object, not an array; nothing in it was read",
                "a message whose text is a JSON object, not a string; the message was not read",
                "an element that is null, not an object or an array");
    }

    /**
     * Chats whose participants are not the plain strings the download writes: one a string, one
     * a list of {@code {name}} objects. Each is still a chat (its threadName and messages say so):
     * its messages are read and the file is listed saying what its participants are; before, both
     * were passed over as any other JSON file, their messages neither read nor listed.
     */
    @Test
    void aChatWhoseParticipantsAreNotNamesIsReadAndListed() throws IOException {
        ExportRun run = ExportRun.of("facebook/e2ee-odd-participants");
        assertThat(run.export().parts()).containsExactly("CaseyFixture_1.json", "RileyFixture_1.json", "ZoeFixture_1.json");
        assertThat(run.export().account()).isEqualTo("Nora Vance");
        assertThat(run.messages()).extracting(m -> m.conversationId() + " " + m.direction() + " " + m.author().name() + " "
                + m.recipients().stream().map(a -> a.name()).toList() + " " + m.text()).containsExactly(
                "e2ee/CaseyFixture_1 INBOUND Casey Fixture [] Can you refill my lisinopril before Friday?",
                "e2ee/CaseyFixture_1 OUTBOUND Nora Vance [] Please call the office for refills.",
                "e2ee/RileyFixture_1 INBOUND Riley Fixture [Nora Vance] My son's rash is back.",
                "e2ee/ZoeFixture_1 INBOUND Zoe Fixture [Nora Vance] Is the clinic open on Saturday?",
                "e2ee/ZoeFixture_1 OUTBOUND Nora Vance [Zoe Fixture] Yes, from 9 to 12");
        assertThat(run.bad()).extracting(b -> b.source().entry() + ": " + b.reason()).containsExactly(
                "CaseyFixture_1.json: a chat whose participants is a string, not a list of names: who is in it is not known;"
                        + " its messages are read, each from its sender, without recipients (as one to one)",
                "RileyFixture_1.json: a chat whose participants list holds an object where a name goes: its messages are read,"
                        + " their recipients taken from the 2 name(s) it does hold");
    }
}
