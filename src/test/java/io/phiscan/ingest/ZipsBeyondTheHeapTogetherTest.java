package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of zipped exports, each within what the heap can list but not all of them together:
 * under -Xmx512m an audit read the first and refused the later ones ('its 300000 entries, with
 * the 300000 entries of the zips this run already holds open, are more than this process can
 * hold…'), because every zip stayed listed from the moment it was found until the run ended.
 * A zip is now listed while it is read, and let go when another needs the room.
 */
class ZipsBeyondTheHeapTogetherTest {
    /** A heap of 138 MB: 10,240 listed entries in all, so one of these zips at a time. */
    static final long HEAP = (128L << 20) + (10L << 20);
    /** Messages of the fixture {@code twitter/current-2024.zip} (its README). */
    private static final int MESSAGES = 15;

    /** The X fixture zip with 6,000 media files besides: 6,011 entries. */
    static Path bigExport(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile fixture = new ZipFile(Fixtures.path("twitter/current-2024.zip").toFile())) {
            for (var e : Collections.list(fixture.entries())) {
                try (InputStream in = fixture.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        for (int i = 0; i < 6_000; i++) {
            entries.put("data/tweets_media/" + i + "-photo.jpg", new byte[] {(byte) i});
        }
        return ExportLocatorTest.zip(file, entries);
    }

    @Test
    void everyZipOfAFolderIsFoundAndReadOnTwoThreads(@TempDir Path tmp) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("exports"));
        for (String name : List.of("a.zip", "b.zip", "c.zip")) {
            bigExport(folder.resolve(name));
        }
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT, UnaryOperator.identity(), HEAP)
                .locate(List.of(folder))) {
            assertThat(locator.unrecognized()).isEmpty();
            assertThat(locator.exports()).hasSize(3);
            // as the ingest step reads them: each export a unit (its parts in order), the units on two threads
            List<Callable<List<IngestRecord>>> units = new ArrayList<>();
            for (Export export : locator.exports()) {
                units.add(() -> {
                    List<IngestRecord> records = new ArrayList<>(export.problems());
                    try (ExportTree.Hold held = locator.tree(export).hold()) {
                        for (String part : export.parts()) {
                            try (RecordCursor cursor = export.open(part)) {
                                for (IngestRecord r = cursor.next(); r != null; r = cursor.next()) {
                                    records.add(r);
                                }
                            }
                        }
                    }
                    return records;
                });
            }
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                for (Future<List<IngestRecord>> unit : threads.invokeAll(units, 60, TimeUnit.SECONDS)) {
                    List<IngestRecord> records = unit.get();
                    assertThat(records).filteredOn(r -> r instanceof IngestRecord.Bad).isEmpty();
                    assertThat(records).filteredOn(r -> r instanceof IngestRecord.Read).hasSize(MESSAGES);
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }

    @Test
    void aZipRewrittenAfterItWasLetGoIsNotReadAgain(@TempDir Path tmp) throws IOException {
        Path a = bigExport(tmp.resolve("a.zip"));
        Path b = bigExport(tmp.resolve("b.zip"));
        try (ZipTree first = ZipTree.open(a, ZipLimits.DEFAULT, "a.zip", HEAP);
                ZipTree second = ZipTree.open(b, ZipLimits.DEFAULT, "b.zip", HEAP)) {
            // the first was let go for the second; its file is then replaced
            Files.move(b, a, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertThatThrownBy(() -> first.open("data/tweets.js").close())
                    .isInstanceOf(ArchiveFormatException.class)
                    .hasMessageContaining("the zip a.zip was rewritten or replaced after this run first read it");
            assertThat(first.size("data/tweets.js")).isEqualTo(-1);
        }
    }
}
