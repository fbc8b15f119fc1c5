package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A zip entry whose Unix mode (the upper half of its external attributes) is a symbolic link
 * ({@code S_IFLNK}, as {@code zip -y} and macOS write one) was read as a file holding the path the
 * link leads to. It is not read: it is a skipped record saying it is a link, and the files around
 * it are read.
 */
class ZipSymlinkEntryTest {
    private static final String THREAD = "your_activity_across_facebook/messages/inbox/zoefixture_1029384756/";

    @Test
    void aSymbolicLinkInAZipIsListedAsSkippedAndNotRead(@TempDir Path tmp) throws IOException {
        Path folder = Fixtures.path("facebook/json-2024");
        Path zip = tmp.resolve("facebook-drvance.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipArchiveOutputStream z = new ZipArchiveOutputStream(out);
                Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(f).toString();
                z.putArchiveEntry(new ZipArchiveEntry(name));
                z.write(Files.readAllBytes(f));
                z.closeArchiveEntry();
                if (name.equals(THREAD + "message_1.json")) {
                    // message_2.json -> message_1.json, as `zip -y` stores a link: the mode, and the target as content
                    ZipArchiveEntry link = new ZipArchiveEntry(THREAD + "message_2.json");
                    link.setUnixMode(0120777);
                    z.putArchiveEntry(link);
                    z.write("message_1.json".getBytes(StandardCharsets.UTF_8));
                    z.closeArchiveEntry();
                }
            }
        }

        ExportContents read = ExportContents.read(zip);

        assertThat(read.export().parts()).doesNotContain(THREAD + "message_2.json");
        assertThat(read.bad()).extracting(b -> b.source().entry() + " (" + b.source().position() + "): " + b.reason())
                .containsExactly(THREAD + "message_2.json (zip entry): a symbolic link in the zip (to another path), not followed:"
                        + " not read");
        assertThat(read.messages()).hasSize(ExportContents.read(folder).messages().size());
    }
}
