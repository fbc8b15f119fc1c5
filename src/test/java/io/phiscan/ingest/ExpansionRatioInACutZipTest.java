package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * An X archive cut short (an interrupted download) with an entry that expands far more than its
 * compressed size (a zip bomb): a whole zip refuses such an entry ({@link ZipLimits#maxRatio()}),
 * the salvage copied it. It is refused and reported as a whole zip's is, and the entries after it
 * are read; the compressed size is taken from the entry's local header, or, when the header
 * leaves it to a data descriptor after the data, counted as the data is read.
 */
class ExpansionRatioInACutZipTest {
    private static final String BOMB = "data/ad-engagements.js";
    /** A ratio of 10, checked past 4,096 bytes: the archive's own files, under 4 KB each, are never checked. */
    private static final ZipLimits LIMITS = new ZipLimits(1000, 1 << 20, 10, 4096);

    @ParameterizedTest(name = "sizes in the local headers: {0}")
    @ValueSource(booleans = {true, false})
    void anEntryExpandingPastTheRatioIsRefusedAndTheRestRead(boolean sizesInHeaders, @TempDir Path tmp) throws IOException {
        String bomb = "window.YTD.ad_engagements.part0 = [" + " ".repeat(400_000) + "]";
        byte[] bytes = new CutXArchive(Map.of(BOMB, CutXArchive.text(bomb))).zip(sizesInHeaders);
        Path zip = CutXArchive.cut(bytes, tmp.resolve("twitter-2023-drnoravance.zip"));
        Path dms = Fixtures.path(CutXArchive.FOLDER).resolve("data/direct-messages.js");

        ZipSalvage.Result salvaged = ZipSalvage.salvage(zip, "x.zip", LIMITS);
        try (ExportTree tree = salvaged.tree(); InputStream in = tree.open("data/direct-messages.js")) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(dms));
            assertThat(tree.entries()).contains("data/account.js", "data/tweets.js").doesNotContain(BOMB);
        }
        assertThat(salvaged.problems()).extracting(b -> b.source() + ": " + b.reason()).first().isEqualTo(
                "x.zip!" + BOMB + " (entry 2, byte " + CutXArchive.header(bytes, BOMB) + "): refused: the entry expands more than"
                        + " 10 times its compressed size (a zip bomb?)");
        assertThat(salvaged.problems()).hasSize(2);
        assertThat(salvaged.problems().get(1).reason()).startsWith("the zip is cut at byte " + Files.size(zip));
    }
}
