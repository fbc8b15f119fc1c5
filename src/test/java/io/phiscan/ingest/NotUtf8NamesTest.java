package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Facebook HTML thread folder whose name is not valid UTF-8 ({@code bad\xff_2/}) ended the
 * whole run: Java lists the name with U+FFFD, the file cannot be opened again by that name, and
 * the {@code NoSuchFileException} of the look at the first thread files (the layout, the owner)
 * escaped recognition. The export is read, and that file is a skipped record saying why; a chat
 * of a secure-storage download so named is one too. Such a name cannot be committed or made from
 * a Java string, so it is made here with the shell.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@EnabledOnOs({OS.LINUX, OS.MAC})
class NotUtf8NamesTest {
    private static final String INBOX = "your_activity_across_facebook/messages/inbox/";

    @Test
    void anHtmlThreadFolderNamedInBadUtf8IsASkippedRecord(@TempDir Path tmp) throws Exception {
        Path export = tmp.resolve("facebook");
        ExportLocatorTest.copyFolder(Fixtures.path("facebook/html-2024"), export);
        int whole = ExportContents.read(export).messages().size();
        Process cp = new ProcessBuilder("sh", "-c", "cp -R zoefixture_1029384756 \"$(printf 'bad\\377_2')\"")
                .directory(export.resolve(INBOX).toFile()).inheritIO().start();
        assertThat(cp.waitFor()).isZero();
        try (Stream<Path> listed = Files.list(export.resolve(INBOX))) {
            assumeThat(listed.map(p -> p.getFileName().toString())).as("names read as UTF-8").contains("bad\uFFFD_2");
        }

        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(export))) {
            Export found = locator.exports().get(0);
            String bad = INBOX + "bad\uFFFD_2/message_1.html";
            assertThat(found.parts()).contains(bad);
            assertThatThrownBy(() -> found.open(bad)).isInstanceOfSatisfying(ArchiveFormatException.class,
                    e -> assertThat(e.reason()).isEqualTo("its name, or the name of a folder it is in, is not valid"
                            + " UTF-8 (the bad bytes were read as U+FFFD), so it cannot be opened by that name"));
            assertThat(readAllBut(found, bad)).isEqualTo(whole);
        }
    }

    /** A chat of a secure-storage download named in bad UTF-8 was passed over as no chat, in silence. */
    @Test
    void aSecureStorageChatNamedInBadUtf8IsASkippedRecord(@TempDir Path tmp) throws Exception {
        Path export = tmp.resolve("secure");
        ExportLocatorTest.copyFolder(Fixtures.path("facebook/e2ee-2024"), export);
        int whole = ExportContents.read(export).messages().size();
        Process cp = new ProcessBuilder("sh", "-c", "cp ZoeFixture_1.json \"$(printf 'Zo\\353_2.json')\"")
                .directory(export.toFile()).inheritIO().start();
        assertThat(cp.waitFor()).isZero();
        try (Stream<Path> listed = Files.list(export)) {
            assumeThat(listed.map(p -> p.getFileName().toString())).as("names read as UTF-8").contains("Zo\uFFFD_2.json");
        }

        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(export))) {
            Export found = locator.exports().get(0);
            assertThat(found.parts()).contains("Zo\uFFFD_2.json");
            assertThatThrownBy(() -> found.open("Zo\uFFFD_2.json")).isInstanceOfSatisfying(ArchiveFormatException.class,
                    e -> assertThat(e.reason()).startsWith("its name, or the name of a folder it is in, is not valid UTF-8"));
            assertThat(readAllBut(found, "Zo\uFFFD_2.json")).isEqualTo(whole);
        }
    }

    private static int readAllBut(Export export, String skipped) throws IOException {
        List<IngestRecord> read = new ArrayList<>();
        for (String part : export.parts()) {
            if (part.equals(skipped)) {
                continue;
            }
            try (RecordCursor cursor = export.open(part)) {
                for (IngestRecord r = cursor.next(); r != null; r = cursor.next()) {
                    if (r instanceof IngestRecord.Read) {
                        read.add(r);
                    }
                }
            }
        }
        return read.size();
    }
}
