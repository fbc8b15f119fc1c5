package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An X archive cut before its central directory (an interrupted download) in which one entry's
 * name is marked as UTF-8 (general purpose bit 11) but is not: the salvage stopped at that entry,
 * so the direct messages after it were lost, and the cut went unreported. The entry is reported by
 * its place in the zip, read under its name with U+FFFD for the bad bytes, and every entry after
 * it is salvaged.
 */
class MisflaggedUtf8NameInACutZipTest {
    private static final String BAD = "data/notes/caf\u00e9.txt";

    @Test
    void theEntriesAfterAFalselyMarkedNameAreSalvaged(@TempDir Path tmp) throws IOException {
        Path folder = Fixtures.path("twitter/no-manifest-2023");
        ExportContents whole = ExportContents.read(folder);
        int dms = whole.from("data/direct-messages.js").size();
        assertThat(dms).isPositive();

        // the account first, then the entry whose name is bad, then the rest: direct messages and tweets
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("data/account.js", Files.readAllBytes(folder.resolve("data/account.js")));
        entries.put(BAD, "a note".getBytes(StandardCharsets.UTF_8));
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                entries.putIfAbsent(folder.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        String latin = new String(zip(entries), StandardCharsets.ISO_8859_1);
        // é is C3 A9, marked UTF-8; E9 2D is not UTF-8. Cut where the central directory begins.
        int header = latin.lastIndexOf("PK\u0003\u0004", latin.indexOf("caf\u00c3\u00a9"));
        int cutAt = latin.indexOf("PK\u0001\u0002");
        byte[] bytes = Arrays.copyOf(latin.replace("caf\u00c3\u00a9", "caf\u00e9-").getBytes(StandardCharsets.ISO_8859_1), cutAt);
        Path zip = Files.write(tmp.resolve("twitter-2023-drnoravance.zip"), bytes);

        ExportContents read = ExportContents.read(zip);
        assertThat(read.from("data/direct-messages.js")).hasSize(dms);
        assertThat(read.messages()).hasSameSizeAs(whole.messages());
        assertThat(read.export().problems()).extracting(IngestRecord.Bad::source).extracting(Object::toString)
                .containsExactly(zip + " (entry 2, byte " + header + ")", zip + " (byte " + cutAt + ")");
        assertThat(read.export().problems().get(0).reason()).isEqualTo("the entry's name is marked as UTF-8 but is not;"
                + " read as data/notes/caf\uFFFD-.txt, U+FFFD standing for its bad bytes");
        assertThat(read.export().problems().get(1).reason()).startsWith("the zip is cut at byte " + cutAt);
    }

    /** Two falsely marked names that differ only in their bad bytes: the first is read, the second reported and not read. */
    @Test
    void aFalselyMarkedNameThatIsAnEntrySalvagedBeforeIsNotRead(@TempDir Path tmp) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("notes/caf\u00e9.txt", "first".getBytes(StandardCharsets.UTF_8));
        entries.put("notes/caf\u00ea.txt", "second".getBytes(StandardCharsets.UTF_8));
        entries.put("notes/after.txt", "after".getBytes(StandardCharsets.UTF_8));
        String latin = new String(zip(entries), StandardCharsets.ISO_8859_1);
        int second = latin.lastIndexOf("PK\u0003\u0004", latin.indexOf("caf\u00c3\u00aa"));
        byte[] bytes = Arrays.copyOf(latin.replace("caf\u00c3\u00a9", "caf\u00e9-").replace("caf\u00c3\u00aa", "caf\u00ea-")
                .getBytes(StandardCharsets.ISO_8859_1), latin.indexOf("PK\u0001\u0002"));
        Path zip = Files.write(tmp.resolve("notes.zip"), bytes);

        ZipSalvage.Result salvaged = ZipSalvage.salvage(zip, "notes.zip", ZipLimits.DEFAULT);
        try (ExportTree tree = salvaged.tree()) {
            assertThat(tree.entries()).containsExactlyInAnyOrder("notes/caf\uFFFD-.txt", "notes/after.txt");
            try (InputStream in = tree.open("notes/caf\uFFFD-.txt")) {
                assertThat(in.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("first");
            }
        }
        assertThat(salvaged.problems()).extracting(b -> b.source() + ": " + b.reason()).startsWith(
                "notes.zip (entry 1, byte 0): the entry's name is marked as UTF-8 but is not; read as notes/caf\uFFFD-.txt,"
                        + " U+FFFD standing for its bad bytes",
                "notes.zip (entry 2, byte " + second + "): the entry's name is marked as UTF-8 but is not; with U+FFFD for"
                        + " its bad bytes it is the name of an entry read before it, so it cannot be told apart: not read");
    }

    /** A well-named entry after a falsely marked one that reads as its name: the well-named one is read. */
    @Test
    void aWellNamedEntryTakesItsNameFromAFalselyMarkedOneBeforeIt(@TempDir Path tmp) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("notes/caf\u00e9.txt", "falsely marked".getBytes(StandardCharsets.UTF_8));
        entries.put("notes/caf\uFFFD-.txt", "well named".getBytes(StandardCharsets.UTF_8));
        String latin = new String(zip(entries), StandardCharsets.ISO_8859_1);
        int second = latin.lastIndexOf("PK\u0003\u0004", latin.indexOf("caf\u00ef\u00bf\u00bd"));
        byte[] bytes = Arrays.copyOf(latin.replace("caf\u00c3\u00a9", "caf\u00e9-").getBytes(StandardCharsets.ISO_8859_1),
                latin.indexOf("PK\u0001\u0002"));
        Path zip = Files.write(tmp.resolve("notes.zip"), bytes);

        ZipSalvage.Result salvaged = ZipSalvage.salvage(zip, "notes.zip", ZipLimits.DEFAULT);
        try (ExportTree tree = salvaged.tree(); InputStream in = tree.open("notes/caf\uFFFD-.txt")) {
            assertThat(in.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("well named");
        }
        assertThat(salvaged.problems()).extracting(b -> b.source() + ": " + b.reason()).first().isEqualTo(
                "notes.zip (entry 1, byte 0): the entry's name is marked as UTF-8 but is not; with U+FFFD for its bad bytes it is"
                        + " the name of the entry at entry 2, byte " + second + ", which is read instead: not read");
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = bytes; ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
