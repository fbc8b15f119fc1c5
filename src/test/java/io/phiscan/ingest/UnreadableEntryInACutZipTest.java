package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An X archive cut short (an interrupted download) with an entry the salvage cannot read before
 * its direct messages: encrypted, or compressed with a method commons-compress does not know. The
 * failure to read it was reported as the cut ("the zip ends inside this entry"), which it is not,
 * and the direct messages after it were lost. The entry is reported for what it is, by its place
 * in the zip, and the entries after it are read; when its size is written after its data (a data
 * descriptor), where the next entry begins cannot be found, and that is what is reported.
 */
class UnreadableEntryInACutZipTest {
    private static final String ADS = "data/ad-engagements.js";
    private static final Map<String, byte[]> BEFORE = Map.of(ADS, CutXArchive.text("window.YTD.ad_engagements.part0 = []"));

    @Test
    void theDirectMessagesAfterAnEncryptedEntryAreRead(@TempDir Path tmp) throws IOException {
        byte[] bytes = new CutXArchive(BEFORE).zip(true);
        CutXArchive.flag(bytes, ADS, 1);
        assertEntrySkipped(bytes, tmp, "the entry is encrypted: not read");
    }

    @Test
    void theDirectMessagesAfterAnEntryOfAnUnknownMethodAreRead(@TempDir Path tmp) throws IOException {
        byte[] bytes = new CutXArchive(BEFORE).zip(true);
        CutXArchive.method(bytes, ADS, 98);
        assertEntrySkipped(bytes, tmp, "the entry is compressed with a method phiscan cannot read (method 98): not read");
    }

    @Test
    void anEncryptedEntryWhoseSizeFollowsItsDataIsPassedByTheNextEntrysHeader(@TempDir Path tmp) throws IOException {
        byte[] bytes = new CutXArchive(BEFORE).zip(false);
        int header = CutXArchive.header(bytes, ADS);
        CutXArchive.flag(bytes, ADS, 1);
        Path zip = CutXArchive.cut(bytes, tmp.resolve("twitter-2023-drnoravance.zip"));

        ZipSalvage.Result salvaged = ZipSalvage.salvage(zip, "x.zip", ZipLimits.DEFAULT);
        try (ExportTree tree = salvaged.tree()) {
            assertThat(tree.entries()).contains("data/account.js", "data/direct-messages.js").doesNotContain(ADS);
        }
        assertThat(salvaged.problems()).extracting(b -> b.source() + ": " + b.reason()).startsWith(
                "x.zip!" + ADS + " (entry 2, byte " + header + "): the entry is encrypted: not read");
        assertThat(salvaged.problems()).element(1).satisfies(b -> assertThat(b.reason())
                .startsWith("the next entry is not found where this one ends (")
                .endsWith("the next entry's header was found by searching, at byte "
                        + CutXArchive.header(bytes, "data/direct-message-headers.js") + ", and the entries from there on are read"));
    }

    private static void assertEntrySkipped(byte[] bytes, Path tmp, String reason) throws IOException {
        int header = CutXArchive.header(bytes, ADS);
        Path zip = CutXArchive.cut(bytes, tmp.resolve("twitter-2023-drnoravance.zip"));
        long cutAt = Files.size(zip);
        ExportContents whole = ExportContents.read(Fixtures.path(CutXArchive.FOLDER));

        ExportContents read = ExportContents.read(zip);
        assertThat(read.from("data/direct-messages.js")).hasSameSizeAs(whole.from("data/direct-messages.js")).isNotEmpty();
        assertThat(read.messages()).hasSameSizeAs(whole.messages());
        assertThat(read.export().problems()).extracting(b -> b.source() + ": " + b.reason()).containsExactly(
                zip + "!" + ADS + " (entry 2, byte " + header + "): " + reason,
                zip + " (byte " + cutAt + "): the zip is cut at byte " + cutAt + " (truncated download?): the entries read are"
                        + " the ones before and with " + CutXArchive.PHOTO + "; whatever followed is lost");
    }
}
