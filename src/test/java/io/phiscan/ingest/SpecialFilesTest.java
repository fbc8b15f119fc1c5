package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Named pipes and other special files, and folders named like the files the readers read
 * ({@code message_2.json/}, {@code messages.json/}), were passed over in silence. Each is a
 * skipped record saying what it is, and a named pipe is never opened (reading one waits for a
 * writer). Pipes cannot be committed, so these exports are copies of fixtures, changed here.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SpecialFilesTest {
    private static final String THREAD = "your_activity_across_facebook/messages/inbox/zoefixture_1029384756/";

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aNamedPipeInAnExportIsListedAndNeverOpened(@TempDir Path tmp) throws Exception {
        Path export = tmp.resolve("facebook");
        ExportLocatorTest.copyFolder(Fixtures.path("facebook/json-2024"), export);
        int whole = ExportContents.read(export).messages().size();
        mkfifo(export.resolve(THREAD + "message_2.json"));

        ExportContents read = ExportContents.read(export);

        assertThat(read.messages()).hasSize(whole);
        assertThat(read.bad()).extracting(b -> b.source().entry() + " (" + b.source().position() + "): " + b.reason())
                .containsExactly(THREAD + "message_2.json (): a named pipe (FIFO): not a regular file, not opened");
    }

    @Test
    void aFolderNamedLikeAMessageFileIsListed(@TempDir Path tmp) throws Exception {
        Path export = tmp.resolve("facebook");
        ExportLocatorTest.copyFolder(Fixtures.path("facebook/json-2024"), export);
        int whole = ExportContents.read(export).messages().size();
        Files.createDirectories(export.resolve(THREAD + "message_2.json"));

        ExportContents read = ExportContents.read(export);

        assertThat(read.messages()).hasSize(whole);
        assertThat(read.bad()).extracting(b -> b.source().entry() + ": " + b.reason()).containsExactly(
                THREAD + "message_2.json/: a folder where a file of this name (.json) is expected: not read as one");
    }

    @Test
    void aZipFolderNamedLikeAMessageFileIsListed(@TempDir Path tmp) throws Exception {
        Path zip = tmp.resolve("facebook.zip");
        Path from = Fixtures.path("facebook/json-2024");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(from.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(THREAD + "message_2.json/"));
            out.closeEntry();
            out.putNextEntry(new ZipEntry(THREAD + "message_3.json/photo.jpg"));
            out.write(new byte[] {(byte) 0xFF, (byte) 0xD8});
            out.closeEntry();
        }
        int whole = ExportContents.read(from).messages().size();

        ExportContents read = ExportContents.read(zip);

        assertThat(read.messages()).hasSize(whole);
        assertThat(read.bad()).extracting(b -> b.source().entry() + ": " + b.reason()).containsExactly(
                THREAD + "message_2.json/: a folder where a file of this name (.json) is expected: not read as one",
                THREAD + "message_3.json/: a folder where a file of this name (.json) is expected: not read as one");
    }

    @Test
    void instagramsMessagesJsonAsAFolderIsNamedInWhatWasSeen(@TempDir Path tmp) throws Exception {
        Path export = tmp.resolve("instagram");
        ExportLocatorTest.copyFolder(Fixtures.path("instagram/json-2019"), export);
        Files.delete(export.resolve("messages.json"));
        Files.createDirectories(export.resolve("messages.json"));

        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(tmp))) {
            assertThat(locator.exports()).isEmpty();
            assertThat(locator.unrecognized()).extracting(u -> tmp.relativize(u.path()) + ": " + u.seen()).containsExactly(
                    "instagram/messages.json: a folder where a file of this name (.json) is expected: not read as one",
                    ": a folder holding instagram/ and no export of a known platform; inside it, messages.json: a folder"
                            + " where a file of this name (.json) is expected: not read as one");
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aNamedPipeAmongExportsIsListedAsNotRead(@TempDir Path tmp) throws Exception {
        Path inbox = tmp.resolve("inbox");
        ExportLocatorTest.copyFolder(Fixtures.path("linkedin/complete-2024"), inbox.resolve("linkedin"));
        mkfifo(inbox.resolve("export.zip"));
        mkfifo(inbox.resolve("notes"));

        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(inbox))) {
            assertThat(locator.exports()).hasSize(1);
            assertThat(locator.unrecognized()).extracting(u -> u.path().getFileName() + ": " + u.seen()).containsExactly(
                    "export.zip: a named pipe (FIFO): not a regular file, not opened",
                    "notes: a named pipe (FIFO): not a regular file, not opened");
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void openingANamedPipeOfAFolderIsRefusedWithoutWaiting(@TempDir Path tmp) throws Exception {
        mkfifo(tmp.resolve("outbox.json"));
        FolderTree tree = new FolderTree(tmp);
        assertThat(tree.entries()).isEmpty();
        assertThat(tree.passedOver()).containsExactly(
                java.util.Map.entry("outbox.json", "a named pipe (FIFO): not a regular file, not opened"));
        assertThatThrownBy(() -> tree.open("outbox.json")).isInstanceOf(ArchiveFormatException.class)
                .hasMessageContaining("a named pipe (FIFO): not a regular file, not opened");
    }

    private static void mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
    }
}
