package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An X archive cut short is salvaged into a temporary folder of copies of its files, then tried
 * with the readers: when trying them fails (a reader's I/O error), the copies, which are the
 * export's files, must not stay on disk after the failure.
 */
class SalvagedExportThatFailsToReadTest {

    @Test
    void theSalvagedCopiesAreDeletedWhenReadingThemFails(@TempDir Path tmp) throws IOException {
        Path zip = CutXArchive.cut(new CutXArchive(Map.of()).zip(false), tmp.resolve("twitter-2023-drnoravance.zip"));
        Set<Path> before = salvageFolders();
        Set<Path> seen = new HashSet<>();
        ZipSearch.Sink failing = new ZipSearch.Sink() {
            @Override
            public boolean recognize(ExportTree tree, boolean named, List<IngestRecord.Bad> extra, String damage)
                    throws IOException {
                salvageFolders().stream().filter(f -> !before.contains(f)).forEach(seen::add);
                throw new IOException("the disk under the copies failed");
            }

            @Override
            public void unrecognized(String name, boolean named, String why) {
            }

            @Override
            public void keepOpen(ExportTree zip, Path tempFile) {
            }
        };

        assertThatThrownBy(() -> new ZipSearch(ZipLimits.DEFAULT, Runtime.getRuntime().maxMemory(), failing)
                .search(zip, "twitter-2023-drnoravance.zip", true, 0, null))
                .isInstanceOf(IOException.class).hasMessageContaining("the disk under the copies failed");

        assertThat(seen).as("the salvage made its folder of copies").isNotEmpty();
        assertThat(seen).allSatisfy(f -> assertThat(f).doesNotExist());
    }

    private static Set<Path> salvageFolders() throws IOException {
        try (Stream<Path> list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return new HashSet<>(list.filter(p -> p.getFileName().toString().startsWith("phiscan-salvage-")).toList());
        }
    }
}
