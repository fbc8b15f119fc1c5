package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.Visibility;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The X reader against the fixtures of src/test/resources/twitter (see the README there). */
class TwitterArchiveReaderTest {
    static final Path FIXTURES = Path.of("src/test/resources/twitter");
    static final String OWNER_ID = "1029384756102938475";

    static Stream<Arguments> counts() {
        // fixture, layout, tweets, 1:1 DMs, group DMs, encrypted, skipped
        return Stream.of(
                Arguments.of("current-2024", "x-2022", 5, 8, 2, 2, 0),
                Arguments.of("current-2024.zip", "x-2022", 5, 8, 2, 2, 0),
                Arguments.of("no-manifest-2023", "x-2022", 4, 3, 2, 0, 0),
                Arguments.of("gen1-2019", "x-2018", 3, 3, 2, 0, 0),
                Arguments.of("gen1-2021", "x-2018", 3, 4, 0, 0, 0),
                Arguments.of("malformed-record", "x-2022", 4, 2, 0, 0, 2),
                Arguments.of("truncated", "x-2022", 2, 2, 0, 0, 1),
                Arguments.of("entities", "x-2022", 4, 2, 0, 0, 0),
                Arguments.of("semicolon-end", "x-2022", 2, 0, 0, 0, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counts")
    void readsEveryRecordOfEachLayout(String fixture, String layout, int tweets, int dms, int groups, int encrypted,
            int skipped) throws IOException {
        ExportContents c = ExportContents.read(FIXTURES.resolve(fixture));
        assertThat(c.export().platform()).isEqualTo(Platform.TWITTER);
        assertThat(c.export().layout()).isEqualTo(layout);
        assertThat(c.export().owner().id()).isEqualTo(OWNER_ID);
        assertThat(c.export().account()).isEqualTo("DrNoraVance");
        assertThat(c.tweets()).hasSize(tweets);
        assertThat(c.directMessages()).hasSize(dms);
        assertThat(c.groupMessages()).hasSize(groups);
        assertThat(c.encrypted()).hasSize(encrypted);
        assertThat(c.bad()).hasSize(skipped);
        assertThat(c.messages()).allSatisfy(m -> assertThat(m.account()).isEqualTo("DrNoraVance"));
        assertThat(c.messages().stream().map(Message::id).distinct()).hasSize(c.messages().size());
    }

    @Test
    void tweetsArePublicOutboundWithRepliesAndMentions() throws IOException {
        ExportContents c = ExportContents.read(FIXTURES.resolve("current-2024"));
        Message reply = c.byNativeId("1792602233241314936");
        assertThat(reply.text()).isEqualTo("@casey_fixture Thanks for the kind words! See you at the spring fair.");
        assertThat(reply.direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(reply.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(reply.recipients()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("1188776655443322110");
            assertThat(r.handle()).isEqualTo("casey_fixture");
        });
        assertThat(c.byNativeId("1766071364615961832").text()).isEqualTo("Spring hours start next week & parking is free.");
        assertThat(c.tweets()).extracting(Message::nativeId).containsExactlyInAnyOrder("1792602233241314936",
                "1786032896211749419", "1779817063512132657", "1766071364615961832", "1745000020181649012");
    }

    /**
     * A note whose createdAt is not a date cannot be joined to its post: it is listed saying so,
     * and the post keeps its shortened text. Before, skipped.csv said only "element not in the
     * expected shape: DateTimeParseException".
     */
    @Test
    void aNoteWithAnUnreadableDateIsListedSayingSo(@TempDir Path tmp) throws IOException {
        Path archive = tmp.resolve("archive");
        ExportLocatorTest.copyFolder(FIXTURES.resolve("current-2024"), archive);
        Path notes = archive.resolve("data/note-tweet.js");
        Files.writeString(notes, Files.readString(notes).replace("\"createdAt\" : \"2024-05-02T14:00:00.000Z\"",
                "\"createdAt\" : \"Thursday\""));
        ExportContents c = ExportContents.read(archive);
        assertThat(c.bad()).extracting(b -> b.source().entry() + " " + b.source().position() + ": " + b.reason())
                .containsExactly("data/note-tweet.js element 0, line 2: a note whose createdAt is not an ISO-8601 time;"
                        + " it cannot be joined to its post, which keeps its shortened text");
        assertThat(c.byNativeId("1786032896211749419").text()).startsWith("Spring fair update for families:").hasSizeLessThan(378);
        assertThat(c.tweets()).hasSize(5);
    }

    @Test
    void longPostGetsItsFullTextFromTheNoteTweet() throws IOException {
        Message note = ExportContents.read(FIXTURES.resolve("current-2024")).byNativeId("1786032896211749419");
        assertThat(note.text()).startsWith("Spring fair update for families:")
                .endsWith("so we can hand out name tags and aprons. See you there!").hasSize(378);
        assertThat(note.at()).isEqualTo(Instant.parse("2024-05-02T14:00:00Z"));
    }

    @Test
    void splitConversationIsOneConversationInTimeOrder() throws IOException {
        ExportContents c = ExportContents.read(FIXTURES.resolve("current-2024"));
        assertThat(c.conversation("dm:3141592653-1029384756102938475")).containsExactly("Hello doctor",
                "Hi, how can I help?", "What time does the fair start?", "It starts at 10.", "Thanks!");
        assertThat(c.directMessages()).filteredOn(m -> m.conversationId().equals("dm:3141592653-1029384756102938475"))
                .extracting(Message::at).contains(Instant.parse("2024-05-10T09:01:00.100Z"),
                        Instant.parse("2024-05-11T10:05:00.500Z"));
        assertThat(c.directMessages()).filteredOn(m -> m.direction() == Direction.INBOUND).hasSize(5);
        assertThat(c.directMessages()).filteredOn(m -> m.direction() == Direction.OUTBOUND).hasSize(3);
    }

    @Test
    void correspondentHandlesAreRecoveredFromTweetsWhereTheArchiveHasThem() throws IOException {
        ExportContents c = ExportContents.read(FIXTURES.resolve("current-2024"));
        assertThat(c.where(m -> m.direction() == Direction.INBOUND && "1188776655443322110".equals(m.author().id())))
                .isNotEmpty().allSatisfy(m -> assertThat(m.author().handle()).isEqualTo("casey_fixture"));
        assertThat(c.where(m -> "3141592653".equals(m.author().id())))
                .isNotEmpty().allSatisfy(m -> assertThat(m.author().handle()).isNull());
        assertThat(c.where(m -> m.direction() == Direction.OUTBOUND)).allSatisfy(m ->
                assertThat(m.author().handle()).isEqualTo("DrNoraVance"));
    }

    @Test
    void groupMessagesAreGroupVisibilityAndNonMessageEventsAreNotMessages() throws IOException {
        ExportContents c = ExportContents.read(FIXTURES.resolve("current-2024"));
        assertThat(c.groupMessages()).extracting(Message::text)
                .containsExactlyInAnyOrder("Meeting moved to 3pm.", "Agenda tomorrow.");
        assertThat(c.groupMessages()).allSatisfy(m -> {
            assertThat(m.conversationId()).isEqualTo("dm:1791234567890123456");
            assertThat(m.recipients()).isEmpty();
        });
    }

    @Test
    void encryptedMessagesAreCountedNeverRead() throws IOException {
        ExportContents c = ExportContents.read(FIXTURES.resolve("current-2024"));
        assertThat(c.encrypted()).hasSize(2).allSatisfy(e ->
                assertThat(e.conversationId()).isEqualTo("1029384756102938475:1188776655443322110"));
    }

    @Test
    void headersFilesAreNotReadAsTweetsOrMessages() throws IOException {
        ExportContents c = ExportContents.read(FIXTURES.resolve("no-manifest-2023"));
        assertThat(c.tweets()).extracting(Message::text).containsExactlyInAnyOrder(
                "Summer hours: open until 7pm on Thursdays.", "Thank you @casey_fixture for the flowers!",
                "New parking lot is open.", "Happy new year from the whole team.");
    }

    @Test
    void bareTweetsOfTheFirstGenerationAreRead() throws IOException {
        ExportContents c = ExportContents.read(FIXTURES.resolve("gen1-2019"));
        Message reply = c.byNativeId("1106117762872582111");
        assertThat(reply.text()).isEqualTo("@casey_fixture Happy Pi Day to you too");
        assertThat(reply.inReplyTo()).isEqualTo("1106112729708187000");
        assertThat(c.byNativeId("1130503446330553175").at()).isEqualTo(Instant.parse("2019-05-20T16:00:00Z"));
        assertThat(c.conversation("dm:3141592653-1029384756102938475"))
                .containsExactly("Can we meet Tuesday?", "Tuesday works.", "See you then");
    }

    @Test
    void aBrokenElementIsSkippedWithItsPositionAndTheRestIsRead() throws IOException {
        ExportContents c = ExportContents.read(FIXTURES.resolve("malformed-record"));
        assertThat(c.tweets()).extracting(Message::text)
                .containsExactlyInAnyOrder("Post one.", "Post two & more.", "Post four.", "Post five.");
        assertThat(c.directMessages()).extracting(Message::text).containsExactlyInAnyOrder("First", "Third");
        assertThat(c.bad()).hasSize(2);
        IngestRecord.Bad tweet = c.bad().get(0);
        assertThat(tweet.source().entry()).isEqualTo("data/tweets.js");
        assertThat(tweet.source().position()).isEqualTo("element 2, line 72");
        assertThat(tweet.reason()).contains("invalid JSON at line 100, column 7");
        IngestRecord.Bad dm = c.bad().get(1);
        assertThat(dm.source().entry()).isEqualTo("data/direct-messages.js");
        assertThat(dm.source().position()).isEqualTo("element 0, line 2, message 1");
        assertThat(dm.reason()).contains("1753720229855474303").contains("createdAt");
    }

    @Test
    void aTruncatedFileKeepsEveryCompleteElement() throws IOException {
        ExportContents c = ExportContents.read(FIXTURES.resolve("truncated"));
        assertThat(c.tweets()).extracting(Message::text).containsExactlyInAnyOrder("Alpha post.", "Beta post.");
        assertThat(c.bad()).singleElement().satisfies(b -> {
            assertThat(b.source().entry()).isEqualTo("data/tweets.js");
            assertThat(b.source().position()).isEqualTo("element 2, line 72");
            assertThat(b.reason()).contains("truncated");
        });
        assertThat(c.directMessages()).hasSize(2);
    }

    /**
     * An account.js element whose account names nothing (no id, user name or display name) is
     * listed saying so; it was listed as "element not in the expected shape:
     * IllegalArgumentException". The owner comes from the manifest and the archive is read.
     */
    @Test
    void anAccountThatNamesNoAccountIsListedSayingSo(@TempDir Path tmp) throws IOException {
        Path archive = tmp.resolve("archive");
        ExportLocatorTest.copyFolder(FIXTURES.resolve("current-2024"), archive);
        Files.writeString(archive.resolve("data/account.js"), "window.YTD.account.part0 = [ {\n  \"account\" : { }\n} ]\n");
        ExportContents c = ExportContents.read(archive);
        assertThat(c.bad()).extracting(b -> b.source().entry() + " " + b.source().position() + ": " + b.reason())
                .containsExactly("data/account.js element 0, line 1: an account that names no account"
                        + " (no accountId, username or accountDisplayName)");
        assertThat(c.tweets()).hasSize(5);
        assertThat(c.directMessages()).hasSize(8);
    }

    /**
     * An archive without manifest.js that lost account.js is read: the owner is the one person of
     * every one-to-one conversation, account.js is listed as missing, and the reader is told how the
     * owner was found.
     */
    @Test
    void anArchiveWithoutItsAccountFileTellsItsOwnerFromTheConversations(@TempDir Path tmp) throws IOException {
        ExportContents named = ExportContents.read(FIXTURES.resolve("no-manifest-2023"));
        Path archive = tmp.resolve("archive");
        ExportLocatorTest.copyFolder(FIXTURES.resolve("no-manifest-2023"), archive);
        Files.delete(archive.resolve("data/account.js"));

        ExportContents c = ExportContents.read(archive);

        assertThat(c.export().owner().id()).isEqualTo(OWNER_ID);
        assertThat(c.export().account()).isEqualTo(OWNER_ID);
        assertThat(c.messages()).extracting(m -> m.nativeId() + " " + m.direction() + " " + m.visibility())
                .containsExactlyInAnyOrderElementsOf(named.messages().stream()
                        .map(m -> m.nativeId() + " " + m.direction() + " " + m.visibility()).toList());
        assertThat(c.bad()).extracting(b -> b.source().entry() + ": " + b.reason()).containsExactly("data/account.js: not in the"
                + " archive, and the archive has no manifest.js: the owner is told from the direct messages, if they can tell");
        assertThat(c.export().notes()).containsExactly("the owner cannot be read from account.js or manifest.js; account "
                + OWNER_ID + " is told as the owner: it takes part in every one of the 2 one-to-one conversations of the direct messages");
    }

    /**
     * When the one-to-one conversations cannot tell the owner (here there is one, and either of its
     * two people may be the owner), the archive is still read: its tweets as the owner's, every
     * direct message as inbound, and the reader is told why.
     */
    @Test
    void anArchiveWhoseOwnerCannotBeToldIsReadWithEveryMessageInbound(@TempDir Path tmp) throws IOException {
        Path archive = tmp.resolve("archive");
        ExportLocatorTest.copyFolder(FIXTURES.resolve("no-manifest-2023"), archive);
        Files.delete(archive.resolve("data/account.js"));
        Path dms = archive.resolve("data/direct-messages.js");
        String text = Files.readString(dms);
        // the second conversation is dropped: its element begins at the second dmConversation's brace
        int second = text.lastIndexOf("  {\n    \"dmConversation\"");
        Files.writeString(dms, text.substring(0, text.lastIndexOf(',', second)) + "\n]");

        ExportContents c = ExportContents.read(archive);

        assertThat(c.export().owner().id()).isNull();
        assertThat(c.export().account()).isEqualTo("unknown owner of archive");
        assertThat(c.tweets()).hasSize(4).allSatisfy(m -> assertThat(m.direction()).isEqualTo(Direction.OUTBOUND));
        assertThat(c.directMessages()).hasSize(2).allSatisfy(m -> assertThat(m.direction()).isEqualTo(Direction.INBOUND));
        assertThat(c.groupMessages()).hasSize(2);
        assertThat(c.export().notes()).containsExactly("the owner cannot be told (not from account.js or manifest.js, and its one"
                + " one-to-one conversation does not tell which of its two people is the owner): the tweets are read as the owner's"
                + " and every direct message as inbound");
    }

    /**
     * An {@code account.js} whose {@code window.YTD} line is damaged, in an archive whose
     * manifest names the owner: the owner is the manifest's, and the damaged file is listed,
     * where before it was passed over in silence.
     */
    @Test
    void aDamagedAccountFileIsListedWhenTheManifestNamesTheOwner(@TempDir Path tmp) throws IOException {
        Path archive = tmp.resolve("archive");
        ExportLocatorTest.copyFolder(FIXTURES.resolve("current-2024"), archive);
        Path account = archive.resolve("data/account.js");
        String text = Files.readString(account);
        assertThat(text).startsWith("window.YTD.account.part0 = [\n  {\n    \"account\" : {\n");
        Files.writeString(account, "window.YTD.a" + text.substring(text.indexOf("      \"email\"")));

        ExportContents c = ExportContents.read(archive);
        ExportContents whole = ExportContents.read(FIXTURES.resolve("current-2024"));
        assertThat(c.export().owner().id()).isNotNull().isEqualTo(whole.export().owner().id());
        assertThat(c.messages()).hasSameSizeAs(whole.messages());
        assertThat(c.bad()).extracting(b -> b.source().entry() + ": " + b.reason()).containsExactly(
                "data/account.js: not read: it is not an X account file: the owner is read from manifest.js");
    }

    /**
     * A data file that does not begin with its {@code window.YTD} line (empty, saved in UTF-16)
     * is a skipped record naming it, not a file passed over in silence; the others are read.
     */
    @Test
    void aMessageFileThatIsEmptyOrInUtf16IsSkippedAndNamed(@TempDir Path tmp) throws IOException {
        Path archive = tmp.resolve("archive");
        ExportLocatorTest.copyFolder(FIXTURES.resolve("current-2024"), archive);
        Files.write(archive.resolve("data/direct-messages-group.js"), new byte[0]);
        Path part2 = archive.resolve("data/tweets-part2.js");
        Files.writeString(part2, Files.readString(part2), StandardCharsets.UTF_16);
        ExportContents c = ExportContents.read(archive);
        assertThat(c.bad()).extracting(b -> b.source().entry() + ": " + b.reason()).containsExactly(
                "data/direct-messages-group.js: not read: the file does not begin as an X data file does (window.YTD.… = [):"
                        + " it is empty",
                "data/tweets-part2.js: not read: the file does not begin as an X data file does (window.YTD.… = [):"
                        + " it is in UTF-16, not in UTF-8 as the platform writes it");
        assertThat(c.tweets()).hasSize(4);
        assertThat(c.directMessages()).hasSize(8);
    }

    /**
     * A direct-messages file cut inside a conversation keeps that conversation's messages that
     * are whole before the cut; the cut one is the record skipped.
     */
    @Test
    void aConversationCutByTheEndOfTheFileKeepsItsWholeMessages(@TempDir Path tmp) throws IOException {
        Path archive = tmp.resolve("archive");
        ExportLocatorTest.copyFolder(FIXTURES.resolve("current-2024"), archive);
        Path dms = archive.resolve("data/direct-messages.js");
        String whole = Files.readString(dms);
        Files.writeString(dms, whole.substring(0, whole.indexOf("\"text\" : \"Which booth are you at?\"")));
        ExportContents c = ExportContents.read(archive);
        assertThat(c.conversation("dm:1029384756102938475-1188776655443322110"))
                .containsExactlyInAnyOrder("Booth 4, near the entrance.", "See you there");
        assertThat(c.directMessages()).hasSize(7);
        assertThat(c.bad()).singleElement().satisfies(b -> {
            assertThat(b.source().entry()).isEqualTo("data/direct-messages.js");
            assertThat(b.source().position()).isEqualTo("element 2, line 81");
            assertThat(b.reason()).isEqualTo("the file ends inside this element (truncated?); the 2 record(s) complete"
                    + " before that point are read");
        });
        assertThat(c.byNativeId("1792827920349478899").source().position()).isEqualTo("element 2, line 81, message 1");
    }

    /** Bytes that are not UTF-8 in one message of a conversation skip that message, not the conversation. */
    @Test
    void aMessageWithBytesThatAreNotUtf8IsSkippedAloneAndItsConversationIsRead(@TempDir Path tmp) throws IOException {
        Path archive = tmp.resolve("archive");
        ExportLocatorTest.copyFolder(FIXTURES.resolve("current-2024"), archive);
        Path dms = archive.resolve("data/direct-messages.js");
        byte[] bytes = Files.readAllBytes(dms);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("Booth 4") + "Booth ".length();
        bytes[at] = (byte) 0xFF;
        Files.write(dms, bytes);
        ExportContents c = ExportContents.read(archive);
        assertThat(c.conversation("dm:1029384756102938475-1188776655443322110"))
                .containsExactlyInAnyOrder("Which booth are you at?", "See you there");
        assertThat(c.directMessages()).hasSize(7);
        assertThat(c.bad()).singleElement().satisfies(b -> {
            assertThat(b.source().position()).isEqualTo("element 2, line 81, message 1");
            assertThat(b.reason()).startsWith("invalid JSON at line 102, column").contains("UTF-8").doesNotContain("Booth");
        });
    }

    @Test
    void entitiesAreDecodedExactlyOnce() throws IOException {
        ExportContents c = ExportContents.read(FIXTURES.resolve("entities"));
        assertThat(c.byNativeId("1808923729721853941").text()).isEqualTo("Potluck tonight: mac & cheese, salad & pie");
        assertThat(c.byNativeId("1808470744891141957").text()).isEqualTo("We <3 our nurses");
        assertThat(c.byNativeId("1808108357024834645").text()).isEqualTo("5 > 3 and 3 < 5");
        assertThat(c.byNativeId("1807745969158099011").text()).isEqualTo("Tip: in HTML, type &times; to get the × sign");
        assertThat(c.directMessages()).extracting(Message::text)
                .containsExactlyInAnyOrder("see you at 5 <- moved from 4", " https://t.co/abc");
        assertThat(c.directMessages()).filteredOn(m -> m.text().equals(" https://t.co/abc"))
                .singleElement().satisfies(m -> assertThat(m.attachments()).containsExactly("photo"));
    }

    @Test
    void windowsLineEndingsAndATrailingSemicolonAreRead() throws IOException {
        ExportContents c = ExportContents.read(FIXTURES.resolve("semicolon-end"));
        assertThat(c.byNativeId("1819312181871264635").text()).isEqualTo("Line one\nLine two");
        assertThat(c.byNativeId("1818949794003826149").text()).isEqualTo("Hand-made file, last tweet.");
    }

    @Test
    void readingTwiceGivesTheSameIds() throws IOException {
        var first = ExportContents.read(FIXTURES.resolve("current-2024")).messages().stream().map(Message::id).sorted().toList();
        var zipped = ExportContents.read(FIXTURES.resolve("current-2024.zip")).messages().stream().map(Message::id).sorted().toList();
        assertThat(zipped).isEqualTo(first);
    }
}
