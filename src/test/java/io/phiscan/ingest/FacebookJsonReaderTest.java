package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.Visibility;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facebook "Download Your Information" in JSON; fixtures in src/test/resources/facebook (see its README). */
class FacebookJsonReaderTest {

    @TempDir
    Path temp;

    @Test
    void the2018LayoutIsReadWhole() throws IOException {
        ExportRun run = ExportRun.of("facebook/json-2018");
        assertThat(run.export().platform()).isEqualTo(Platform.FACEBOOK);
        assertThat(run.export().layout()).isEqualTo("facebook-json-2018");
        assertThat(run.export().account()).isEqualTo("Nora Vance");
        assertThat(run.messages()).hasSize(21);
        assertThat(run.bad()).isEmpty();
        assertThat(count(run, Message::direction)).isEqualTo(Map.of(Direction.OUTBOUND, 9L, Direction.INBOUND, 12L));
        assertThat(count(run, Message::visibility)).isEqualTo(Map.of(Visibility.DIRECT, 13L, Visibility.GROUP, 4L,
                Visibility.PUBLIC, 4L));
        assertThat(run.messages(m -> m.author().name().equals("Nora Vance"))).hasSize(9)
                .allMatch(m -> m.direction() == Direction.OUTBOUND);
    }

    @Test
    void aThreadSplitOverSeveralFilesIsOneConversation() throws IOException {
        ExportRun run = ExportRun.of("facebook/json-2018");
        List<Message> thread = run.messages(m -> m.conversationId().equals("inbox/zoefixture_1029384756"));
        assertThat(thread).hasSize(5);
        assertThat(thread.stream().map(m -> m.source().entry().replaceAll(".*/", "")).toList())
                .containsExactly("message_1.json", "message_1.json", "message_1.json", "message_2.json", "message_2.json");
        assertThat(thread.get(4).at()).isEqualTo(Instant.parse("2023-03-01T10:00:00Z"));
        assertThat(thread.get(1).at()).isEqualTo(Instant.parse("2023-03-01T10:03:30.250Z"));
    }

    @Test
    void everySectionOfEveryRootIsRead() throws IOException {
        assertThat(conversations("facebook/json-2018")).containsExactlyInAnyOrder("archived_threads/oldfriend_1111111111",
                "filtered_threads/facebookuser_2222222222", "inbox/bookclub_7777777777", "inbox/caseyfixture_5647382910",
                "inbox/zoefixture_1029384756", "message_requests/unknownsender_3333333333");
        assertThat(conversations("facebook/json-2024")).containsExactlyInAnyOrder("inbox/zoefixture_1029384756",
                "e2ee_cutover/caseyfixture_5647382910");
        assertThat(conversations("facebook/json-2025")).containsExactlyInAnyOrder("inbox/zoefixture_1029384756",
                "inbox/caseyfixture_5647382910", "inbox/bookclub_7777777777");
        assertThat(ExportRun.of("facebook/json-2024").export().layout()).isEqualTo("facebook-json-2024");
        assertThat(ExportRun.of("facebook/json-2025").export().layout()).isEqualTo("facebook-json-2025");
    }

    @Test
    void systemLinesUnsentMessagesAndCallsAreNotText() throws IOException {
        List<Message> casey = ExportRun.of("facebook/json-2018").messages(m -> m.conversationId().equals("inbox/caseyfixture_5647382910"));
        assertThat(casey).extracting(Message::text).containsExactly("", "Here is the reading list https://example.org/books",
                "Yes! I'll bring the snacks.", "Are you coming to the book club on Thursday?");
        assertThat(casey.get(0).attachments()).containsExactly("messages/inbox/caseyfixture_5647382910/photos/2002_n.jpg");
        assertThat(casey.get(1).attachments()).containsExactly("https://example.org/books");
    }

    @Test
    void anAttachmentOnlyMessageIsKeptWithEmptyText() throws IOException {
        ExportRun run = ExportRun.of("facebook/json-2018");
        Message menu = run.messages(m -> m.attachments().contains("messages/inbox/zoefixture_1029384756/files/menu.pdf")).get(0);
        assertThat(menu.text()).isEmpty();
        assertThat(menu.author().name()).isEqualTo("Zoë Fixture");
        assertThat(menu.direction()).isEqualTo(Direction.INBOUND);
    }

