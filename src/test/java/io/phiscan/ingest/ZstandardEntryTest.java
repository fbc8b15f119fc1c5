package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.cli.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An X archive whose direct messages are compressed with Zstandard (method 93, which some zip
 * tools write; phiscan does not ship its library). Before, reading the entry failed the run with a
 * missing class, and every run after it the same way. A whole zip is now refused as an export that
 * cannot be read, with the reason, and the other exports of the input are audited; a zip cut short
 * keeps what precedes the entry and says why it stops there.
 */
class ZstandardEntryTest {
    private static final String DMS = "data/direct-messages.js";
    private static final int ZSTANDARD = 93;

    @Test
    void aWholeZipIsRefusedWithTheReasonAndTheOtherExportsAreAudited(@TempDir Path tmp) throws IOException {
        byte[] zip = new CutXArchive(Map.of()).zip(true);
        CutXArchive.method(zip, DMS, ZSTANDARD);
        centralMethod(zip, DMS, ZSTANDARD);
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Path bad = Files.write(inbox.resolve("twitter-2023-drnoravance.zip"), zip);

        Cli alone = Cli.run("audit", bad.toString(), "--workspace", tmp.resolve("ws1").toString());
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err()).contains(bad + ": the entry is compressed with a method phiscan cannot read (method 93)")
                .doesNotContain("NoClassDefFoundError");

        Path good = inbox.resolve("reddit");
        ExportLocatorTest.copyFolder(Fixtures.path("reddit/archive-split"), good);
        Path out = tmp.resolve("out");
        Cli both = Cli.run("audit", inbox.toString(), "--workspace", tmp.resolve("ws2").toString(), "--out", out.toString());
        assertThat(both.exitCode()).as(both.err()).isZero();
        assertThat(both.out()).contains("completed").contains("1 export(s)");
        assertThat(both.err() + both.out() + Files.readString(out.resolve("skipped.csv")) + Files.readString(out.resolve("findings.json")))
                .contains("compressed with a method phiscan cannot read (method 93)");
    }

    @Test
    void aCutZipKeepsWhatPrecedesTheEntryAndSaysWhyItStops(@TempDir Path tmp) throws IOException {
        byte[] zip = new CutXArchive(Map.of()).zip(true);
        CutXArchive.method(zip, DMS, ZSTANDARD);
        Path cut = CutXArchive.cut(zip, tmp.resolve("twitter-2023-drnoravance.zip"));

        ZipSalvage.Result salvaged = ZipSalvage.salvage(cut, "x.zip", ZipLimits.DEFAULT, Files.createDirectory(tmp.resolve("temp")));

        try (ExportTree tree = salvaged.tree()) {
            assertThat(tree.entries()).contains("data/account.js").doesNotContain(DMS);
        }
        assertThat(salvaged.problems()).extracting(IngestRecord.Bad::reason).anySatisfy(r -> assertThat(r)
                .isEqualTo("the entry after this one is compressed with a method phiscan cannot read (Zstandard or XZ): it and"
                        + " the entries after it are not read"));
    }

    /** Sets the compression method in the central directory's header of the entry named {@code name}. */
    private static void centralMethod(byte[] zip, String name, int method) {
        String latin = new String(zip, StandardCharsets.ISO_8859_1);
        for (int at = latin.indexOf("PK\u0001\u0002"); at >= 0; at = latin.indexOf("PK\u0001\u0002", at + 4)) {
            int length = (zip[at + 28] & 0xff) | (zip[at + 29] & 0xff) << 8;
            if (new String(zip, at + 46, length, StandardCharsets.UTF_8).equals(name)) {
                zip[at + 10] = (byte) method;
                zip[at + 11] = (byte) (method >>> 8);
                return;
            }
        }
        throw new AssertionError("no entry " + name);
    }
}
