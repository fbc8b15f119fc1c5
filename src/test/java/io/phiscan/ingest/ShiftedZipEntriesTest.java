package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phiscan.model.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Instagram export zip with bytes put into it or taken out of it (a copy gone wrong): every
 * place its directory gives after that point (or before it: the zip reader takes a shift of the
 * whole for bytes put before the zip) misses its entry's local header by as many bytes. Those
 * entries were each listed as damaged and not read, their messages lost though every byte of them
 * was there. Each is now found by its own header nearby and read; in a zip read in order (its
 * directory lost with the shift), the next entry's header is found past the damage. A byte put into
 * the directory itself left it listing none of the entries, read in order now. Fixture: {@code instagram/json-2022},
 * zipped here: its comments file first, then two conversations.
 */
class ShiftedZipEntriesTest {
    private static final String COMMENTS = "comments/post_comments_1.json";
    private static final String TRAIL = "messages/inbox/trailcrew_340282366841710300949128/message_1.json";

    @TempDir
    Path tmp;

    @Test
    void aBytePutBetweenTwoEntriesLosesNothing() throws IOException {
        byte[] zip = Fixtures.zipBytes("instagram/json-2022");
        Path file = write(insert(zip, localHeader(zip, TRAIL), (byte) 0x0a));

        ExportContents read = ExportContents.read(file);

        assertEverything(read, false);
        assertThat(read.bad()).singleElement().satisfies(b -> assertThat(b.reason())
                .contains("where its header is not").contains("1 byte back").contains("is read"));
    }

    @Test
    void bytesTakenOutOfOneEntryLoseThatEntryAlone() throws IOException {
        byte[] zip = Fixtures.zipBytes("instagram/json-2022");
        Path file = write(cut(zip, localHeader(zip, COMMENTS) + 30 + COMMENTS.length() + 40, 5));

        ExportContents read = ExportContents.read(file);

        assertEverything(read, true);
        // the zip's directory is no longer where its end says, so the zip is read in order, as a cut one is
        assertThat(read.bad()).allSatisfy(b -> assertThat(b.source().entry()).isEqualTo(COMMENTS))
                .extracting(IngestRecord.Bad::reason).satisfiesExactly(
                        r -> assertThat(r).startsWith("the entry's data is damaged: not read"),
                        r -> assertThat(r).startsWith("the next entry is not found where this one ends (")
                                .contains("the next entry's header was found by searching, at byte ").endsWith("are read"));
    }

