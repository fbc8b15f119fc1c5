package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * X direct messages whose events are not objects (null, a number, a string, an array), or whose
 * {@code messages} are one event object or a string instead of an array, vanished without a
 * record: a DM could be lost with nothing in skipped.csv. Copies of the current-2024 archive.
 */
class TwitterDirectMessageShapesTest {
    private static final String FIRST_EVENT = "      \"messages\" : [\n        {\n          \"messageCreate\" : {\n"
            + "            \"recipientId\" : \"1029384756102938475\",";
    private static final String STRAY = "[ {\"messageCreate\" : {\"id\" : \"7\", \"senderId\" : \"3141592653\","
            + " \"createdAt\" : \"2024-05-11T10:06:00.000Z\", \"text\" : \"In an array\"}} ], null, 7, \"stray\", true, {\"unknown\" : {}},\n";

    /** Removes line {@code index} (from 0) of {@code file}, which must be {@code expected}. */
    private static void removeLine(Path file, int index, String expected) throws IOException {
        java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        assertThat(lines.get(index)).isEqualTo(expected);
        lines.remove(index);
        Files.write(file, lines);
    }

    private static Path copy(Path tmp) throws IOException {
        Path export = tmp.resolve("x-archive");
        ExportLocatorTest.copyFolder(Fixtures.path("twitter/current-2024"), export);
        return export;
    }

    @Test
    void eventsThatAreNotObjectsAreSkippedAtTheirPlaceAndTheMessagesAroundThemRead(@TempDir Path tmp) throws IOException {
        Path export = copy(tmp);
        int whole = ExportContents.read(export).messages().size();
        Path dms = export.resolve("data/direct-messages.js");
        String text = Files.readString(dms);
        assertThat(text).contains(FIRST_EVENT);
        int first = text.indexOf(FIRST_EVENT) + FIRST_EVENT.indexOf('\n') + 1;
        Files.writeString(dms, text.substring(0, first) + STRAY + text.substring(first));

        ExportContents read = ExportContents.read(export);

        assertThat(read.messages()).hasSize(whole);
        assertThat(read.bad()).extracting(b -> b.source().entry() + " (" + b.source().position() + ") | " + b.reason())
                .containsExactly(
                        "data/direct-messages.js (element 0, line 2, message 0) | an event that is an array, not an object; it was not read",
                        "data/direct-messages.js (element 0, line 2, message 1) | an event that is null, not an object; it was not read",
                        "data/direct-messages.js (element 0, line 2, message 2) | an event that is a number, not an object; it was not read",
                        "data/direct-messages.js (element 0, line 2, message 3) | an event that is a string, not an object; it was not read",
                        "data/direct-messages.js (element 0, line 2, message 4) | an event that is a true/false value, not an object;"
                                + " it was not read",
                        "data/direct-messages.js (element 0, line 2, message 5) | an event of no kind X writes (neither"
                                + " messageCreate nor a join, leave, name change or reaction); it was not read");
        assertThat(read.messages()).extracting(Message::text).contains("Thanks!").doesNotContain("In an array");
        assertThat(read.messages()).filteredOn(m -> m.nativeId().equals("1789235249411837355"))
                .extracting(m -> m.source().position()).containsExactly("element 0, line 2, message 6");
    }

    /**
     * A raw line break in a message's text (a string left unterminated) breaks that message: it is
     * skipped at its place in the conversation, and the messages before and after it are read.
     * Before, the whole conversation was skipped; then, the messages after the break were lost.
     */
    @Test
    void aLineBreakInsideAStringCostsOnlyThatMessage(@TempDir Path tmp) throws IOException {
        Path export = copy(tmp);
        Path group = export.resolve("data/direct-messages-group.js");
        String text = Files.readString(group);
        assertThat(text).contains("\"text\" : \"Agenda tomorrow.\",");
        Files.writeString(group, text.replace("\"text\" : \"Agenda tomorrow.\",", "\"text\" : \"Agenda\n tomorrow.\","));

        ExportContents read = ExportContents.read(export);

        assertThat(read.messages()).filteredOn(m -> m.source().entry().equals("data/direct-messages-group.js"))
                .extracting(Message::text).containsExactly("Meeting moved to 3pm.");
        assertThat(read.bad()).extracting(b -> b.source().entry() + " (" + b.source().position() + ") | " + b.reason())
                .containsExactly("data/direct-messages-group.js (element 0, line 2, message 0) | a line break inside a string at"
                        + " line 10 (unterminated string?)");
    }

