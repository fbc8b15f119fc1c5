package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An X archive cut short (an interrupted download) with a name that runs through a file salvaged
 * before it ({@code data/account.js/part1.js}), or a file named like a folder salvaged before it:
 * the salvage threw, leaving its temporary folder (copies of the export's files) on disk, or
 * reported a cut where there is none and lost the entries after it. Each such entry is reported
 * by its place in the zip and not read, the entries after it are, and the temporary folder is
 * deleted whenever the salvage fails.
 */
class NameThroughASalvagedFileTest {

    @Test
    void anEntryWhoseNameRunsThroughAFileReadBeforeIsReportedAndTheRestRead(@TempDir Path tmp) throws IOException {
        String clash = "data/account.js/part1.js";
        assertClashSkipped(Map.of(clash, CutXArchive.text("window.YTD.account.part1 = []")), clash,
                "its name runs through data/account.js, a file read before it: not read", tmp);
    }

    @Test
    void anEntryNamedAsAFolderOfEntriesReadBeforeIsReportedAndTheRestRead(@TempDir Path tmp) throws IOException {
        Map<String, byte[]> before = new LinkedHashMap<>();
        before.put("data/deleted-tweets.js/part1.js", CutXArchive.text("window.YTD.deleted_tweets.part1 = []"));
        before.put("data/deleted-tweets.js", CutXArchive.text("window.YTD.deleted_tweets.part0 = []"));
        assertClashSkipped(before, "data/deleted-tweets.js", "its name is that of a folder holding entries read before it: not read",
                tmp);
    }

    private static void assertClashSkipped(Map<String, byte[]> before, String clash, String reason, Path tmp) throws IOException {
        byte[] bytes = new CutXArchive(before).zip(false);
        Path zip = CutXArchive.cut(bytes, tmp.resolve("twitter-2023-drnoravance.zip"));
        Path temp = Files.createDirectory(tmp.resolve("temp"));
        Path dms = Fixtures.path(CutXArchive.FOLDER).resolve("data/direct-messages.js");
        int entry = List.copyOf(before.keySet()).indexOf(clash) + 2;

        ZipSalvage.Result salvaged = ZipSalvage.salvage(zip, "x.zip", ZipLimits.DEFAULT, temp);
        try (ExportTree tree = salvaged.tree(); InputStream in = tree.open("data/direct-messages.js")) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(dms));
            assertThat(tree.entries()).contains("data/account.js", "data/tweets.js").doesNotContain(clash);
        }
        assertThat(salvaged.problems()).extracting(b -> b.source() + ": " + b.reason()).first().isEqualTo(
                "x.zip!" + clash + " (entry " + entry + ", byte " + CutXArchive.header(bytes, clash) + "): " + reason);
        assertThat(salvaged.problems()).hasSize(2);
        assertThat(salvaged.problems().get(1).reason()).startsWith("the zip is cut at byte " + Files.size(zip));
        assertThat(listed(temp)).isEmpty();
    }

    /** A zip gone before it is salvaged (deleted since it was listed): the salvage fails, and leaves no folder behind. */
    @Test
    void aSalvageThatFailsLeavesNoTemporaryFolder(@TempDir Path tmp) throws IOException {
        Path gone = tmp.resolve("x.zip");
        Path temp = Files.createDirectory(tmp.resolve("temp"));

        assertThatThrownBy(() -> ZipSalvage.salvage(gone, "x.zip", ZipLimits.DEFAULT, temp)).isInstanceOf(IOException.class);
        assertThat(listed(temp)).isEmpty();
    }

    private static List<Path> listed(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        }
    }
}
