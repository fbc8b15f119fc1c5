package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An X archive whose download stopped after its last entry, in the central directory (the list of
 * the entries at a zip's end) or its end record: every entry is whole and was salvaged, but the
 * run said nothing of the cut (cut in the directory's first 30 bytes), or said that whatever
 * followed the last entry was lost (cut further in), which it is not. The cut is listed in
 * {@code skipped.csv} as what it is: no entry is cut, and all of them were recovered from their own
 * headers, so many. A zip cut right where its last entry ends cannot tell its central directory from
 * another entry that was to follow: it says so.
 */
class CutInTheCentralDirectoryTest {
    /** The archive's entries: its account, its other data files, its photo. */
    private static final int ENTRIES = 8;

    @Test
    void theAuditListsTheCutAsOneInTheCentralDirectoryWithEveryEntryRead(@TempDir Path tmp) throws IOException {
        byte[] bytes = new CutXArchive(Map.of()).zip(true);
        int cutAt = CutXArchive.centralDirectory(bytes) + 10;
        Path zip = CutXArchive.cut(bytes, cutAt, tmp.resolve("twitter-2023-drnoravance.zip"));
        Path out = tmp.resolve("out");

        Cli cli = Cli.run("audit", zip.toString(), "--workspace", tmp.resolve("ws").toString(), "--out", out.toString());

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        int messages = ExportContents.read(Fixtures.path(CutXArchive.FOLDER)).messages().size();
        assertThat(cli.out()).contains(messages + " message(s) in the exports, 1 skipped");
        assertThat(Files.readAllLines(out.resolve("skipped.csv"))).containsExactly("file,position,reason", zip + ",byte "
                + cutAt + ",\"the zip is cut at byte " + cutAt + ", in its central directory (the list of its entries at its end;"
                + " truncated download?): no entry is cut, all " + ENTRIES + " entries were recovered from their own local headers\"");
    }

    @ParameterizedTest(name = "sizes in the local headers: {0}, cut {1} bytes into the central directory")
    @CsvSource({"true, 29", "true, 60", "false, 10", "false, 60", "true, -1", "false, -1"})
    void everyMessageIsReadAndTheCutIsSaidAsItIs(boolean sizesInHeaders, int into, @TempDir Path tmp) throws IOException {
        byte[] bytes = new CutXArchive(Map.of()).zip(sizesInHeaders);
        int directory = CutXArchive.centralDirectory(bytes);
        // -1: cut in the end record, after the whole central directory
        int cutAt = into >= 0 ? directory + into : bytes.length - 10;
        Path zip = CutXArchive.cut(bytes, cutAt, tmp.resolve("twitter-2023-drnoravance.zip"));
        ExportContents whole = ExportContents.read(Fixtures.path(CutXArchive.FOLDER));

        ExportContents read = ExportContents.read(zip);

        assertThat(read.messages()).hasSameSizeAs(whole.messages());
        assertThat(read.export().problems()).extracting(b -> b.source() + ": " + b.reason()).containsExactly(
                zip + " (byte " + cutAt + "): the zip is cut at byte " + cutAt + ", in its central directory (the list of its"
                        + " entries at its end; truncated download?): no entry is cut, all " + ENTRIES + " entries were recovered"
                        + " from their own local headers");
    }

    @ParameterizedTest(name = "sizes in the local headers: {0}")
    @ValueSource(booleans = {true, false})
    void aZipCutRightWhereItsLastEntryEndsSaysWhatMayBeLost(boolean sizesInHeaders, @TempDir Path tmp) throws IOException {
        byte[] bytes = new CutXArchive(Map.of()).zip(sizesInHeaders);
        int cutAt = CutXArchive.centralDirectory(bytes);
        Path zip = CutXArchive.cut(bytes, cutAt, tmp.resolve("twitter-2023-drnoravance.zip"));

        ExportContents read = ExportContents.read(zip);

        assertThat(read.messages()).hasSameSizeAs(ExportContents.read(Fixtures.path(CutXArchive.FOLDER)).messages());
        assertThat(read.export().problems()).extracting(b -> b.source() + ": " + b.reason()).containsExactly(
                zip + " (byte " + cutAt + "): the zip is cut at byte " + cutAt + ", right where its entry " + CutXArchive.PHOTO
                        + " ends (truncated download?): the " + ENTRIES + " entries before the cut are whole and were recovered"
                        + " from their own local headers; what followed (its central directory, the list of its entries at its"
                        + " end, and any entry after " + CutXArchive.PHOTO + ") is lost");
    }
}
