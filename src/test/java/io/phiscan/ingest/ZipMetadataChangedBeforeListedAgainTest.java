package io.phiscan.ingest;

import static io.phiscan.ingest.ZipsBeyondTheHeapTogetherTest.HEAP;
import static io.phiscan.ingest.ZipsBeyondTheHeapTogetherTest.bigExport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A zip let go for another zip's listing, whose permissions, owner or links changed before it was
 * listed again, was "rewritten or replaced after this run first read it" and its parts were not
 * read (listed in skipped.csv): those change the file's change time, and the zip was compared by
 * a stamp that holds it, though its bytes were the same. It is now read as usual; a zip rewritten
 * in place under the same size, time and inode is still not read.
 */
class ZipMetadataChangedBeforeListedAgainTest {
    /** Messages of the fixture {@code twitter/current-2024.zip} (its README). */
    private static final int MESSAGES = 15;

    @Test
    void aZipWhosePermissionsChangedWhileLetGoIsReadWhole(@TempDir Path tmp) throws IOException {
        Path a = bigExport(tmp.resolve("a.zip"));
        List<IngestRecord> records = readLetGoAndChanged(a, bigExport(tmp.resolve("b.zip")),
                () -> Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("r--------")));

        assertThat(records).filteredOn(r -> r instanceof IngestRecord.Bad).isEmpty();
        assertThat(records).filteredOn(r -> r instanceof IngestRecord.Read).hasSize(MESSAGES);
    }

    @Test
    void aZipGivenAnotherOwnerAndLinkWhileLetGoIsReadWhole(@TempDir Path tmp) throws IOException {
        Path a = bigExport(tmp.resolve("a.zip"));
        List<IngestRecord> records = readLetGoAndChanged(a, bigExport(tmp.resolve("b.zip")), () -> {
            Files.setOwner(a, Files.getOwner(a));
            Files.createLink(tmp.resolve("a-backup.zip"), a);
        });

        assertThat(records).filteredOn(r -> r instanceof IngestRecord.Bad).isEmpty();
        assertThat(records).filteredOn(r -> r instanceof IngestRecord.Read).hasSize(MESSAGES);
    }

    @Test
    void aZipWhosePermissionsChangedWhileItIsRecognizedIsFound(@TempDir Path tmp) throws IOException {
        Path a = bigExport(tmp.resolve("a.zip"));
        Path b = bigExport(tmp.resolve("b.zip"));
        try (ZipTree first = ZipTree.open(a, ZipLimits.DEFAULT, "a.zip", HEAP)) {
            ZipTree.open(b, ZipLimits.DEFAULT, "b.zip", HEAP).close();
            Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rw-------"));

            assertThat(first.entries()).hasSize(6_011);
            assertThat(first.exists("data/tweets.js")).isTrue();
            assertThat(first.size("data/tweets.js")).isPositive();
            assertThat(first.listings()).isEqualTo(2);
        }
    }

    @Test
    void aZipRewrittenInPlaceUnderTheSameSizeTimeAndInodeIsNotReadAgain(@TempDir Path tmp) throws IOException {
        Path a = bigExport(tmp.resolve("a.zip"));
        Path b = bigExport(tmp.resolve("b.zip"));
        // the same zip but for one media file's byte: the same size, other CRC-32
        Path other = otherMedia(a, tmp.resolve("other.zip"));
        assertThat(Files.size(other)).isEqualTo(Files.size(a));
        Object inode = Files.getAttribute(a, "unix:ino");
        FileTime time = Files.getLastModifiedTime(a);
        try (ZipTree first = ZipTree.open(a, ZipLimits.DEFAULT, "a.zip", HEAP)) {
            ZipTree.open(b, ZipLimits.DEFAULT, "b.zip", HEAP).close();
            Files.write(a, Files.readAllBytes(other));
            Files.setLastModifiedTime(a, time);
            assertThat(Files.getAttribute(a, "unix:ino")).isEqualTo(inode);

            assertThatThrownBy(first::entries).isInstanceOf(ArchiveFormatException.class)
                    .hasMessage("(file a.zip) the zip a.zip was rewritten or replaced after this run first read it: "
                            + "not read again (the next audit reads it)");
        }
    }

    /**
     * Finds the export of {@code a} under a heap that lists one zip at a time, lists {@code b}
     * (which lets {@code a} go), makes {@code change}, and reads every part of the export.
     */
    private static List<IngestRecord> readLetGoAndChanged(Path a, Path b, Change change) throws IOException {
        List<IngestRecord> records = new ArrayList<>();
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT, UnaryOperator.identity(), HEAP)
                .locate(List.of(a))) {
            assertThat(locator.unrecognized()).isEmpty();
            Export export = locator.exports().get(0);
            ZipTree.open(b, ZipLimits.DEFAULT, "b.zip", HEAP).close();
            change.make();
            records.addAll(export.problems());
            try (ExportTree.Hold held = locator.tree(export).hold()) {
                for (String part : export.parts()) {
                    try (RecordCursor cursor = export.open(part)) {
                        for (IngestRecord r = cursor.next(); r != null; r = cursor.next()) {
                            records.add(r);
                        }
                    }
                }
            }
            assertThat(SmallHeapZips.listings(locator.tree(export))).isEqualTo(2);
        }
        return records;
    }

    /** The entries of {@code zip}, the first media file's byte changed, written to {@code to}. */
    private static Path otherMedia(Path zip, Path to) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile from = new ZipFile(zip.toFile())) {
            for (var e : Collections.list(from.entries())) {
                try (InputStream in = from.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        entries.put("data/tweets_media/0-photo.jpg", new byte[] {1});
        return ExportLocatorTest.zip(to, entries);
    }

    private interface Change {
        void make() throws IOException;
    }
}