    /**
     * A conversation's closing line lost: it runs on into the two after it, to the end of the
     * file. Those two are found again by the lines that open them and read whole, and the broken
     * one's messages are salvaged: no message is lost. Before, all three conversations were one
     * skipped record.
     */
    @Test
    void aConversationWhoseClosingLineIsLostCostsNoMessage(@TempDir Path tmp) throws IOException {
        Path export = copy(tmp);
        removeLine(export.resolve("data/direct-messages.js"), 46, "  },");

        ExportContents read = ExportContents.read(export);
        ExportContents whole = ExportContents.read(copy(tmp.resolve("whole")));

        assertThat(read.messages()).extracting(Message::id).containsExactlyInAnyOrderElementsOf(
                whole.messages().stream().map(Message::id).toList());
        assertThat(read.bad()).extracting(b -> b.source().entry() + " (" + b.source().position() + ")").containsExactly(
                "data/direct-messages.js (element 0, line 2)", "data/direct-messages.js (element 1, line 125)");
    }

    /**
     * The line that opens a message of a conversation lost: the message no longer parses and the
     * conversation closes one bracket early. The messages after the damaged one are found again
     * where the next opens, and the conversation's own closing line, now a bracket too many, is
     * passed over, so the next conversation is read. Before, the messages after the damage and
     * the whole next conversation were lost.
     */
    @Test
    void aMessageWhoseOpeningLineIsLostCostsOnlyThatMessage(@TempDir Path tmp) throws IOException {
        Path export = copy(tmp);
        Path dms = export.resolve("data/direct-messages.js");
        assertThat(Files.readAllLines(dms).get(23)).contains("It starts at 10.");
        removeLine(dms, 18, "        {");

        ExportContents read = ExportContents.read(export);
        ExportContents whole = ExportContents.read(copy(tmp.resolve("whole")));

        assertThat(read.messages()).extracting(Message::text).containsExactlyInAnyOrderElementsOf(whole.messages().stream()
                .map(Message::text).filter(t -> !t.equals("It starts at 10.")).toList());
        assertThat(read.bad()).extracting(b -> b.source().entry() + " (" + b.source().position() + ") | " + b.reason())
                .containsExactly(
                        "data/direct-messages.js (element 0, line 2, message 1) | an element that is a string, not an object or"
                                + " an array",
                        "data/direct-messages.js (element 0, line 2, message 2) | unexpected text between array elements",
                        "data/direct-messages.js (element 1, line 46) | a closing bracket too many between array elements");
    }

    @Test
    void messagesThatAreOneEventAreReadAndMessagesThatAreAStringAreSkipped(@TempDir Path tmp) throws IOException {
        Path export = copy(tmp);
        Path dms = export.resolve("data/direct-messages.js");
        Files.writeString(dms, "window.YTD.direct_messages.part0 = [\n"
                + "  {\"dmConversation\" : {\"conversationId\" : \"1-2\", \"messages\" : {\"messageCreate\" : {\"id\" : \"5\","
                + " \"senderId\" : \"1\", \"recipientId\" : \"2\", \"createdAt\" : \"2024-05-11T10:05:00.500Z\", \"text\" : \"A lone message\"}}}},\n"
                + "  {\"dmConversation\" : {\"conversationId\" : \"1-3\", \"messages\" : \"not events\"}},\n"
                + "  {\"dmConversation\" : {\"conversationId\" : \"1-4\", \"messages\" : {\"participantsLeave\" : {\"userIds\" : [\"4\"]}}}}\n"
                + "]\n");

        ExportContents read = ExportContents.read(export);

        assertThat(read.from("data/direct-messages.js")).extracting(m -> m.text() + " @ " + m.source().position())
                .containsExactly("A lone message @ element 0, line 2, message 0");
        assertThat(read.bad()).extracting(b -> b.source().position() + " | " + b.reason()).containsExactly(
                "element 1, line 3 | a dmConversation whose messages are a string, not an array of events; nothing in it was read");
    }

    /**
     * A dmConversation without messages: with nothing but its id it holds nothing to read and
     * gives no record; one holding other members (an event where X writes the array of them) is
     * a skipped record; before, it was passed over as one with no events at all.
     */
    @Test
    void aConversationWithoutMessagesButOtherMembersIsSkippedAndOneWithOnlyItsIdGivesNothing(@TempDir Path tmp)
            throws IOException {
        Path export = copy(tmp);
        Files.writeString(export.resolve("data/direct-messages.js"), "window.YTD.direct_messages.part0 = [\n"
                + "  {\"dmConversation\" : {\"conversationId\" : \"1-2\"}},\n"
                + "  {\"dmConversation\" : {\"conversationId\" : \"1-3\", \"messageCreate\" : {\"id\" : \"5\","
                + " \"senderId\" : \"1\", \"recipientId\" : \"3\", \"createdAt\" : \"2024-05-11T10:05:00.500Z\", \"text\" : \"Misplaced\"}}}\n"
                + "]\n");

        ExportContents read = ExportContents.read(export);

        assertThat(read.from("data/direct-messages.js")).isEmpty();
        assertThat(read.bad()).extracting(b -> b.source().position() + " | " + b.reason()).containsExactly(
                "element 1, line 3 | a dmConversation without messages, holding 1 other member where X writes its array of"
                        + " events; nothing in it was read");
    }
}
