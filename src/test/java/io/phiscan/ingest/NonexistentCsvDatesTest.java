package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LinkedIn and Reddit dates of days that do not exist ({@code 2024-02-30 10:00:00 UTC}) were read
 * as the last day of the month, in silence. Each is a skipped record naming the field and the
 * value; the other records are read as before. Copies of linkedin/complete-2024 and reddit/reddit-2024.
 */
class NonexistentCsvDatesTest {

    @Test
    void aLinkedInMessageOfFebruaryThe30thIsSkippedNamingItsDate(@TempDir Path tmp) throws IOException {
        Path export = tmp.resolve("linkedin");
        ExportLocatorTest.copyFolder(Fixtures.path("linkedin/complete-2024"), export);
        int whole = ExportContents.read(export).messages().size();
        Path messages = export.resolve("messages.csv");
        String text = Files.readString(messages);
        assertThat(text).containsOnlyOnce("2024-03-05 07:15:00 UTC");
        Files.writeString(messages, text.replace("2024-03-05 07:15:00 UTC", "2024-02-30 07:15:00 UTC"));

        ExportContents read = ExportContents.read(export);

        assertThat(read.messages()).hasSize(whole - 1);
        assertThat(read.bad()).extracting(IngestRecord.Bad::reason).containsExactly(
                "a message without a readable DATE: 2024-02-30 07:15:00 UTC is a day or time that does not exist",
                "a draft, never sent: not audited");
    }

    @Test
    void aRedditMessageOfFebruaryThe30thIsSkippedNamingItsDate(@TempDir Path tmp) throws IOException {
        Path export = tmp.resolve("reddit");
        ExportLocatorTest.copyFolder(Fixtures.path("reddit/reddit-2024"), export);
        int whole = ExportContents.read(export).messages().size();
        Path messages = export.resolve("messages.csv");
        String text = Files.readString(messages);
        assertThat(text).containsOnlyOnce("2024-05-12 02:14:09 UTC");
        Files.writeString(messages, text.replace("2024-05-12 02:14:09 UTC", "2024-02-30 02:14:09 UTC"));

        ExportContents read = ExportContents.read(export);

        assertThat(read.messages()).hasSize(whole - 1);
        assertThat(read.bad()).extracting(IngestRecord.Bad::reason).containsExactly(
                "message 1x9k2a has no readable date: 2024-02-30 02:14:09 UTC is a day or time that does not exist");
    }
}
