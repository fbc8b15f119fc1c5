package io.phiscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest lists each output with the SHA-256 taken as it was written: that digest must be
 * the one of the bytes on disk, however the writer buffered them, and a file the folder did not
 * see written whole must be read instead.
 */
class OutputFolderTest {
    @TempDir
    Path dir;

    @Test
    void theDigestOfAFileIsThatOfTheBytesOnDiskHoweverTheyWereWritten() throws IOException {
        OutputFolder folder = new OutputFolder(dir);
        try (CSVPrinter csv = SafeCsv.open(folder, "a.csv", "cell")) {
            SafeCsv.row(csv, "=1+1");
            SafeCsv.row(csv, "Élodie, \"quoted\"\nline");
        }
        byte[] big = new byte[200_000];
        Arrays.fill(big, (byte) 'x');
        try (OutputStream o = new BufferedOutputStream(folder.create("page.html"), 1 << 16)) {
            o.write(big);
            o.write('!');
            o.write(big, 10, 70_000);
        }
        Path notes = OwnerOnlyFiles.folder(dir.resolve("notes"));
        try (OutputStream o = folder.createIn(notes, "F-1.txt")) {
            for (byte b : "one byte at a time".getBytes(StandardCharsets.UTF_8)) {
                o.write(b);
            }
        }
        for (Path f : List.of(dir.resolve("a.csv"), dir.resolve("page.html"), notes.resolve("F-1.txt"))) {
            assertThat(folder.digest(f)).as(f.toString()).isEqualTo(Manifest.sha256(f));
        }
        assertThat(Files.size(dir.resolve("page.html"))).isEqualTo(270_001);
    }

    @Test
    void aFileWrittenAgainIsListedWithItsNewBytes() throws IOException {
        OutputFolder folder = new OutputFolder(dir);
        try (OutputStream o = folder.create("warnings.csv")) {
            o.write("first".getBytes(StandardCharsets.UTF_8));
        }
        try (OutputStream o = folder.create("warnings.csv")) {
            o.write("second".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.readString(dir.resolve("warnings.csv"))).isEqualTo("second");
        assertThat(folder.digest(dir.resolve("warnings.csv"))).isEqualTo(Manifest.sha256(dir.resolve("warnings.csv")));
    }

    @Test
    void filesTheFolderDidNotSeeWrittenWholeAreReadForTheManifest() throws IOException {
        OutputFolder folder = new OutputFolder(dir);
        try (OutputStream done = folder.create("done.txt")) {
            done.write("complete".getBytes(StandardCharsets.UTF_8));
        }
        OutputStream open = folder.create("open.txt");
        open.write("written, not closed".getBytes(StandardCharsets.UTF_8));
        open.flush();
        Files.writeString(dir.resolve("elsewhere.txt"), "written by another program");
        assertThat(folder.digest(dir.resolve("open.txt"))).isNull();
        assertThat(folder.digest(dir.resolve("elsewhere.txt"))).isNull();

        String sha256 = new Manifest().write(folder, "R1", List.of("done.txt", "open.txt", "elsewhere.txt"), null);
        open.close();

        ManifestFile manifest = ManifestFile.read(dir.resolve(Manifest.FILE));
        assertThat(manifest.files()).containsExactly(
                java.util.Map.entry("done.txt", Manifest.sha256(dir.resolve("done.txt"))),
                java.util.Map.entry("elsewhere.txt", Manifest.sha256(dir.resolve("elsewhere.txt"))),
                java.util.Map.entry("open.txt", Manifest.sha256(dir.resolve("open.txt"))));
        assertThat(sha256).isEqualTo(Manifest.sha256(dir.resolve(Manifest.FILE)));
    }
}
