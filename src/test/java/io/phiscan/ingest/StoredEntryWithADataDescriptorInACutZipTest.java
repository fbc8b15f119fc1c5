package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An X archive cut short (an interrupted download) holding, before its direct messages, an entry
 * stored (not compressed) with its sizes after its data, in a data descriptor, as streaming zip
 * writers write them: the salvage could not find where its data ends, so the entry and every entry
 * after it (the direct messages) were lost. Its end is found by its data descriptor, whose sizes and
 * CRC-32 agree with its bytes: the entry is read (a data file) or passed over (a photo), under the
 * limits of any entry, and the entries after it are read; an entry whose CRC does not agree is
 * listed as damaged; one with no descriptor to be found is listed, and what follows it is lost.
 */
class StoredEntryWithADataDescriptorInACutZipTest {
    private static final String DMS = "data/direct-messages.js";
    private static final String ADS = "data/ad-engagements.js";
    private static final String PHOTO = "data/direct_messages_media/1-1-photo.jpg";
    /** The stored entry's place: after the account and the two files sorted before the direct messages. */
    private static final int ENTRY = 4;
    private static final byte[] ADS_JS = CutXArchive.text("window.YTD.ad_engagements.part0 = [ { \"ad\" : { } } ]");

    @Test
    void aStoredDataFileIsReadAndTheDirectMessagesAfterIt(@TempDir Path tmp) throws IOException {
        byte[] bytes = CutXArchive.insertStored(new CutXArchive(Map.of()).zip(false), DMS, ADS, ADS_JS, true);
        Path zip = CutXArchive.cut(bytes, tmp.resolve("twitter-2023-drnoravance.zip"));
        ExportContents whole = ExportContents.read(Fixtures.path(CutXArchive.FOLDER));

        ExportContents read = ExportContents.read(zip);

        assertThat(read.from(DMS)).hasSameSizeAs(whole.from(DMS)).isNotEmpty();
        assertThat(read.messages()).hasSameSizeAs(whole.messages());
        assertThat(read.export().problems()).extracting(IngestRecord.Bad::reason).singleElement().asString()
                .startsWith("the zip is cut at byte " + Files.size(zip) + " (truncated download?)");
        ZipSalvage.Result salvaged = ZipSalvage.salvage(zip, "x.zip", ZipLimits.DEFAULT);
        try (ExportTree tree = salvaged.tree(); InputStream in = tree.open(ADS)) {
            assertThat(in.readAllBytes()).isEqualTo(ADS_JS);
        }
    }

    @Test
    void aStoredPhotoIsPassedOverAndTheDirectMessagesAfterItAreRead(@TempDir Path tmp) throws IOException {
        byte[] photo = new byte[20_000];
        new Random(11).nextBytes(photo);
        // a data descriptor's signature inside the photo, whose sizes do not agree with where it is
        System.arraycopy(new byte[] {'P', 'K', 7, 8, 1, 2, 3, 4, 5, 6, 7, 8}, 0, photo, 5_000, 12);
        byte[] bytes = CutXArchive.insertStored(new CutXArchive(Map.of()).zip(false), DMS, PHOTO, photo, true);
        Path zip = CutXArchive.cut(bytes, tmp.resolve("twitter-2023-drnoravance.zip"));

        ExportContents read = ExportContents.read(zip);

        assertThat(read.from(DMS)).hasSameSizeAs(ExportContents.read(Fixtures.path(CutXArchive.FOLDER)).from(DMS)).isNotEmpty();
        assertThat(read.export().problems()).extracting(IngestRecord.Bad::reason).singleElement().asString()
                .startsWith("the zip is cut at byte " + Files.size(zip) + " (truncated download?)");
    }

    @Test
    void aStoredEntryWhoseCrcDoesNotAgreeIsListedAsDamagedAndTheRestRead(@TempDir Path tmp) throws IOException {
        byte[] bytes = CutXArchive.insertStored(new CutXArchive(Map.of()).zip(false), DMS, ADS, ADS_JS, true);
        int header = CutXArchive.header(bytes, ADS);
        bytes[header + 30 + ADS.length() + 10] ^= 1;
        Path zip = CutXArchive.cut(bytes, tmp.resolve("twitter-2023-drnoravance.zip"));

        ZipSalvage.Result salvaged = salvage(zip, ZipLimits.DEFAULT);

        assertThat(salvaged.problems()).extracting(b -> b.source() + ": " + b.reason()).first().isEqualTo("x.zip!" + ADS
                + " (entry " + ENTRY + ", byte " + header + "): the entry's data is damaged (its CRC-32 is not the one its data descriptor"
                + " gives): not read");
        assertThat(salvaged.problems()).hasSize(2);
    }

    @Test
    void aStoredEntryPastTheSizeLimitIsRefusedAndTheRestRead(@TempDir Path tmp) throws IOException {
        byte[] big = ("window.YTD.ad_engagements.part0 = [" + " ".repeat(20_000) + "]").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = CutXArchive.insertStored(new CutXArchive(Map.of()).zip(false), DMS, ADS, big, true);
        Path zip = CutXArchive.cut(bytes, tmp.resolve("twitter-2023-drnoravance.zip"));

        ZipSalvage.Result salvaged = salvage(zip, new ZipLimits(1000, 8192, 10, 4096));

        assertThat(salvaged.problems()).extracting(b -> b.source() + ": " + b.reason()).first().isEqualTo("x.zip!" + ADS
                + " (entry " + ENTRY + ", byte " + CutXArchive.header(bytes, ADS) + "): refused: the entry expands past 8192 bytes");
        assertThat(salvaged.problems()).hasSize(2);
    }

    @Test
    void aStoredEntryWithNoDescriptorToBeFoundIsListedAndEndsTheSalvage(@TempDir Path tmp) throws IOException {
        byte[] bytes = CutXArchive.insertStored(new CutXArchive(Map.of()).zip(false), DMS, ADS, ADS_JS, false);
        Path zip = CutXArchive.cut(bytes, tmp.resolve("twitter-2023-drnoravance.zip"));

        ZipSalvage.Result salvaged = ZipSalvage.salvage(zip, "x.zip", ZipLimits.DEFAULT);

        try (ExportTree tree = salvaged.tree()) {
            assertThat(tree.entries()).containsExactlyInAnyOrder("data/account.js", "data/direct-message-headers.js",
                    "data/direct-messages-group.js");
        }
        assertThat(salvaged.problems()).extracting(b -> b.source() + ": " + b.reason()).containsExactly("x.zip!" + ADS
                + " (entry " + ENTRY + ", byte " + CutXArchive.header(bytes, ADS) + "): the entry is stored with its size written after its"
                + " data, and no data descriptor that agrees with its data follows it before the zip ends at byte "
                + Files.size(zip) + ": the zip is cut inside it (truncated download?), or it is damaged; it and whatever followed"
                + " are not read");
    }

    /** The salvage, its copy of the direct messages the fixture's own. */
    private static ZipSalvage.Result salvage(Path zip, ZipLimits limits) throws IOException {
        ZipSalvage.Result salvaged = ZipSalvage.salvage(zip, "x.zip", limits);
        try (ExportTree tree = salvaged.tree(); InputStream in = tree.open(DMS)) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(Fixtures.path(CutXArchive.FOLDER).resolve(DMS)));
            assertThat(tree.entries()).doesNotContain(ADS);
        }
        return salvaged;
    }
}
