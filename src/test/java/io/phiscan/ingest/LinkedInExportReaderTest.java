package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.Visibility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LinkedIn exports of each era, as {@code src/test/resources/linkedin/README.md} describes them. */
class LinkedInExportReaderTest {

    /**
     * Comments.csv escapes quotes with a backslash, and commons-csv, told so, also took the
     * text's own {@code \\n}, {@code \\f}, {@code \\t} and {@code \\b} for a line break, a form
     * feed, a tab and a backspace: a path on the clinic drive came out broken over two lines.
     * Only {@code \\"} and {@code \\\\} are escapes. messages.csv doubles its quotes and was read
     * as written.
     */
    @Test
    void aBackslashInACommentIsTheTextsUnlessItEscapesAQuote() throws IOException {
        try (ExportTree tree = Fixtures.tree("linkedin/backslashes")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.bad()).isEmpty();
            assertThat(read.messages()).filteredOn(m -> m.source().entry().equals("Comments.csv")).extracting(Message::text)
                    .containsExactly(
                            "The fever handout is on the clinic drive: S:\\peds\\new-parents\\fever-guide.pdf (ask the front desk to print it).",
                            "When a parent asks \"is 100.4 a fever?\" the answer is yes ¯\\_(ツ)_/¯",
                            "Template tip: type \\t in the note to tab to the next field, \\b to go back.");
            assertThat(read.message("Dr. Vance, the portal says").text())
                    .isEqualTo("Dr. Vance, the portal says my results are in C:\\new\\results but I can't open it. Is Jordan's strep test back?");
        }
    }

    @Test
    void complete2024ReadsMessagesInvitationNotesCommentsAndPosts() throws IOException {
        try (ExportTree tree = Fixtures.tree("linkedin/complete-2024")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.export().platform()).isEqualTo(Platform.LINKEDIN);
            assertThat(read.export().layout()).isEqualTo("linkedin-2024");
            assertThat(read.export().account()).isEqualTo("nora-vance-md");
            assertThat(read.messages()).hasSize(12);
            assertThat(read.bad()).singleElement().satisfies(b -> {
                assertThat(b.source().position()).isEqualTo("record 7, line 8");
                assertThat(b.reason()).isEqualTo("a draft, never sent: not audited");
            });
            assertThat(read.messages().stream().map(m -> m.author().key()).distinct()).hasSize(6);
            assertThat(read.messages().stream().filter(m -> m.direction() == Direction.OUTBOUND)).hasSize(6);
            assertThat(read.messages().stream().filter(m -> m.visibility() == Visibility.DIRECT)).hasSize(6);
            assertThat(read.messages().stream().filter(m -> m.visibility() == Visibility.GROUP)).hasSize(2);
            assertThat(read.messages().stream().filter(m -> m.visibility() == Visibility.PUBLIC)).hasSize(3);
            assertThat(read.messages().stream().filter(m -> m.visibility() == Visibility.FOLLOWERS)).hasSize(1);

            Message casey = read.message("Hi Dr. Vance, it's Casey");
            assertThat(casey.at()).isEqualTo(Instant.parse("2024-03-04T21:10:05Z"));
            assertThat(casey.localTime()).isFalse();
            assertThat(casey.direction()).isEqualTo(Direction.INBOUND);
            assertThat(casey.author().handle()).isEqualTo("casey-fixture");
            assertThat(casey.conversationId()).isEqualTo("conversation:2-Q2FzZXlGaXh0dXJlMQ==");

            Message group = read.message("Thursday works for me.");
            assertThat(group.recipients()).extracting(a -> a.name()).containsExactly("Sam Okoro, MD", "Priya Raman");

            assertThat(read.message("Pediatric opportunity").text())
                    .isEqualTo("Pediatric opportunity\n\nHi %FIRSTNAME%,\n\nWe're hiring pediatricians & NPs for our new clinic.");
            Message invitation = read.message("Dr. Vance, you treated my daughter Ella");
            assertThat(invitation.at()).isEqualTo(Instant.parse("2024-03-01T09:15:00Z"));
            assertThat(invitation.localTime()).isTrue();
            assertThat(read.message("Great summary").text())
                    .isEqualTo("Great summary of the \"watchful waiting\" approach for ear infections.");
            assertThat(read.message("Flu season tip").text())
                    .isEqualTo("Flu season tip: \"wash hands, stay home when sick.\"\nOur clinic offers walk-in flu shots on Saturdays.");
            assertThat(read.export().parts()).doesNotContain("guide_messages.csv");
            assertThat(read.export().notes()).contains("guide_messages.csv holds LinkedIn Learning assistant chats, not member messages: not read");
        }
    }

    @Test
    void theSameExportZippedUnderOneFolderReadsTheSame(@TempDir Path tmp) throws IOException {
        Path zip = Fixtures.zip("linkedin/complete-2024", tmp.resolve("Complete_LinkedInDataExport_03-06-2024.zip"), "");
        try (ExportTree folder = Fixtures.tree("linkedin/complete-2024"); ExportTree zipped = ExportTree.open(zip, ZipLimits.DEFAULT)) {
            ExportRendering.Read a = ExportRendering.read(folder);
            ExportRendering.Read b = ExportRendering.read(zipped);
            assertThat(b.messages()).extracting(Message::id).containsExactlyElementsOf(a.messages().stream().map(Message::id).toList());
            assertThat(ExportRendering.summary(b)).isEqualTo(ExportRendering.summary(a));
        }
    }

    @Test
    void legacyExportWithoutProfileFindsTheOwnerInEveryConversation() throws IOException {
        try (ExportTree tree = Fixtures.tree("linkedin/legacy-2021")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.export().layout()).isEqualTo("linkedin-2021");
            assertThat(read.export().owner().name()).isEqualTo("Nora Vance");
            assertThat(read.export().owner().handle()).isEqualTo("nora-vance-md");
            assertThat(read.messages()).hasSize(6);
            assertThat(read.messages().stream().filter(m -> m.direction() == Direction.OUTBOUND)).hasSize(2);
            assertThat(read.message("You have been selected").text()).isEqualTo("You have been selected\n\nClaim your gift card today.");
        }
    }

    /**
     * The header line again inside messages.csv (two files joined into one) was a conversation
     * whose sender is FROM: without Profile.csv no one took part in every conversation, and the
     * export was refused. It is a skipped record, and the rows around it are read.
     */
    @Test
    void aHeaderRepeatedInsideTheFileIsSkippedAndTheOwnerStillFound() throws IOException {
        try (ExportTree tree = Fixtures.tree("linkedin/repeated-header")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.export().owner().name()).isEqualTo("Nora Vance");
            assertThat(read.messages()).hasSize(6);
            assertThat(read.bad()).extracting(b -> b.source().entry() + " " + b.source().position() + ": " + b.reason())
                    .containsExactly("messages.csv record 4, line 5: the header line again, not a record");
        }
    }

    @Test
    void quoted2026WithNumberedCommentFilesAndOwnerFromInvitations() throws IOException {
        try (ExportTree tree = Fixtures.tree("linkedin/quoted-2026")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.export().parts()).containsExactly("messages.csv", "Invitations.csv", "Comments_1.csv", "Comments_2.csv");
            assertThat(read.messages()).hasSize(4);
            assertThat(read.message("Dr. Vance,\nMy son Theo").source().position()).isEqualTo("record 1, line 2");
            assertThat(read.message("Hi Riley").source().position()).isEqualTo("record 2, line 5");
        }
    }

    @Test
    void brokenQuotesAndInvalidUtf8AreReportedAndTheOtherRowsRead() throws IOException {
        try (ExportTree tree = Fixtures.tree("linkedin/broken-csv")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.messages()).extracting(Message::text)
                    .containsExactly("First message reads fine.", "Third message reads fine.", "Fifth message\nspans two lines.");
            assertThat(read.bad()).extracting(b -> b.source().entry() + " " + b.source().position() + ": " + b.reason()).containsExactly(
                    "messages.csv record 2, line 3: a broken quote: text follows the quote that closes a field; reading resumes at line 4",
                    "messages.csv record 4, line 5: bytes that are not UTF-8 at line 5 (the record is not read; the file's other records are)",
                    "messages.csv record 6, line 8: a broken quote: a quoted field is not closed before the end of the file; reading resumes at line 9");
        }
    }

    @Test
    void redditMessagesCsvIsNotLinkedIn(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("messages.csv"), "id,permalink,thread_id,date,ip,from,to,subject,body\n");
        try (ExportTree tree = ExportTree.open(tmp, ZipLimits.DEFAULT)) {
            assertThat(new LinkedInExportReader().recognize(tree)).isEmpty();
        }
    }

    /** An export whose owner cannot be told is read, every message as inbound, and the reader is told why. */
    @Test
    void anExportWhoseOwnerCannotBeToldIsReadWithEveryMessageInbound(@TempDir Path tmp) throws IOException {
        Path export = Files.createDirectories(tmp.resolve("Basic_LinkedInDataExport_01-01-2024"));
        Files.writeString(export.resolve("messages.csv"), "CONVERSATION ID,FROM,TO,DATE,CONTENT\nc1,A B,C D,2024-01-01 00:00:00 UTC,hi\n");
        try (ExportTree tree = ExportTree.open(export, ZipLimits.DEFAULT)) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.export().account()).isEqualTo("unknown owner of Basic_LinkedInDataExport_01-01-2024");
            assertThat(read.export().notes()).contains("the owner cannot be told (no Profile.csv, no single participant in every"
                    + " conversation, no outgoing invitation): the comments and posts are read as the owner's and every message as inbound");
            assertThat(read.messages()).singleElement().satisfies(m -> {
                assertThat(m.text()).isEqualTo("hi");
                assertThat(m.direction()).isEqualTo(Direction.INBOUND);
            });
        }
    }

    @Test
    void connectionsGiveProfileUrlsByNameUnlessTwoShareIt() {
        Map<String, String> urls = LinkedInPeople.newDirectory();
        LinkedInPeople.addConnection(urls, "Dana", "Whitfield", "https://www.linkedin.com/in/dana-whitfield/");
        LinkedInPeople.addConnection(urls, "Lee", "Kim", "https://www.linkedin.com/in/lee-kim-1");
        LinkedInPeople.addConnection(urls, "Lee", "Kim", "https://www.linkedin.com/in/lee-kim-2");
        LinkedInPeople people = new LinkedInPeople(new io.phiscan.model.Author(null, "nora-vance-md", "Nora Vance"), urls);
        assertThat(people.person("Dana Whitfield", null).handle()).isEqualTo("dana-whitfield");
        assertThat(people.person("Lee Kim", null).handle()).isNull();
        assertThat(people.recipients("Jane Doe, Ph.D., Nora Vance", null)).extracting(a -> a.name())
                .containsExactly("Jane Doe, Ph.D.", "Nora Vance");
    }

    /** A messages.csv moved into a folder of the export was passed over in silence: 0 messages, 0 skipped. */
    @Test
    void aDataFileInAFolderOfTheExportIsListedNotPassedOver(@TempDir Path tmp) throws IOException {
        Path export = tmp.resolve("linkedin");
        ExportLocatorTest.copyFolder(Fixtures.path("linkedin/complete-2024"), export);
        Files.createDirectories(export.resolve("m"));
        Files.move(export.resolve("messages.csv"), export.resolve("m/messages.csv"));

        ExportContents read = ExportContents.read(export);

        assertThat(read.bad()).extracting(b -> b.source().entry() + " | " + b.reason()).contains("m/messages.csv | not read:"
                + " a LinkedIn data file in a folder of the export, where LinkedIn does not write it (the export's files are"
                + " read at its root)");
    }
}
