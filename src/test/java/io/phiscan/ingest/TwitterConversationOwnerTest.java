package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The owner told from the ids of an X archive's one-to-one conversations, scanned as text. */
class TwitterConversationOwnerTest {

    /** A conversation id cut by the end of one window of the scan is found whole in the next. */
    @Test
    void aConversationIdAcrossTheScansWindowsIsFound(@TempDir Path tmp) throws IOException {
        String first = "\"conversationId\" : \"3141592653-1029384756102938475\"";
        String second = "\"conversationId\" : \"1029384756102938475-1188776655443322110\"";
        for (int pad = (64 << 10) - first.length() - 2; pad <= (64 << 10) + 2; pad++) {
            Path folder = tmp.resolve("a" + pad);
            Files.createDirectories(folder.resolve("data"));
            String text = "window.YTD.direct_messages.part0 = [\n" + " ".repeat(pad) + first + ",\n" + second + "\n]";
            Files.writeString(folder.resolve("data/direct-messages.js"), text);

            TwitterConversationOwner.Finding found = TwitterConversationOwner.scan(new FolderTree(folder),
                    List.of("data/direct-messages.js"));

            assertThat(found.conversations()).as("padding %d", pad).isEqualTo(2);
            assertThat(found.owner()).as("padding %d", pad).isEqualTo("1029384756102938475");
        }
    }

    /** A conversation without the person of the others leaves no owner, and says so. */
    @Test
    void conversationsWithNoCommonPersonTellNoOwner(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("data"));
        Files.writeString(tmp.resolve("data/direct-messages.js"), "window.YTD.direct_messages.part0 = [\n"
                + "{\"dmConversation\":{\"conversationId\":\"1-2\"}},\n{\"dmConversation\":{\"conversationId\":\"2-3\"}},\n"
                + "{\"dmConversation\":{\"conversationId\":\"3-4\"}}\n]");

        TwitterConversationOwner.Finding found = TwitterConversationOwner.scan(new FolderTree(tmp), List.of("data/direct-messages.js"));

        assertThat(found.owner()).isNull();
        assertThat(found.whyNot()).isEqualTo("no one takes part in every one-to-one conversation");
    }
}