    /**
     * A message with nothing but an attachment Meta writes in another shape (photos as a string, a
     * sticker without a uri) is skipped saying so; before, it was dropped as if it held nothing.
     */
    @Test
    void anAttachmentThatNamesNoFileIsASkippedRecord() throws IOException {
        ExportRun run = ExportRun.of("facebook/odd-media");
        assertThat(run.messages()).extracting(Message::text).containsExactly("", "Send me a picture");
        assertThat(run.messages().get(0).attachments()).containsExactly("messages/inbox/zoefixture_1029384756/photos/2_n.jpg");
        assertThat(run.bad()).extracting(b -> b.source().position() + ": " + b.reason()).containsExactly(
                "element 1, line 22: a message whose photos name no file (a string where Meta writes a list of {uri});"
                        + " the message was not read",
                "element 2, line 28: a message whose sticker names no file (an object without a uri where Meta writes"
                        + " {uri}); the message was not read");
    }

    /**
     * A message's closing line lost (deleted, or its bracket left open): the message runs on into
     * the ones after it up to the array's end. The messages after it are found again by the lines
     * that open them and read, with the ids a whole file gives; the broken one is skipped. Before,
     * the thread's messages from the damage on were one skipped record.
     */
    @Test
    void aMessageWhoseClosingLineIsLostCostsOnlyThatMessage() throws IOException {
        Path export = temp.resolve("lost-close");
        ExportLocatorTest.copyFolder(ExportRun.resource("facebook/json-2018"), export);
        Path thread = export.resolve("messages/inbox/bookclub_7777777777/message_1.json");
        List<String> lines = Files.readAllLines(thread);
        assertThat(lines.get(22)).isEqualTo("    },");
        lines.remove(22);
        Files.write(thread, lines);

        ExportRun run = ExportRun.of(export);
        ExportRun whole = ExportRun.of("facebook/json-2018");
        java.util.function.Predicate<Message> bookClub = m -> m.conversationId().equals("inbox/bookclub_7777777777");
        assertThat(run.messages(bookClub)).extracting(Message::text).containsExactly("ok", "ok", "Hi all");
        assertThat(run.messages(bookClub)).extracting(Message::id).containsExactlyElementsOf(whole.messages(bookClub).stream()
                .filter(m -> !m.text().startsWith("Chapter")).map(Message::id).toList());
        assertThat(run.messages()).hasSize(whole.messages().size() - 1);
        assertThat(run.bad()).extracting(b -> b.source().position() + ": " + b.reason()).first().asString()
                .startsWith("element 0, line 17: invalid JSON at line 23");
        assertThat(run.bad()).extracting(b -> b.source().position()).containsExactly("element 0, line 17", "element 1, line 57",
                "element 2, line 57");
    }

    /**
     * The lines that open the messages copied into the first message (a stretch of the file
     * written twice): the first message now holds the others in a "messages" array of its own,
     * and the whole still parses, as one message without a timestamp. The lines that open
     * messages at the messages' indentation tell it: they are read each on their own. Before,
     * the thread's messages were one skipped record.
     */
    @Test
    void messagesNestedInACopyOfTheLinesThatOpenThemAreRead() throws IOException {
        Path export = temp.resolve("nested");
        ExportLocatorTest.copyFolder(ExportRun.resource("facebook/json-2018"), export);
        Path thread = export.resolve("messages/inbox/bookclub_7777777777/message_1.json");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(thread));
        assertThat(lines.get(15)).isEqualTo("  \"messages\": [");
        lines.addAll(18, List.copyOf(lines.subList(15, 18)));
        Files.write(thread, lines);