    @Test
    void anEntryPlacedAtAnothersHeaderIsNotReadAsThatOne() throws IOException {
        String zoe = "messages/inbox/zoe.fixture_17845678901234567/message_1.json";
        byte[] zip = Fixtures.zipBytes("instagram/json-2022");
        int trail = localHeader(zip, TRAIL);
        placeAt(zip, TRAIL, localHeader(zip, zoe));
        // its own header damaged too: it is not found nearby
        zip[trail + 3] = 0x05;

        List<Message> read = new ArrayList<>();
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(write(zip)))) {
            Export export = locator.exports().get(0);
            assertThat(export.parts()).contains(TRAIL);
            for (String part : export.parts()) {
                if (part.equals(TRAIL)) {
                    // the audit lists the part with this reason ("the rest of the file cannot be read: …")
                    assertThatThrownBy(() -> export.open(part)).isInstanceOf(DamagedZipEntryException.class)
                            .hasMessageEndingWith("the entry's place in the zip is damaged: the zip's directory places it"
                                    + " where the local header of " + zoe + " is");
                    continue;
                }
                try (RecordCursor cursor = export.open(part)) {
                    for (IngestRecord r = cursor.next(); r != null; r = cursor.next()) {
                        if (r instanceof IngestRecord.Read m) {
                            read.add(m.message());
                        }
                    }
                }
            }
        }

        // the other conversation's messages once, none read again as the damaged entry's
        ExportContents whole = ExportContents.read(Fixtures.path("instagram/json-2022"));
        assertThat(read).extracting(m -> m.source().entry(), Message::text)
                .containsExactlyInAnyOrderElementsOf(whole.messages().stream().filter(m -> !m.source().entry().equals(TRAIL))
                        .map(m -> Tuple.tuple(m.source().entry(), m.text())).toList());
    }

    @Test
    void aBytePutIntoTheDirectoryLosesNothing() throws IOException {
        byte[] zip = Fixtures.zipBytes("instagram/json-2022");
        String latin = new String(zip, StandardCharsets.ISO_8859_1);
        int lastRecord = latin.lastIndexOf("PK\u0001\u0002");

        assertReadInOrder(insert(zip, lastRecord + 46 + 5, (byte) 'x'));
    }

    @Test
    void bytesTakenOutOfTheDirectoryLoseNothing() throws IOException {
        byte[] zip = Fixtures.zipBytes("instagram/json-2022");
        int first = new String(zip, StandardCharsets.ISO_8859_1).indexOf("PK\u0001\u0002");
        // five bytes of the first record's name: the records after it are read from the wrong place

        assertReadInOrder(cut(zip, first + 46 + 5, 5));
    }

    @Test
    void aPlaceDamagedAloneFarFromItsHeaderIsFoundWhereTheEntryBeforeItEnds() throws IOException {
        SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
        Path folder = Fixtures.path("instagram/json-2022");
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(channel); Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(f).toString().replace('\\', '/');
                if (name.equals(TRAIL)) {
                    // a photo between the comments and the conversations, larger than the reach of the search
                    z.putArchiveEntry(new ZipArchiveEntry("media/photo.jpg"));
                    z.write(randomBytes(3 * LocalHeaderCheck.REACH));
                    z.closeArchiveEntry();
                }
                z.putArchiveEntry(new ZipArchiveEntry(name));
                z.write(Files.readAllBytes(f));
                z.closeArchiveEntry();
            }
        }
        byte[] zip = Arrays.copyOf(channel.array(), (int) channel.size());
        // a byte of the place changed, into the photo's data: farther from the header than the search reaches
        int trail = localHeader(zip, TRAIL);
        int damaged = localHeader(zip, "media/photo.jpg") + 100;
        placeAt(zip, TRAIL, damaged);

        ExportContents read = ExportContents.read(write(zip));

        assertEverything(read, false);
        assertThat(read.bad()).singleElement().satisfies(b -> {
            assertThat(b.source().entry()).as(b.reason()).isEqualTo(TRAIL);
            assertThat(b.reason()).contains("where its header is not").contains("or a place was damaged")
                    .contains((trail - damaged) + " bytes on");
        });
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new java.util.Random(7).nextBytes(bytes);
        return bytes;
    }

    /** The damaged zip, its directory not to be trusted, is read in order: every message, and one row. */
    private void assertReadInOrder(byte[] damaged) throws IOException {
        ExportContents read = ExportContents.read(write(damaged));

        assertEverything(read, false);
        assertThat(read.bad()).singleElement().satisfies(b -> assertThat(b.reason())
                .startsWith("not a readable zip file (its central directory should list 4 entries, and only ")
                .endsWith("its entries were read in order from their own headers (4 data files)"));
    }

    @Test
    void theHeadersOfAZipStoredInTheZipAreNotTakenForTheExportsOwn() throws IOException {
        byte[] inner = Fixtures.zipBytes("reddit/reddit-2024");
        SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(channel)) {
            ZipArchiveEntry stored = new ZipArchiveEntry("a-zip-sent-in-a-message.zip");
            stored.setMethod(ZipArchiveEntry.STORED);
            stored.setSize(inner.length);
            CRC32 crc = new CRC32();
            crc.update(inner);
            stored.setCrc(crc.getValue());
            z.putArchiveEntry(stored);
            z.write(inner);
            z.closeArchiveEntry();
            Path folder = Fixtures.path("instagram/json-2022");
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    z.putArchiveEntry(new ZipArchiveEntry(folder.relativize(f).toString().replace('\\', '/')));
                    z.write(Files.readAllBytes(f));
                    z.closeArchiveEntry();
                }
            }
            // a photo last: the stream's reading ahead does not reach the zip's end at the damage
            z.putArchiveEntry(new ZipArchiveEntry("media/photo.jpg"));
            z.write(randomBytes(100_000));
            z.closeArchiveEntry();
        }
        byte[] zip = Arrays.copyOf(channel.array(), (int) channel.size());
        // the header after the stored zip damaged, and the zip cut before its directory: it is read in order
        zip[localHeader(zip, COMMENTS) + 3] = 0x05;
        int photo = localHeader(zip, "media/photo.jpg");
        zip = Arrays.copyOf(zip, new String(zip, StandardCharsets.ISO_8859_1).indexOf("PK\u0001\u0002", photo));

        ZipSalvage.Result salvaged = ZipSalvage.salvage(write(zip), "x.zip", ZipLimits.DEFAULT);

        try (ExportTree tree = salvaged.tree()) {
            assertThat(tree.entries()).contains(TRAIL).doesNotContain(COMMENTS)
                    .noneMatch(e -> e.endsWith(".csv"));
        }
    }

    /** Sets the place the zip's directory gives {@code name} to {@code at}. */
    private static void placeAt(byte[] zip, String name, int at) {
        String latin = new String(zip, StandardCharsets.ISO_8859_1);
        for (int h = latin.indexOf("PK\u0001\u0002"); h >= 0; h = latin.indexOf("PK\u0001\u0002", h + 4)) {
            if (latin.startsWith(name, h + 46)) {
                for (int i = 0; i < 4; i++) {
                    zip[h + 42 + i] = (byte) (at >>> (8 * i));
                }
                return;
            }
        }
        throw new AssertionError("no directory record of " + name);
    }

    /** Every message of the fixture is read, comments aside when {@code butComments}. */
    private static void assertEverything(ExportContents read, boolean butComments) throws IOException {
        ExportContents whole = ExportContents.read(Fixtures.path("instagram/json-2022"));
        assertThat(read.messages()).extracting(Message::conversationId, Message::text)
                .containsAll(whole.messages().stream()
                        .filter(m -> !butComments || m.source().entry().startsWith("messages/"))
                        .map(m -> Tuple.tuple(m.conversationId(), m.text())).toList());
        assertThat(read.messages()).filteredOn(m -> m.source().entry().startsWith("messages/"))
                .hasSize((int) whole.messages().stream().filter(m -> m.source().entry().startsWith("messages/")).count());
    }

    private Path write(byte[] zip) throws IOException {
        return Files.write(tmp.resolve("instagram-zoe.fixture-2022-03-01.zip"), zip);
    }

    /** The zip with {@code n} bytes taken out at {@code at}. */
    private static byte[] cut(byte[] zip, int at, int n) {
        byte[] out = new byte[zip.length - n];
        System.arraycopy(zip, 0, out, 0, at);
        System.arraycopy(zip, at + n, out, at, zip.length - at - n);
        return out;
    }

    private static byte[] insert(byte[] zip, int at, byte b) {
        byte[] out = new byte[zip.length + 1];
        System.arraycopy(zip, 0, out, 0, at);
        out[at] = b;
        System.arraycopy(zip, at, out, at + 1, zip.length - at);
        return out;
    }

    /** Where the local header of {@code name} begins. */
    private static int localHeader(byte[] zip, String name) {
        String latin = new String(zip, StandardCharsets.ISO_8859_1);
        for (int at = latin.indexOf("PK\u0003\u0004"); at >= 0; at = latin.indexOf("PK\u0003\u0004", at + 4)) {
            if (latin.startsWith(name, at + 30)) {
                return at;
            }
        }
        throw new AssertionError("no local header of " + name);
    }
}
