package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A zip's entries counted from its central directory before it is listed: a zip of too many
 * entries is refused with a reason, where listing it filled the heap (a zip of 2,000,000 empty
 * entries ended a 512 MB audit with OutOfMemoryError).
 */
class ZipEntryCountTest {

    private static Path zip(Path file, int entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
            z.setComment("a comment after the end record");
            for (int i = 0; i < entries; i++) {
                z.putNextEntry(new ZipEntry("media/p" + i + ".jpg"));
                z.closeEntry();
            }
        }
        return file;
    }

    @Test
    void theHeadersOfTheDirectoryAreCountedUpToOneMoreThanAsked(@TempDir Path tmp) throws IOException {
        Path zip = zip(tmp.resolve("a.zip"), 2_500);
        assertThat(ZipEntryCount.count(zip, 10_000)).isEqualTo(2_500);
        assertThat(ZipEntryCount.count(zip, 1_000)).isEqualTo(1_001);
    }

    @Test
    void aZip64DirectoryIsCounted(@TempDir Path tmp) throws IOException {
        // over 65,535 entries, the end record says 0xFFFF and the Zip64 end record the count
        Path zip = zip(tmp.resolve("many.zip"), 70_000);
        assertThat(ZipEntryCount.count(zip, 100_000)).isEqualTo(70_000);
    }

    @Test
    void anEndRecordThatUnderstatesTheCountIsNotBelieved(@TempDir Path tmp) throws IOException {
        Path zip = zip(tmp.resolve("liar.zip"), 3_000);
        byte[] bytes = Files.readAllBytes(zip);
        int eocd = lastIndexOf(bytes, new byte[] {0x50, 0x4b, 0x05, 0x06});
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putShort(eocd + 8, (short) 1).putShort(eocd + 10, (short) 1);
        Files.write(zip, bytes);
        assertThat(ZipEntryCount.count(zip, 10_000)).isEqualTo(3_000);
    }

    @Test
    void noDirectoryIsLeftToTheZipReader(@TempDir Path tmp) throws IOException {
        Path notAZip = Files.writeString(tmp.resolve("x.zip"), "{\"not\": \"a zip\"}");
        assertThat(ZipEntryCount.count(notAZip, 10)).isEqualTo(ZipEntryCount.UNKNOWN);
        Path zip = zip(tmp.resolve("cut.zip"), 50);
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(tmp.resolve("cut.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(ZipEntryCount.count(tmp.resolve("cut.zip"), 10)).isEqualTo(ZipEntryCount.UNKNOWN);
    }

    @Test
    void aZipInAFolderWithMoreEntriesThanAllowedIsListedWithTheReasonAndTheOtherExportsAreRead(@TempDir Path tmp)
            throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("exports"));
        Map<String, byte[]> linkedIn = new LinkedHashMap<>();
        Path dir = Fixtures.path("linkedin/complete-2024");
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                linkedIn.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        ExportLocatorTest.zip(folder.resolve("linkedin.zip"), linkedIn);
        Map<String, byte[]> many = new LinkedHashMap<>(linkedIn);
        for (int i = 0; i < 1_200; i++) {
            many.put("media/p" + i + ".jpg", "x".getBytes(StandardCharsets.UTF_8));
        }
        Path tooMany = ExportLocatorTest.zip(folder.resolve("too-many.zip"), many);
        ZipLimits small = new ZipLimits(1000, 1L << 30, 1_000_000, 1L << 30, 1L << 30);
        try (ExportLocator locator = new ExportLocator(small).locate(List.of(folder))) {
            assertThat(locator.exports()).hasSize(1);
            assertThat(locator.unrecognized()).singleElement().satisfies(u -> {
                assertThat(u.path()).isEqualTo(tooMany);
                assertThat(u.seen()).isEqualTo("refused: the zip lists more than 1000 entries, the limit");
            });
        }
    }

    @Test
    void theHeapBoundsTheEntriesAllowedBelowTheLimit() {
        assertThat(ZipTree.entriesAllowed(ZipLimits.DEFAULT, 512L << 20)).isEqualTo(393_216);
        assertThat(ZipTree.entriesAllowed(ZipLimits.DEFAULT, 8L << 30)).isEqualTo(2_000_000);
        assertThat(ZipTree.entriesAllowed(ZipLimits.DEFAULT, 64L << 20)).isEqualTo(10_000);
    }

    @Test
    void theZipsOpenTogetherShareWhatTheHeapCanList(@TempDir Path tmp) throws Exception {
        // a heap of 138 MB: 10,240 entries in all; each of these zips is within that alone
        long heap = (128L << 20) + (10L << 20);
        Path a = zip(tmp.resolve("a.zip"), 6_000);
        Path b = zip(tmp.resolve("b.zip"), 6_000);
        try (ZipTree first = ZipTree.open(a, ZipLimits.DEFAULT, "a.zip", heap);
                ZipTree second = ZipTree.open(b, ZipLimits.DEFAULT, "b.zip", heap)) {
            // the first, read by no one, was let go for the second, and is listed again to be read
            assertThat(second.entries()).hasSize(6_000);
            assertThat(first.entries()).hasSize(6_000);
            try (InputStream reading = first.open("media/p1.jpg")) {
                // this thread reads the first: it cannot wait for it, the second is refused
                assertThatThrownBy(() -> second.open("media/p1.jpg"))
                        .isInstanceOf(ArchiveFormatException.class)
                        .hasMessageContaining("refused: its 6000 entries, with the 6000 entries of the zips this run is"
                                + " reading, are more than this process can hold with its heap of 138 MB");
                // another thread waits until the first is put down
                ExecutorService other = Executors.newSingleThreadExecutor();
                try {
                    Future<Integer> waiting = other.submit(() -> {
                        try (InputStream in = second.open("media/p2.jpg")) {
                            return in.readAllBytes().length;
                        }
                    });
                    assertThatThrownBy(() -> waiting.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
                    reading.close();
                    assertThat(waiting.get(10, TimeUnit.SECONDS)).isZero();
                } finally {
                    other.shutdownNow();
                }
            }
        }
    }

    private static int lastIndexOf(byte[] bytes, byte[] sig) {
        for (int i = bytes.length - sig.length; i >= 0; i--) {
            if (bytes[i] == sig[0] && bytes[i + 1] == sig[1] && bytes[i + 2] == sig[2] && bytes[i + 3] == sig[3]) {
                return i;
            }
        }
        return -1;
    }
}