        ExportRun run = ExportRun.of(export);
        ExportRun whole = ExportRun.of("facebook/json-2018");
        java.util.function.Predicate<Message> bookClub = m -> m.conversationId().equals("inbox/bookclub_7777777777");
        assertThat(run.messages(bookClub)).extracting(Message::id).containsExactlyElementsOf(
                whole.messages(bookClub).stream().map(Message::id).toList());
        assertThat(run.bad()).extracting(b -> b.source().position() + ": " + b.reason()).hasSize(2).first().asString()
                .startsWith("element 0, line 17: invalid JSON");
    }

    /**
     * A thread file whose participants hold a byte that is not UTF-8: the file is one skipped
     * record, and its messages are still read, with the participants read with that byte
     * replaced (the thread stays a group). Before, the whole file was skipped, its messages with it.
     */
    @Test
    void aThreadWhoseParticipantsHoldABadByteKeepsItsMessages() throws IOException {
        Path export = damagedBookClubHead("Ravi\u00A6 Fixture".replace("\u00A6", "\uFFFF"), (byte) 0xA6);
        ExportRun run = ExportRun.of(export);
        ExportRun whole = ExportRun.of("facebook/json-2018");
        assertThat(run.messages(m -> m.conversationId().equals("inbox/bookclub_7777777777"))).hasSize(4)
                .allMatch(m -> m.visibility() == Visibility.GROUP)
                .map(Message::text).containsExactlyElementsOf(whole.messages(m -> m.conversationId().equals(
                        "inbox/bookclub_7777777777")).stream().map(Message::text).toList());
        assertThat(run.bad()).singleElement().satisfies(b -> {
            assertThat(b.source().entry()).isEqualTo("messages/inbox/bookclub_7777777777/message_1.json");
            assertThat(b.source().position()).isEqualTo("line 1");
            assertThat(b.reason()).startsWith("invalid JSON at line 13").endsWith("; the members before the records (a thread's"
                    + " participants) were read with the bytes that are not UTF-8 replaced, and the records after them");
        });
    }

    /**
     * A thread's top level broken before its messages (a quote too many or a bracket lost among
     * the participants: the rest of the file no longer reads as members): the file is read again
     * from the line that opens its messages, which are read without the participants. Before,
     * the whole file was one skipped record.
     */
    @Test
    void aThreadWhoseTopLevelBreaksBeforeItsMessagesKeepsThem() throws IOException {
        for (String[] damage : new String[][] {{"\"name\": \"Ravi Fixture\"", "\"name\": \"Ravi \"Fixture\""},
                {"      \"name\": \"Nora Vance\"\n    },", "      \"name\": \"Nora Vance\"\n"}}) {
            ExportRun run = ExportRun.of(bookClubWith("broken-top-" + damage[1].length(), damage[0], damage[1]));
            assertBookClubWhole(run);
            assertThat(run.bad()).singleElement().satisfies(b -> {
                assertThat(b.source().entry()).isEqualTo("messages/inbox/bookclub_7777777777/message_1.json");
                assertThat(b.reason()).endsWith("; the records after line 16, where the messages array opens, were read"
                        + " without the members before it (a thread's participants)");
            });
        }
    }

    /**
     * Bytes lost from the last participant's name to the name of the messages member, so that no
     * line opens the messages array any more: the messages are read from the line that opens
     * the first of them. Before, every message of the thread was lost with one skipped record.
     */
    @Test
    void aThreadWhoseMessagesLineIsLostKeepsItsMessages() throws IOException {
        ExportRun run = ExportRun.of(bookClubWith("messages-line-lost",
                "\"name\": \"Ravi Fixture\"\n    }\n  ],\n  \"messages\": [", "\"name\": \"Ravi Fes\": ["));
        assertBookClubWhole(run);
        assertThat(run.bad()).singleElement().satisfies(b -> {
            assertThat(b.source().entry()).isEqualTo("messages/inbox/bookclub_7777777777/message_1.json");
            assertThat(b.reason()).startsWith("the file ends inside a top-level member").endsWith("; no line opens the messages"
                    + " array, and the records from line 14, where the first message opens, were read without the members"
                    + " before them (a thread's participants)");
        });
        assertThat(run.messages(BOOK_CLUB).get(1).source().position()).as("the lines are the file's")
                .isEqualTo(ExportRun.of("facebook/json-2018").messages(BOOK_CLUB).get(1).source().position()
                        .replace("line 24", "line 21"));
    }

    /**
     * A stray {@code ]} between two messages: the messages after it are still read, and the
     * bracket is listed. Before, the array ended there and the messages after it were lost
     * without a word.
     */
    @Test
    void aStrayClosingBracketBetweenMessagesKeepsTheMessagesAfterIt() throws IOException {
        ExportRun run = ExportRun.of(bookClubWith("stray-bracket", "    },\n    {\n      \"sender_name\": \"Casey Fixture\"",
                "    },\n    ]{\n      \"sender_name\": \"Casey Fixture\""));
        assertBookClubWhole(run);
        assertThat(run.bad()).singleElement().satisfies(b -> {
            assertThat(b.source().entry()).isEqualTo("messages/inbox/bookclub_7777777777/message_1.json");
            assertThat(b.source().position()).endsWith("line 24");
            assertThat(b.reason()).isEqualTo("a closing bracket of the array before this element, whose elements go on after it");
        });
    }

    /**
     * A cut from the name of a message's content into a later member's name ({@code "contenr_viewer"}):
     * the message, left with nothing in it, is listed. Before, it was dropped as an empty message
     * without a word.
     */
    @Test
    void aMessageWhoseContentIsCutIntoAnotherMemberIsListed() throws IOException {
        ExportRun run = ExportRun.of(bookClubWith("content-cut",
                "\"content\": \"Chapter 3 for next week?\",\n      \"type\": \"Generic\",\n      \"is_geoblocked_for_viewer\"",
                "\"contenr_viewer\""));
        List<String> whole = ExportRun.of("facebook/json-2018").messages(BOOK_CLUB).stream().map(Message::text).toList();
        assertThat(whole.get(0)).isEqualTo("Chapter 3 for next week?");
        assertThat(run.messages(BOOK_CLUB)).extracting(Message::text).containsExactlyElementsOf(whole.subList(1, whole.size()));
        assertThat(run.bad()).singleElement().satisfies(b -> {
            assertThat(b.source().position()).isEqualTo("element 0, line 17");
            assertThat(b.reason()).isEqualTo("a message with no text or attachment, and a member Meta is not known to write"
                    + " (damaged, or a newer layout); the message was not read");
        });
        assertThat(ExportRun.of("facebook/json-2018").bad()).as("every member the fixtures' messages hold is known").isEmpty();
    }

    /** The same byte between two members: the head does not read even so, and the messages are read without it. */
    @Test
    void aThreadWhoseHeadDoesNotReadAtAllKeepsItsMessages() throws IOException {
        Path export = damagedBookClubHead("\uFFFF\"name\": \"Ravi Fixture\"", (byte) 0xA6);
        ExportRun run = ExportRun.of(export);
        assertThat(run.messages(m -> m.conversationId().equals("inbox/bookclub_7777777777"))).hasSize(4);
        assertThat(run.bad()).singleElement().satisfies(b -> assertThat(b.reason()).startsWith("invalid JSON at line 13")
                .endsWith("; the records after the members before them (a thread's participants) were read without them"));
    }

    private static final java.util.function.Predicate<Message> BOOK_CLUB = m -> m.conversationId().equals("inbox/bookclub_7777777777");

    /** json-2018 copied to {@code name}, the first {@code from} of its book club's thread (which it holds) written as {@code to}. */
    private Path bookClubWith(String name, String from, String to) throws IOException {
        Path export = temp.resolve(name);
        ExportLocatorTest.copyFolder(ExportRun.resource("facebook/json-2018"), export);
        Path thread = export.resolve("messages/inbox/bookclub_7777777777/message_1.json");
        String text = Files.readString(thread);
        assertThat(text).contains(from);
        Files.writeString(thread, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        return export;
    }

    /** The run read every message of the book club's thread, as the undamaged json-2018 has them. */
    private static void assertBookClubWhole(ExportRun run) throws IOException {
        assertThat(run.messages(BOOK_CLUB)).hasSizeGreaterThan(1).extracting(Message::text).containsExactlyElementsOf(
                ExportRun.of("facebook/json-2018").messages(BOOK_CLUB).stream().map(Message::text).toList());
    }

    /** json-2018 with Ravi's participant entry of the book club's thread written as {@code entry}, its U+FFFF as {@code bad}. */
    private Path damagedBookClubHead(String entry, byte bad) throws IOException {
        Path export = temp.resolve("damaged-head");
        ExportLocatorTest.copyFolder(ExportRun.resource("facebook/json-2018"), export);
        Path thread = export.resolve("messages/inbox/bookclub_7777777777/message_1.json");
        String text = Files.readString(thread);
        assertThat(text).contains("\"name\": \"Ravi Fixture\"");
        int at = text.indexOf("\"name\": \"Ravi Fixture\""); // the participants' entry, not a reaction's
        byte[] bytes = (text.substring(0, at) + (entry.startsWith("\uFFFF") ? entry : "\"name\": \"" + entry + "\"")
                + text.substring(at + "\"name\": \"Ravi Fixture\"".length())).getBytes(StandardCharsets.UTF_8);
        byte[] marker = "\uFFFF".getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < bytes.length; i++) {
            if (i + marker.length <= bytes.length && java.util.Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
                out.write(bad);
                i += marker.length - 1;
            } else {
                out.write(bytes[i]);
            }
        }
        Files.write(thread, out.toByteArray());
        return export;
    }

    /**
     * A post or comment whose data Meta would write as a list of {post} or {comment} is in
     * another shape (a string where the list goes, a string where the comment object goes, a
     * number where an attachment's list goes, media without a uri): it is skipped saying so;
     * before, it was dropped as one holding nothing.
     */
    @Test
    void aPostOrCommentWhoseDataIsInAnotherShapeIsASkippedRecord() throws IOException {
        Path export = temp.resolve("odd-data");
        ExportLocatorTest.copyFolder(ExportRun.resource("facebook/json-2018"), export);
        Files.writeString(export.resolve("posts/your_posts_1.json"), """
                [
                  {"timestamp": 1680000000, "data": "Spring reading list is up!"},
                  {"timestamp": 1680000100, "data": [{"post": "Summer reading list is up!"}, {"update_timestamp": 1680000100}]},
                  {"timestamp": 1680000200, "data": [{"update_timestamp": 1680000200}]},
                  {"timestamp": 1680000300, "attachments": [{"data": 7}], "data": [{"update_timestamp": 1680000300}]},
                  {"timestamp": 1680000400, "attachments": [{"data": [{"media": {}}]}]}
                ]
                """);
        Files.writeString(export.resolve("comments/comments.json"), """
                {"comments": [
                  {"timestamp": 1682933400, "data": [{"comment": "Congratulations!"}]},
                  {"timestamp": 1683021600, "data": [{"comment": {"timestamp": 1683021600, "comment": "Thanks everyone",
                    "author": "Nora Vance"}}]}
                ]}
                """);
        ExportRun run = ExportRun.of(export);
        assertThat(run.messages(m -> m.visibility() == Visibility.PUBLIC)).extracting(Message::text)
                .containsExactlyInAnyOrder("Summer reading list is up!", "Thanks everyone");
        assertThat(run.bad()).extracting(b -> b.source().entry() + " " + b.source().position() + ": " + b.reason()).containsExactly(
                "posts/your_posts_1.json element 0, line 2: a post whose data is a string where Meta writes a list;"
                        + " the post was not read",
                "posts/your_posts_1.json element 3, line 5: a post whose attachments hold a number where Meta writes"
                        + " a list of data; the post was not read",
                "posts/your_posts_1.json element 4, line 6: a post whose attached media is an object without a uri"
                        + " where Meta writes {uri}; the post was not read",
                "comments/comments.json element 0, line 2: a comment whose data holds a string where Meta writes"
                        + " {comment, author, timestamp}; the comment was not read");
    }

    @Test
    void mojibakeIsRepairedInNamesAndTextAndCorrectTextIsLeftAlone() throws IOException {
        ExportRun run = ExportRun.of("facebook/json-2018");
        Message first = run.text("Bonjour Nora! Café at 10? ☕");
        assertThat(first.author().name()).isEqualTo("Zoë Fixture");
        assertThat(first.recipients()).extracting(a -> a.name()).containsExactly("Nora Vance");
        assertThat(run.text("Sure, see you at the café 😊").direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(run.text("Łódź photos are up, naïve me forgot the café").author().name()).isEqualTo("Nora Vance");
        Message comment = run.text("Congratulations Zoë! 🎉");
        assertThat(comment.recipients()).extracting(a -> a.name()).containsExactly("Zoë Fixture");
    }

    @Test
    void settingsFilesNextToThreadsAreNotRead() throws IOException {
        List<String> parts = ExportRun.of("facebook/json-2018").export().parts();
        assertThat(parts).hasSize(9).noneMatch(p -> p.contains("autofill") || p.contains("secret_conversations"));
        assertThat(ExportRun.of("facebook/json-2024").export().parts()).noneMatch(p -> p.contains("messaging_settings"));
    }

    @Test
    void aFileThatStartsWithAByteOrderMarkIsRead() throws IOException {
        Path file = ExportRun.resource("facebook/json-2018/messages/inbox/zoefixture_1029384756/message_1.json");
        byte[] head = Files.readAllBytes(file);
        assertThat(new byte[] {head[0], head[1], head[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(ExportRun.of("facebook/json-2018").messages(m -> m.source().entry().endsWith("zoefixture_1029384756/message_1.json")))
                .hasSize(3);
    }

    @Test
    void identicalMessagesInTheSameMillisecondKeepDistinctIds() throws IOException {
        List<Message> oks = ExportRun.of("facebook/json-2018").messages(m -> m.text().equals("ok"));
        assertThat(oks).hasSize(2);
        assertThat(oks.get(0).at()).isEqualTo(oks.get(1).at());
        assertThat(oks.get(0).id()).isNotEqualTo(oks.get(1).id());
    }

    @Test
    void readingAgainFromTheFolderOrAZipGivesTheSameIds() throws IOException {
        List<String> first = ids(ExportRun.of("facebook/json-2018"));
        assertThat(ids(ExportRun.of("facebook/json-2018"))).isEqualTo(first);
        assertThat(ids(ExportRun.of(zip(ExportRun.resource("facebook/json-2018"), "json-2018.zip")))).isEqualTo(first);
        assertThat(first).doesNotHaveDuplicates();
    }

    @Test
    void postsAndCommentsArePublicOutboundWithEpochSeconds() throws IOException {
        ExportRun run = ExportRun.of("facebook/json-2018");
        Message photo = run.text("Our book club at the park");
        assertThat(photo.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(photo.at()).isEqualTo(Instant.parse("2023-04-09T08:00:00Z"));
        assertThat(photo.recipients()).extracting(a -> a.name()).containsExactly("Casey Fixture");
        assertThat(photo.attachments()).containsExactly("posts/media/Mobileuploads_123/photo1.jpg");
        Message reply = ExportRun.of("facebook/json-2024").text("Good pick, Casey");
        assertThat(reply.recipients()).extracting(a -> a.name()).containsExactly("Casey Fixture");
        assertThat(reply.at()).isEqualTo(Instant.parse("2024-01-06T11:15:00Z"));
        assertThat(run.messages(m -> m.visibility() == Visibility.PUBLIC)).hasSize(4)
                .allMatch(m -> m.direction() == Direction.OUTBOUND);
    }

    @Test
    void withoutAProfileFileTheOwnerIsThePersonInEveryThread() throws IOException {
        ExportRun run = ExportRun.of("facebook/json-2025");
        assertThat(run.export().account()).isEqualTo("Nora Vance");
        assertThat(run.export().notes()).anyMatch(n -> n.contains("one participant of all 3 thread(s)"));
        assertThat(run.messages(m -> m.direction() == Direction.OUTBOUND)).extracting(Message::text)
                .containsExactlyInAnyOrder("Friday it is", "Yes, at the bridge");
    }

    @Test
    void whenTheOwnerCannotBeToldEveryMessageIsInboundAndTheSummarySaysSo() throws IOException {
        Path export = temp.resolve("no-owner");
        thread(export, "messages/inbox/picnic_123/message_1.json", "Ann Example", "Ben Example", "See you there");
        ExportRun run = ExportRun.of(export);
        assertThat(run.export().notes()).anyMatch(n -> n.contains("the owner cannot be told"));
        assertThat(run.messages()).hasSize(1).allMatch(m -> m.direction() == Direction.INBOUND);
    }

    @Test
    void folderNamesThatDifferOnlyInCaseAreTwoThreads() throws IOException {
        Path zip = temp.resolve("case.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "messages/inbox/foobar_42/message_1.json", threadJson("Nora Vance", "Foo Bar", "lower-case folder"));
            entry(out, "messages/inbox/FooBar_42/message_1.json", threadJson("Nora Vance", "Foo Bar", "upper-case folder"));
            entry(out, "messages/inbox/FooBar_42/photos/1.jpg", "not an image");
        }
        ExportRun run = ExportRun.of(zip);
        assertThat(run.messages()).hasSize(2);
        assertThat(run.messages().stream().map(Message::conversationId).toList())
                .containsExactlyInAnyOrder("inbox/foobar_42", "inbox/FooBar_42");
        assertThat(run.messages().get(0).id()).isNotEqualTo(run.messages().get(1).id());
    }

    @Test
    void aBrokenElementAndACutFileAreSkippedWithFileAndPositionAndTheRestIsRead() throws IOException {
        ExportRun run = ExportRun.of("facebook/broken-json");
        assertThat(run.messages()).extracting(Message::text).containsExactly("Casey line 0", "Casey line 1",
                "Message number 4", "Message number 2", "Message number 0");
        assertThat(run.bad()).extracting(b -> b.source().entry().replaceAll("^messages/inbox/", "") + " " + b.source().position())
                .containsExactly("caseyfixture_5647382910/message_1.json element 2, line 23",
                        "zoefixture_1029384756/message_1.json element 1, line 17",
                        "zoefixture_1029384756/message_1.json element 3, line 28");
        assertThat(run.bad().get(0).reason()).contains("truncated");
        assertThat(run.bad().get(2).reason()).startsWith("invalid JSON at line 31, column 7").doesNotContain("Message number");
    }

    static Map<Object, Long> count(ExportRun run, java.util.function.Function<Message, Object> by) {
        return run.messages().stream().collect(Collectors.groupingBy(by, Collectors.counting()));
    }

    private static List<String> conversations(String fixture) throws IOException {
        return ExportRun.of(fixture).messages(m -> !m.visibility().isPublic()).stream().map(Message::conversationId).distinct().toList();
    }

    private static List<String> ids(ExportRun run) {
        return run.messages().stream().map(Message::id).toList();
    }

    /** Zips a fixture folder, entries relative to it, as Meta's download does. */
    Path zip(Path folder, String name) throws IOException {
        Path zip = temp.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(folder.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    private static void entry(ZipOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    static void thread(Path export, String file, String a, String b, String text) throws IOException {
        Path path = export.resolve(file);
        Files.createDirectories(path.getParent());
        try (OutputStream out = Files.newOutputStream(path)) {
            out.write(threadJson(a, b, text).getBytes(StandardCharsets.UTF_8));
        }
    }

    static String threadJson(String a, String b, String text) {
        return """
                {
                  "participants": [
                    {
                      "name": "%s"
                    },
                    {
                      "name": "%s"
                    }
                  ],
                  "messages": [
                    {
                      "sender_name": "%s",
                      "timestamp_ms": 1700000000000,
                      "content": "%s",
                      "is_geoblocked_for_viewer": false
                    }
                  ],
                  "title": "%s",
                  "is_still_participant": true,
                  "thread_type": "Regular",
                  "thread_path": "inbox/x",
                  "magic_words": []
                }
                """.formatted(a, b, b, text, b);
    }
}
