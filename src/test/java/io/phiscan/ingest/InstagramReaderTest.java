package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.Visibility;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Instagram data downloads, JSON and HTML; fixtures in src/test/resources/instagram (see its README). */
class InstagramReaderTest {

    @Test
    void dmsAndCommentsOfThe2022LayoutAreRead() throws IOException {
        ExportRun run = ExportRun.of("instagram/json-2022");
        assertThat(run.export().platform()).isEqualTo(Platform.INSTAGRAM);
        assertThat(run.export().layout()).isEqualTo("instagram-json-2020");
        assertThat(run.export().account()).isEqualTo("nora.reads");
        assertThat(run.messages()).hasSize(8);
        assertThat(FacebookJsonReaderTest.count(run, Message::visibility))
                .isEqualTo(Map.of(Visibility.DIRECT, 4L, Visibility.GROUP, 2L, Visibility.PUBLIC, 2L));
        assertThat(run.messages(m -> m.text().contains("Liked a message") || m.text().contains("Reacted")
                || m.text().contains("sent an attachment") || m.text().contains("poll"))).isEmpty();
        Message lake = run.text("Saw your post about the lake 😍");
        assertThat(lake.author().name()).isEqualTo("Zoë Fixture");
        assertThat(lake.author().handle()).isEqualTo("zoe.fixture");
        assertThat(lake.at()).isEqualTo(Instant.parse("2022-07-01T12:00:00Z"));
        assertThat(run.messages(m -> m.attachments().contains("https://www.instagram.com/p/Cx0Fixture1/")))
                .singleElement().matches(m -> m.text().isEmpty());
    }

