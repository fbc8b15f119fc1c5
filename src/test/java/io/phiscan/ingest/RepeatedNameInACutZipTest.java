package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An X archive cut short (an interrupted download) that lists its direct messages twice (a zip
 * written to twice). The later entry of a name is the one read, as in a whole zip ({@link ZipTree});
 * but when that later entry could not be read (its data damaged, or the zip cut inside it), the
 * earlier one, already salvaged, was deleted with it, and every direct message was lost. The
 * earlier copy is now kept and read, and the later one is listed with why it is not read and which
 * entry is read instead; when the later one is read, the earlier one is listed as not read, as a
 * whole zip lists it.
 */
class RepeatedNameInACutZipTest {
    private static final String DMS = "data/direct-messages.js";
    /** The later entry's name while the zip is written, renamed to {@link #DMS} after. */
    private static final String LATER = "data/direct-messageZ.js";
    private static final byte[] NO_DMS = CutXArchive.text("window.YTD.direct_messages.part0 = []");

    @Test
    void aLaterCopyWhoseDataIsDamagedLeavesTheEarlierOneRead(@TempDir Path tmp) throws IOException {
        byte[] bytes = twice(dms(), CutXArchive.text("window.YTD.direct_messages.part0 = [" + " ".repeat(500) + "]"), true);
        int later = laterHeader(bytes);
        // a deflate block of type 3, which does not exist
        bytes[later + 30 + DMS.length() + ((bytes[later + 28] & 0xff) | (bytes[later + 29] & 0xff) << 8)] = 0x07;
        Path zip = CutXArchive.cut(bytes, tmp.resolve("twitter-2023-drnoravance.zip"));

        ExportContents read = ExportContents.read(zip);

        assertThat(read.from(DMS)).hasSize(wholeDms()).isNotEmpty();
        assertThat(read.export().problems()).extracting(b -> b.source() + ": " + b.reason()).first().isEqualTo(
                zip + "!" + DMS + " (entry 3, byte " + later + "): the entry's data is damaged: not read; invalid block type;"
                        + " the entry of this name at entry 2, byte " + CutXArchive.header(bytes, DMS) + " is read instead");
        // the stream lost its place in the damaged data: the entries after it are found by their headers, up to the cut
        assertThat(read.export().problems()).hasSize(3).element(1).satisfies(b -> assertThat(b.reason()).startsWith(
                "the next entry is not found where this one ends (invalid block type): the next entry's header was found"));
        assertThat(read.export().problems()).last().satisfies(b -> assertThat(b.reason()).startsWith("the zip is cut at"));
    }

    @Test
    void aLaterCopyCutByTheZipsEndLeavesTheEarlierOneRead(@TempDir Path tmp) throws IOException {
        byte[] bytes = twice(dms(), dms(), false);
        int later = laterHeader(bytes);
        Path zip = CutXArchive.cut(bytes, later + 30 + DMS.length() + 40, tmp.resolve("twitter-2023-drnoravance.zip"));

        ExportContents read = ExportContents.read(zip);

        assertThat(read.from(DMS)).hasSize(wholeDms()).isNotEmpty();
        assertThat(read.export().problems()).extracting(b -> b.source() + ": " + b.reason()).first().asString()
                .startsWith(zip + "!" + DMS + " (zip entry): the zip ends inside this entry (truncated download?): not read;")
                .endsWith("; the entry of this name at entry 2, byte " + CutXArchive.header(bytes, DMS) + " is read instead");
    }

    @Test
    void aLaterCopyReadIsTheOneAWholeZipReadsAndTheEarlierOneIsListed(@TempDir Path tmp) throws IOException {
        byte[] bytes = twice(NO_DMS, dms(), true);
        Path zip = CutXArchive.cut(bytes, tmp.resolve("twitter-2023-drnoravance.zip"));
        Path whole = Files.write(Files.createDirectory(tmp.resolve("whole")).resolve("twitter-2023-drnoravance.zip"), bytes);

        ExportContents read = ExportContents.read(zip);
        ExportContents wholeRead = ExportContents.read(whole);

        assertThat(read.from(DMS)).hasSize(wholeDms()).isNotEmpty();
        assertThat(wholeRead.from(DMS)).hasSize(wholeDms());
        assertThat(wholeRead.export().problems()).extracting(IngestRecord.Bad::reason).containsExactly("the zip lists this name 2"
                + " times: the last entry of the name is read, the one before it is not (a damaged zip, or one written to twice)");
        assertThat(read.export().problems()).extracting(b -> b.source() + ": " + b.reason()).first().isEqualTo(
                zip + "!" + DMS + " (entry 2, byte " + CutXArchive.header(bytes, DMS) + "): the zip lists this name again, at entry"
                        + " 3, byte " + laterHeader(bytes) + ", and that later entry is read: this one is not (a damaged zip, or one"
                        + " written to twice)");
    }

    /** The archive with its direct messages twice: {@code earlier} after its account, {@code later} right after. */
    private static byte[] twice(byte[] earlier, byte[] later, boolean sizesInHeaders) throws IOException {
        Map<String, byte[]> before = new LinkedHashMap<>();
        before.put(DMS, earlier);
        before.put(LATER, later);
        return CutXArchive.rename(new CutXArchive(before).zip(sizesInHeaders), LATER, DMS);
    }

    /** The byte the later entry of the name starts at. */
    private static int laterHeader(byte[] zip) {
        int earlier = CutXArchive.header(zip, DMS);
        byte[] rest = java.util.Arrays.copyOfRange(zip, earlier + 4, zip.length);
        return earlier + 4 + CutXArchive.header(rest, DMS);
    }

    private static byte[] dms() throws IOException {
        return Files.readAllBytes(Fixtures.path(CutXArchive.FOLDER).resolve(DMS));
    }

    private static int wholeDms() throws IOException {
        return ExportContents.read(Fixtures.path(CutXArchive.FOLDER)).from(DMS).size();
    }
}
