package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An X conversation whose opening lines are damaged (its id, the line that opens its array of
 * messages): a one-to-one conversation's messages are all read, in the conversation X gives them,
 * its id told from their two users; a group's, whose id cannot be told, under a stand-in id, and
 * that is listed. Fixture: a copy
 * of {@code twitter/current-2024}.
 */
class DamagedConversationOpeningTest {
    private static final String ONE_TO_ONE = "data/direct-messages.js";
    private static final String GROUP = "data/direct-messages-group.js";

    @TempDir
    Path tmp;

    @Test
    void aCutFromTheIdIntoTheFirstMessageLosesNoMessageOfAOneToOneConversation() throws IOException {
        Path export = copy();
        ExportContents whole = ExportContents.read(export);
        // "3141592653-10293|84756102938475",\n      "messages" : [\n  |      {: the id's end and the array's opening cut out
        cut(export.resolve(ONE_TO_ONE), "\"3141592653-10293", "      {\n          \"messageCreate\"");

        ExportContents damaged = ExportContents.read(export);

        assertThat(damaged.messages()).hasSameSizeAs(whole.messages());
        assertSameConversations(damaged.messages(), whole.messages());
        // the damage is listed, and says that the messages in it are read
        assertThat(damaged.bad()).hasSize(whole.bad().size() + 1);
        assertThat(damaged.bad()).filteredOn(b -> b.source().entry().equals(ONE_TO_ONE)).singleElement()
                .satisfies(b -> assertThat(b.reason()).contains("record(s)").contains("are read"));
    }

    @Test
    void theLineThatOpensTheArrayLostLosesNoMessage() throws IOException {
        Path export = copy();
        ExportContents whole = ExportContents.read(export);
        replaceFirst(export.resolve(ONE_TO_ONE), "      \"messages\" : [\n", "");

        ExportContents damaged = ExportContents.read(export);

        assertSameConversations(damaged.messages(), whole.messages());
        // the conversation, and the bracket that closed the lost array, out of step after it
        assertThat(damaged.bad()).hasSize(whole.bad().size() + 2);
        assertThat(damaged.bad()).filteredOn(b -> b.source().entry().equals(ONE_TO_ONE)).extracting(IngestRecord.Bad::reason)
                .satisfiesExactly(r -> assertThat(r).endsWith("the 3 record(s) in it that can be read are read"),
                        r -> assertThat(r).isEqualTo("a closing bracket too many between array elements"));
    }

    @Test
    void theIdLineLostOfAOneToOneConversationIsToldFromItsMessages() throws IOException {
        Path export = copy();
        ExportContents whole = ExportContents.read(export);
        replaceFirst(export.resolve(ONE_TO_ONE), "      \"conversationId\" : \"3141592653-1029384756102938475\",\n", "");

        ExportContents damaged = ExportContents.read(export);

        assertSameConversations(damaged.messages(), whole.messages());
        assertThat(damaged.bad()).hasSameSizeAs(whole.bad());
    }

    @Test
    void anIdThatLostItsClosingQuoteIsNotReadOnIntoTheNextLine() throws IOException {
        Path export = copy();
        ExportContents whole = ExportContents.read(export);
        replaceFirst(export.resolve(ONE_TO_ONE), "\"3141592653-1029384756102938475\",\n", "\"3141592653-1029384756102938475\n");

        ExportContents damaged = ExportContents.read(export);

        // not "3141592653-1029384756102938475\n      ", up to the quote that opens "messages"
        assertSameConversations(damaged.messages(), whole.messages());
        assertThat(damaged.bad()).hasSize(whole.bad().size() + 1);
    }

    @Test
    void aMessageWhoseOpeningLinesAreCutOutIsReadFromItsMembers() throws IOException {
        Path export = copy();
        ExportContents whole = ExportContents.read(export);
        // the second message's bracket line and "messageCreate" cut out, its own bracket left at the
        // conversations' indentation: "        },\n  {\n            \"recipientId\"…"
        String second = "        },\n        {\n          \"messageCreate\" : {\n            \"recipientId\" : \"3141592653\",";
        replaceFirst(export.resolve(ONE_TO_ONE), second, "        },\n  {\n            \"recipientId\" : \"3141592653\",");

        ExportContents damaged = ExportContents.read(export);

        assertSameConversations(damaged.messages(), whole.messages());
        // the bracket that closed the lost messageCreate, one too many, and after it the conversation's own
        assertThat(damaged.bad()).filteredOn(b -> b.source().entry().equals(ONE_TO_ONE)).extracting(IngestRecord.Bad::reason)
                .containsOnly("a closing bracket too many between array elements").isNotEmpty();
    }

