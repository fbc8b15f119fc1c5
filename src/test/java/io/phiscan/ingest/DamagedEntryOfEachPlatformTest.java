package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Visibility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A whole zip export of each platform whose recognizer opens files to tell the export, with one
 * entry whose compressed data is damaged. Its recognition met the inflater's failure and the
 * whole export was refused (a ZipException escaping the run); it is now read, the damaged entry
 * listed as skipped with the zip, the entry and why, and every message of its other files read.
 */
class DamagedEntryOfEachPlatformTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "linkedin/complete-2024, Comments.csv",
        "linkedin/complete-2024, Profile.csv",
        "reddit/reddit-2024, comments.csv",
        "twitter-legacy/grailbird-2014, data/js/tweets/2014_01.js",
        "twitter-legacy/grailbird-2014, data/js/user_details.js",
        "mastodon/targz-2019, outbox.json",
        "facebook/json-2024, personal_information/profile_information/profile_information.json",
        "instagram/json-2024, personal_information/personal_information/personal_information.json",
    })
    void theDamagedEntryIsListedAndTheOtherFilesAreRead(String fixture, String entry, @TempDir Path tmp) throws IOException {
        Path whole = Fixtures.zip(fixture, tmp.resolve("whole.zip"), "");
        Path zip = harmed(whole, bytes -> CutXArchive.damage(bytes, entry));

        ExportContents read = ExportContents.read(zip);

        assertThat(ids(read.messages())).containsExactlyInAnyOrderElementsOf(
                ids(ExportContents.read(whole).where(m -> !m.source().entry().equals(entry))));
        assertThat(read.bad()).filteredOn(b -> b.source().entry().equals(entry)).singleElement()
                .satisfies(b -> assertThat(b.reason()).contains("the entry " + entry + " of the zip " + zip
                        + " cannot be decompressed past byte 0 of its contents: its compressed data is damaged"));
    }

    /**
     * A file whose bytes all came but fail their CRC-32 check at their end. Readers that take the
     * bytes in blocks (CSV, HTML, the owner's profile, a small file being one block) met the
     * failure on their first read and lost the file, or the whole export when recognizing it
     * looked at the file. Every record is now read and the file listed once.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "linkedin/complete-2024, messages.csv",
        "reddit/reddit-2024, messages.csv",
        "facebook/html-2017, html/messages.htm",
        "instagram/html-2023, messages/inbox/zoe.fixture_17845678901234567/message_1.html",
        "instagram/json-2019, messages.json",
        "facebook/json-2024, personal_information/profile_information/profile_information.json",
    })
    void aFileThatFailsItsCrcIsReadWholeAndListedOnce(String fixture, String entry, @TempDir Path tmp) throws IOException {
        Path whole = Fixtures.zip(fixture, tmp.resolve("whole.zip"), "");
        Path zip = harmed(whole, bytes -> CutXArchive.crc(bytes, entry));

        ExportContents read = ExportContents.read(zip);
        ExportContents expected = ExportContents.read(whole);

        assertThat(expected.messages()).isNotEmpty();
        assertThat(ids(read.messages())).containsExactlyInAnyOrderElementsOf(ids(expected.messages()));
        assertThat(read.bad()).hasSize(expected.bad().size() + 1);
        assertThat(read.bad()).filteredOn(b -> b.reason().contains("CRC-32")).singleElement().satisfies(b -> {
            assertThat(b.source().entry()).isEqualTo(entry);
            assertThat(b.reason()).startsWith("the entry " + entry + " of the zip " + zip + " fails its CRC-32 check");
        });
    }

    /**
     * The owner of a download of 2019 whose profile.json is damaged cannot be told otherwise (two
     * users take part in every conversation): the download is read with its owner unknown, every
     * message inbound, and profile.json is listed.
     */
    @Test
    void anInstagramDownloadOf2019WhoseProfileIsDamagedIsReadWithItsOwnerUnknown(@TempDir Path tmp) throws IOException {
        Path whole = Fixtures.zip("instagram/json-2019", tmp.resolve("whole.zip"), "");
        ExportContents expected = ExportContents.read(whole);
        byte[] bytes = Files.readAllBytes(whole);
        CutXArchive.damage(bytes, "profile.json");
        Path zip = Files.write(tmp.resolve("export.zip"), bytes);

        ExportContents read = ExportContents.read(zip);

        assertThat(read.export().account()).isEqualTo("unknown owner of export.zip");
        assertThat(read.export().notes()).contains("the owner cannot be told (no readable profile.json, and 2 users take part"
                + " in every conversation): the comments are read as the owner's and every message as inbound");
        assertThat(read.messages()).hasSameSizeAs(expected.messages());
        assertThat(read.where(m -> m.visibility() != Visibility.PUBLIC)).isNotEmpty()
                .allSatisfy(m -> assertThat(m.direction()).isEqualTo(Direction.INBOUND));
        assertThat(read.bad()).extracting(b -> b.source().entry() + ": " + b.reason()).contains("profile.json: not read: the entry"
                + " profile.json of the zip " + zip + " cannot be decompressed past byte 0 of its contents: its compressed data is"
                + " damaged (ZipException: invalid block type)");
    }

    /** A copy of the zip, beside it, with its bytes harmed. */
    private static Path harmed(Path whole, java.util.function.Consumer<byte[]> harm) throws IOException {
        byte[] bytes = Files.readAllBytes(whole);
        harm.accept(bytes);
        return Files.write(whole.resolveSibling("export.zip"), bytes);
    }

    private static List<String> ids(List<Message> messages) {
        return messages.stream().map(Message::nativeId).toList();
    }
}
