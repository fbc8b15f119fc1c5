package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A LinkedIn export zip cut short (an interrupted download), its files in a folder: what comes
 * before the cut is copied into a temporary folder and read from there. The folder was owner-only
 * but the copies, and the folders made for them, took the umask's permissions (0644, 0666 under
 * umask 000: copies of an export in /tmp). They are created 0600 and 0700 now.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class SalvagedZipTempFilesTest {

    @Test
    void theFilesSalvagedFromACutZipAreOwnerOnly(@TempDir Path tmp) throws IOException {
        Instant start = Instant.now().minusSeconds(1);
        Path whole = Fixtures.zip("linkedin/complete-2024", tmp.resolve("whole.zip"), "Complete_LinkedInDataExport_03-06-2024/");
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(tmp.resolve("Complete_LinkedInDataExport_03-06-2024.zip"), Arrays.copyOf(bytes, bytes.length - 200));

        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(cut))) {
            assertThat(locator.exports()).hasSize(1);
            List<Path> salvaged;
            try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                salvaged = temp.filter(p -> p.getFileName().toString().startsWith("phiscan-salvage-") && made(p, start)).toList();
            }
            assertThat(salvaged).isNotEmpty();
            for (Path dir : salvaged) {
                List<Path> inside;
                try (Stream<Path> walk = Files.walk(dir)) {
                    inside = walk.toList();
                }
                assertThat(inside).filteredOn(Files::isRegularFile).isNotEmpty();
                assertThat(inside).filteredOn(Files::isDirectory).hasSizeGreaterThan(1);
                assertThat(inside).allSatisfy(p -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
                        .as(p.toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------"));
            }
        }
    }

    private static boolean made(Path p, Instant after) {
        try {
            return Files.getLastModifiedTime(p).compareTo(FileTime.from(after)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }
}