    @Test
    void aGroupWhoseIdLostPartOfItsNameIsReadWithThatId() throws IOException {
        Path export = copy();
        ExportContents whole = ExportContents.read(export);
        replaceFirst(export.resolve(GROUP), "\"conversationId\" : \"1791234567890123456\"", "\"co\" : \"1791234567890123456\"");

        ExportContents damaged = ExportContents.read(export);

        assertSameConversations(damaged.messages(), whole.messages());
        assertThat(damaged.bad()).hasSameSizeAs(whole.bad());
    }

    @Test
    void aGroupWhoseIdIsCutOutKeepsItsMessagesUnderAStandInId() throws IOException {
        Path export = copy();
        ExportContents whole = ExportContents.read(export);
        cut(export.resolve(GROUP), "\"17912345", "      {\n          \"messageCreate\"");

        ExportContents damaged = ExportContents.read(export);

        assertGroupUnderStandIn(whole, damaged);
        // and the damage itself: the cut left the id's string open to the end of its line
        assertThat(damaged.bad()).filteredOn(b -> b.source().entry().equals(GROUP)).extracting(IngestRecord.Bad::reason)
                .hasSize(2).anySatisfy(r -> assertThat(r).startsWith("a line break inside a string at line 4")
                        .endsWith("; the 2 record(s) complete before that point are read"));
    }

    @Test
    void aGroupWhoseIdLineIsLostKeepsItsMessagesUnderAStandInId() throws IOException {
        Path export = copy();
        ExportContents whole = ExportContents.read(export);
        replaceFirst(export.resolve(GROUP), "      \"conversationId\" : \"1791234567890123456\",\n", "");

        ExportContents damaged = ExportContents.read(export);

        assertGroupUnderStandIn(whole, damaged);
        assertThat(damaged.bad()).filteredOn(b -> b.source().entry().equals(GROUP)).hasSize(1);
    }

    /**
     * The group's messages all read, as one conversation named after the file and element it was
     * read from, and a row listing that; every other message as it was.
     */
    private static void assertGroupUnderStandIn(ExportContents whole, ExportContents damaged) {
        String standIn = "dm:id-unreadable-direct-messages-group.js-element-0";
        List<Message> group = whole.messages().stream().filter(m -> m.conversationId().equals("dm:1791234567890123456")).toList();
        assertThat(group).hasSizeGreaterThan(1);
        assertThat(damaged.messages()).hasSameSizeAs(whole.messages());
        assertThat(damaged.messages()).filteredOn(m -> m.conversationId().equals(standIn))
                .extracting(Message::nativeId, Message::text, Message::direction, Message::visibility)
                .containsExactlyElementsOf(group.stream()
                        .map(m -> org.assertj.core.groups.Tuple.tuple(m.nativeId(), m.text(), m.direction(), m.visibility()))
                        .toList());
        assertSameConversations(damaged.messages().stream().filter(m -> !m.conversationId().equals(standIn)).toList(),
                whole.messages().stream().filter(m -> !group.contains(m)).toList());
        assertThat(damaged.bad()).filteredOn(b -> b.source().entry().equals(GROUP)).anySatisfy(b -> {
            assertThat(b.source().position()).startsWith("element 0");
            assertThat(b.reason()).isEqualTo("a group conversation whose conversationId cannot be read: its " + group.size()
                    + " message(s) are read as the conversation id-unreadable-direct-messages-group.js-element-0");
        });
    }

    /** The same messages in the same conversations, in the order read. */
    private static void assertSameConversations(List<Message> actual, List<Message> expected) {
        assertThat(actual).extracting(Message::nativeId, Message::conversationId, Message::text, Message::direction)
                .containsExactlyInAnyOrderElementsOf(expected.stream()
                        .map(m -> org.assertj.core.groups.Tuple.tuple(m.nativeId(), m.conversationId(), m.text(), m.direction()))
                        .toList());
    }

    private Path copy() throws IOException {
        Path export = tmp.resolve("export");
        ExportLocatorTest.copyFolder(Fixtures.path("twitter/current-2024"), export);
        return export;
    }

    /** Cuts the file from the end of {@code before} to the start of {@code after}, its first occurrence after it. */
    private static void cut(Path file, String before, String after) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int from = text.indexOf(before);
        assertThat(from).isNotNegative();
        from += before.length();
        int to = text.indexOf(after, from);
        assertThat(to).isGreaterThan(from);
        Files.writeString(file, text.substring(0, from) + text.substring(to), StandardCharsets.UTF_8);
    }

    private static void replaceFirst(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        int i = text.indexOf(from);
        Files.writeString(file, text.substring(0, i) + to + text.substring(i + from.length()), StandardCharsets.UTF_8);
    }
}
