package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tweet or a direct message of an X archive skipped for its time was named in skipped.csv by
 * the id its file gives, whatever that id held: an archive whose id fields hold words put those
 * words in the reason, which never quotes message text. Such an id is now named by its length,
 * as the other platforms' readers name theirs. Copies of the current-2024 archive.
 */
class TwitterIdsInReasonsTest {
    private static final String WORDS = "my daughter has had a fever of 103 since Sunday";

    @Test
    void anIdThatIsNotOneIsNotQuotedInTheReasonOfASkippedTweetOrMessage(@TempDir Path tmp) throws IOException {
        Path export = tmp.resolve("x-archive");
        ExportLocatorTest.copyFolder(Fixtures.path("twitter/current-2024"), export);
        Files.writeString(export.resolve("data/tweets-part1.js"), "window.YTD.tweets.part1 = [\n"
                + "  {\"tweet\" : {\"id_str\" : \"" + WORDS + "\", \"created_at\" : \"not a time\", \"full_text\" : \"Hello\"}},\n"
                + "  {\"tweet\" : {\"id_str\" : \"1790000000000000001\", \"created_at\" : \"not a time\", \"full_text\" : \"Hi\"}}\n"
                + "]\n");
        Files.writeString(export.resolve("data/direct-messages.js"), "window.YTD.direct_messages.part0 = [\n"
                + "  {\"dmConversation\" : {\"conversationId\" : \"1-2\", \"messages\" : [{\"messageCreate\" : {\"id\" : \"" + WORDS
                + "\", \"senderId\" : \"1\", \"recipientId\" : \"2\", \"createdAt\" : \"not a time\", \"text\" : \"Hello\"}}]}}\n"
                + "]\n");

        ExportContents read = ExportContents.read(export);

        assertThat(read.bad()).extracting(b -> b.source().entry() + " | " + b.reason())
                .anySatisfy(r -> assertThat(r).startsWith("data/tweets-part1.js | tweet with an id that is not one (47 characters, not shown)"))
                .anySatisfy(r -> assertThat(r).startsWith("data/tweets-part1.js | tweet 1790000000000000001 "))
                .anySatisfy(r -> assertThat(r).startsWith(
                        "data/direct-messages.js | message with an id that is not one (47 characters, not shown)"))
                .noneSatisfy(r -> assertThat(r).contains("fever"));
    }
}
