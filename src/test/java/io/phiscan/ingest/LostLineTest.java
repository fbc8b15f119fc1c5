package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One line of a pretty-printed X or Meta JSON file lost (a bracket, a member, a message's
 * opening or closing line), for every line of the file in turn: the export still reads, no
 * exception escapes, every message lost is listed, and a line costs at most the message it
 * belongs to and the one it runs into. The exceptions, each still listed: the line that opens the
 * array of records (without it the file holds none), and in X the two lines that open a
 * conversation (its bracket, {@code dmConversation}), which cost that conversation; its id and the
 * line that opens its {@code messages} cost nothing in a one-to-one conversation, whose id is told
 * from its messages' two users. A Meta message that lost its {@code content} line holds nothing, as those
 * Meta writes without words, and is not read. Fixtures: copies of {@code twitter/current-2024}
 * and {@code facebook/json-2018}.
 */
class LostLineTest {
    private static final java.util.regex.Pattern OPENS_A_CONVERSATION = java.util.regex.Pattern.compile(
            "\\{|\"dmConversation\" : \\{");

    static Stream<Arguments> files() {
        return Stream.of(Arguments.of("twitter/current-2024", "data/direct-messages.js", "window.YTD.direct_messages.part0 = ["),
                Arguments.of("facebook/json-2018", "messages/inbox/bookclub_7777777777/message_1.json", "  \"messages\": ["),
                Arguments.of("facebook/json-2018", "messages/inbox/zoefixture_1029384756/message_1.json", "  \"messages\": ["));
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyLineLostCostsAtMostTheMessagesItBelongsTo(String fixture, String file, String arrayLine, @TempDir Path tmp)
            throws IOException {
        Path export = tmp.resolve("export");
        ExportLocatorTest.copyFolder(Fixtures.path(fixture), export);
        Path data = export.resolve(file);
        List<String> lines = Files.readAllLines(data);
        ExportContents whole = ExportContents.read(export);
        List<String> tooCostly = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            // a conversation's own lines are indented by 2 to 6 spaces, its messages' by 8 or more
            boolean conversationLine = file.endsWith(".js") && line.startsWith("  ") && !line.startsWith("        ")
                    && OPENS_A_CONVERSATION.matcher(line.strip()).matches();
            if (line.equals(arrayLine) || line.strip().startsWith("\"content\":")) {
                continue;
            }
            List<String> lost = new ArrayList<>(lines);
            lost.remove(i);
            Files.write(data, lost);
            ExportContents read = ExportContents.read(export);
            long missing = whole.messages().stream().map(LostLineTest::key).filter(k -> read.messages().stream()
                    .noneMatch(m -> key(m).equals(k))).count();
            int listed = read.bad().size() - whole.bad().size();
            if (missing > 2 && !conversationLine || missing > 0 && listed <= 0) {
                tooCostly.add("line " + (i + 1) + " (" + line.strip() + "): " + missing + " message(s) lost, " + listed + " listed");
            }
        }
        Files.write(data, lines);
        assertThat(tooCostly).isEmpty();
    }

    /** A message as a lost line leaves it: its author and time (a lost text member changes its text, and a Meta id with it). */
    private static String key(Message m) {
        return m.author().id() + " " + m.author().name() + " " + m.at();
    }
}