    @Test
    void commentsNameTheMediaOwnerAsRecipient() throws IOException {
        ExportRun run = ExportRun.of("instagram/json-2022");
        Message view = run.text("Gorgeous view! 😍");
        assertThat(view.direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(view.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(view.recipients()).extracting(a -> a.handle()).containsExactly("zoe.fixture");
        assertThat(view.at()).isEqualTo(Instant.parse("2022-07-02T09:00:00Z"));
        assertThat(run.text("Thanks all").recipients()).isEmpty();
    }

    @Test
    void aCommentEntryThatIsNotAValueObjectIsASkippedRecord() throws IOException {
        ExportRun run = ExportRun.of("instagram/comments-odd-entries");
        assertThat(run.messages()).extracting(Message::text).containsExactly("Loved the trail photos from Sunday!",
                "Congrats on the new clinic!");
        assertThat(run.bad()).extracting(b -> b.source().entry() + " " + b.source().position() + ": " + b.reason()).containsExactly(
                "your_instagram_activity/comments/post_comments_1.json element 1, line 20: a comment whose string_map_data"
                        + " entry 1 is a string where Meta writes {value, timestamp}; the comment was not read",
                "your_instagram_activity/comments/post_comments_1.json element 2, line 36: a comment whose string_map_data"
                        + " entry 1 is {value: an array} where Meta writes {value, timestamp}; the comment was not read");
    }

    @Test
    void aLegacyMessageOrCommentWhoseTextIsNotAStringIsASkippedRecord() throws IOException {
        ExportRun run = ExportRun.of("instagram/json-2019-odd-text");
        assertThat(run.messages()).extracting(Message::text).containsExactly("Hi Nora, hope the move went well!", "What a sunrise");
        assertThat(run.bad()).extracting(b -> b.source().entry() + " " + b.source().position() + ": " + b.reason()).containsExactly(
                "messages.json element 0, line 2, message 0: a message whose text is a JSON object, not a string; the message"
                        + " was not read",
                "comments.json element 1, line 8: a comment whose text is a JSON array, not a string; the comment was not read");
    }

    @Test
    void localizedKeysAreReadByStructure() throws IOException {
        ExportRun run = ExportRun.of("instagram/json-2024");
        assertThat(run.export().layout()).isEqualTo("instagram-json-2024");
        assertThat(run.export().account()).isEqualTo("nora.reads");
        assertThat(run.messages()).hasSize(4);
        Message dutch = run.text("Mooie foto! 👏");
        assertThat(dutch.recipients()).extracting(a -> a.handle()).containsExactly("casey.fixture");
        assertThat(dutch.at()).isEqualTo(Instant.parse("2024-04-05T18:30:00Z"));
        Message french = run.text("Trop drôle 😂");
        assertThat(french.recipients()).extracting(a -> a.handle()).containsExactly("zoe.fixture");
        assertThat(run.text("Yes! Can't wait 🌸").direction()).isEqualTo(Direction.OUTBOUND);
    }

    /**
     * A profile file that is not JSON any more (a closing brace lost): the owner is told from the
     * threads, as without a profile file, and the file is listed as skipped, where before it was
     * passed over as if it were not there.
     */
    @Test
    void aProfileFileThatDoesNotReadIsListedAndTheOwnerToldFromTheThreads(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws IOException {
        java.nio.file.Path export = tmp.resolve("json-2024");
        ExportLocatorTest.copyFolder(ExportRun.resource("instagram/json-2024"), export);
        java.nio.file.Path profile = export.resolve("personal_information/personal_information/personal_information.json");
        String text = java.nio.file.Files.readString(profile);
        String brace = "\"timestamp\": 0\n        },\n        \"Gebruikersnaam\"";
        assertThat(text).contains(brace);
        java.nio.file.Files.writeString(profile, text.replace(brace, "\"timestamp\": 0\n        \"Gebruikersnaam\""));

        ExportRun run = ExportRun.of(export);
        assertThat(run.export().account()).isEqualTo("Nora Vance");
        assertThat(run.export().notes()).anyMatch(n -> n.contains("one participant of all 1 thread(s): the profile file does not read"));
        assertThat(run.messages()).hasSize(4);
        assertThat(run.text("Yes! Can't wait 🌸").direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(run.bad()).singleElement().satisfies(b -> {
            assertThat(b.source().entry()).isEqualTo("personal_information/personal_information/personal_information.json");
            assertThat(b.source().position()).isEqualTo("line 10");
            assertThat(b.reason()).startsWith("invalid JSON at line 10").endsWith("; the profile file was not read, and the"
                    + " owner was told without it").doesNotContain("nora");
        });

        java.nio.file.Files.writeString(profile, text.substring(0, text.lastIndexOf('}')));
        assertThat(ExportRun.of(export).bad()).singleElement().satisfies(b -> assertThat(b.reason())
                .isEqualTo("invalid JSON at line 24, column 1: Unexpected end-of-input: expected close marker for Object;"
                        + " the profile file was not read, and the owner was told without it"));
    }

    @Test
    void theOlderCommentsWrapperAndItsPrintedDatesAreRead() throws IOException {
        ExportRun run = ExportRun.of("instagram/json-2021");
        assertThat(run.export().account()).isEqualTo("Nora Vance");
        assertThat(run.messages()).hasSize(5);
        assertThat(run.text("Lovely shot").localTime()).isFalse();
        Message old = run.text("What a day");
        assertThat(old.localTime()).isTrue();
        assertThat(old.at()).isEqualTo(Instant.parse("2017-04-19T03:35:00Z"));
    }

    @Test
    void anOwnerWithoutADisplayNameIsKnownByUserName(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) throws IOException {
        java.nio.file.Path info = temp.resolve("personal_information/personal_information.json");
        java.nio.file.Files.createDirectories(info.getParent());
        java.nio.file.Files.writeString(info, """
                {"profile_user": [{"string_map_data": {"Username": {"href": "", "value": "nora.reads", "timestamp": 0}}}]}
                """);
        FacebookJsonReaderTest.thread(temp, "messages/inbox/zoe.fixture_178456/message_1.json", "nora.reads", "Zoe Fixture", "hi");
        ExportRun run = ExportRun.of(temp);
        assertThat(run.export().account()).isEqualTo("nora.reads");
        assertThat(run.messages()).singleElement().matches(m -> m.direction() == Direction.INBOUND);
        FacebookJsonReaderTest.thread(temp, "messages/inbox/zoe.fixture_178457/message_1.json", "Zoe Fixture", "nora.reads", "hello");
        assertThat(ExportRun.of(temp).messages(m -> m.text().equals("hello")))
                .singleElement().matches(m -> m.direction() == Direction.OUTBOUND);
    }

    @Test
    void theHtmlVariantIsRead() throws IOException {
        ExportRun run = ExportRun.of("instagram/html-2023");
        assertThat(run.export().layout()).isEqualTo("instagram-html-2022");
        assertThat(run.messages()).hasSize(5).allMatch(Message::localTime);
        assertThat(run.bad()).isEmpty();
        assertThat(run.text("Gallery opening Friday? 🎨").author().handle()).isEqualTo("zoe.fixture");
        assertThat(run.text("See you at the gallery").direction()).isEqualTo(Direction.OUTBOUND);
        Message comment = run.text("Great shot");
        assertThat(comment.at()).isEqualTo(Instant.parse("2023-03-14T19:45:00Z"));
        assertThat(comment.recipients()).extracting(a -> a.handle()).containsExactly("casey.fixture");
    }

    @Test
    void theLayoutOfUntilLate2020IsRead() throws IOException {
        ExportRun run = ExportRun.of("instagram/json-2019");
        assertThat(run.export().platform()).isEqualTo(Platform.INSTAGRAM);
        assertThat(run.export().layout()).isEqualTo("instagram-json-2019");
        assertThat(run.export().account()).isEqualTo("nora.reads");
        assertThat(run.messages()).hasSize(6);
        assertThat(run.bad()).singleElement().matches(b -> b.source().position().equals("element 1, line 32, message 0")
                && b.reason().contains("created_at"));
        Message coffee = run.text("Coffee on Saturday?");
        assertThat(coffee.direction()).isEqualTo(Direction.INBOUND);
        assertThat(coffee.author().handle()).isEqualTo("zoe.fixture");
        assertThat(coffee.visibility()).isEqualTo(Visibility.DIRECT);
        assertThat(coffee.at()).isEqualTo(Instant.parse("2020-03-02T18:00:00Z"));
        assertThat(run.text("See you at the café ☕").direction()).as("mojibake repaired, the owner's").isEqualTo(Direction.OUTBOUND);
        assertThat(run.text("Hike Sunday?").visibility()).isEqualTo(Visibility.GROUP);
        assertThat(run.messages(m -> m.attachments().contains("https://scontent.example/v/lake.jpg")))
                .singleElement().matches(m -> m.text().isEmpty());
        assertThat(run.text("Lovely shot").recipients()).extracting(a -> a.handle()).containsExactly("zoe.fixture");
    }

    @Test
    void withoutAProfileTheOwnerIsTheUserInEveryConversation(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws IOException {
        java.nio.file.Path named = tmp.resolve("nora.reads_20200316");
        java.nio.file.Path other = tmp.resolve("backup_20200316");
        for (java.nio.file.Path copy : List.of(named, other)) {
            java.nio.file.Files.createDirectories(copy);
            java.nio.file.Files.copy(Fixtures.path("instagram/json-2019/messages.json"), copy.resolve("messages.json"));
        }
        ExportContents read = ExportContents.read(named);
        assertThat(read.export().account()).as("of the two users in both conversations, the one the download is named after")
                .isEqualTo("nora.reads");
        assertThat(read.export().notes()).anyMatch(n -> n.contains("every conversation"));
        assertThat(read.messages()).hasSize(4);
        try (ExportTree tree = ExportTree.open(other, ZipLimits.DEFAULT)) {
            // two users in both conversations, and the download named after neither: the owner is unknown, the messages read
            Export export = new InstagramLegacyReader().recognize(tree).orElseThrow();
            assertThat(export.account()).isEqualTo("unknown owner of backup_20200316");
            assertThat(export.notes()).anyMatch(n -> n.startsWith("the owner cannot be told"));
        }
    }

    /**
     * Instagram user names are case-insensitive: the owner {@code Nora.Reads} of profile.json
     * also writes as {@code nora.reads} and {@code NORA.READS}. Matched case-sensitively, the
     * owner's messages were read as inbound from a stranger, the owner was a recipient of their own
     * messages, their own post a counterpart's, and without profile.json the owner could not be told.
     */
    @Test
    void theLegacyOwnerIsMatchedWhateverTheCaseOfTheUserName(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws IOException {
        ExportRun run = ExportRun.of("instagram/json-2019-owner-case");
        assertThat(run.export().account()).isEqualTo("Nora.Reads");
        assertThat(run.messages()).hasSize(6);
        for (String own : List.of("Yes, nine to noon.", "Any time.")) {
            Message m = run.text(own);
            assertThat(m.direction()).as(own).isEqualTo(Direction.OUTBOUND);
            assertThat(m.author().handle()).as(own).isEqualTo("Nora.Reads");
        }
        assertThat(run.text("Yes, nine to noon.").recipients()).extracting(a -> a.handle()).containsExactly("zoe.fixture");
        assertThat(run.text("Any time.").recipients()).extracting(a -> a.handle()).containsExactly("casey.fixture");
        assertThat(run.text("Is the book club on Saturday?").direction()).isEqualTo(Direction.INBOUND);
        assertThat(run.text("Thanks for the tip!").recipients()).extracting(a -> a.handle()).containsExactly("Nora.Reads");
        assertThat(run.text("Thanks all").recipients()).as("a comment on the owner's own post").isEmpty();
        assertThat(run.text("Lovely shot").recipients()).extracting(a -> a.handle()).containsExactly("zoe.fixture");

        java.nio.file.Path noProfile = java.nio.file.Files.createDirectories(tmp.resolve("backup_20200316"));
        java.nio.file.Files.copy(Fixtures.path("instagram/json-2019-owner-case/messages.json"), noProfile.resolve("messages.json"));
        ExportContents read = ExportContents.read(noProfile);
        assertThat(read.export().account()).as("the one user in every conversation, as first written").isEqualTo("Nora.Reads");
        assertThat(read.where(m -> m.direction() == Direction.OUTBOUND)).extracting(Message::text)
                .containsExactlyInAnyOrder("Yes, nine to noon.", "Any time.");
    }

    @Test
    void aMessagesJsonOfAnotherShapeIsNoLegacyInstagramDownload(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws IOException {
        java.nio.file.Files.writeString(tmp.resolve("messages.json"), "{\"messages\": []}");
        try (ExportTree tree = ExportTree.open(tmp, ZipLimits.DEFAULT)) {
            assertThat(new InstagramLegacyReader().recognize(tree)).isEmpty();
        }
    }
}
