package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole zip in which one entry's name is marked as UTF-8 (general purpose bit 11) but is not:
 * {@code java.util.zip} refuses the whole central directory, and the streaming salvage stopped at
 * that entry, so every entry after it was lost though the zip was intact. Every entry is read;
 * the one with the bad name under its name with U+FFFD for the bad bytes.
 */
class MisflaggedUtf8ZipNameTest {
    private static final String INBOX = "your_activity_across_facebook/messages/inbox/";
    private static final String THREAD = INBOX + "zoefixture_1029384756/message_1.json";

    @Test
    void everyEntryOfAZipWithANameFalselyMarkedUtf8IsRead(@TempDir Path tmp) throws IOException {
        Path folder = Fixtures.path("facebook/json-2024");
        ExportContents whole = ExportContents.read(folder);
        int thread = whole.from(THREAD).size();
        assertThat(thread).isPositive();

        // profile first, then the thread folder whose name is bad, then everything else of the export
        Map<String, byte[]> entries = new LinkedHashMap<>();
        String profile = "personal_information/profile_information/profile_information.json";
        entries.put(profile, Files.readAllBytes(folder.resolve(profile)));
        entries.put(INBOX + "zo\u00e9_2/message_1.json", Files.readAllBytes(folder.resolve(THREAD)));
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                entries.putIfAbsent(folder.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        Path zip = tmp.resolve("facebook-drvance.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        // é is C3 A9 in the local header and in the central directory, both marked UTF-8; E9 2D is not UTF-8
        byte[] bytes = Files.readAllBytes(zip);
        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(latin.split("zo\u00c3\u00a9_2", -1)).hasSize(3);
        Files.write(zip, latin.replace("zo\u00c3\u00a9_2", "zo\u00e9-_2").getBytes(StandardCharsets.ISO_8859_1));

        ExportContents read = ExportContents.read(zip);
        assertThat(read.bad()).isEmpty();
        assertThat(read.messages()).hasSize(whole.messages().size() + thread);
        assertThat(read.from(INBOX + "zo\uFFFD-_2/message_1.json")).hasSize(thread);
        assertThat(read.messages()).extracting(m -> m.source().entry()).containsAll(
                whole.messages().stream().map(m -> m.source().entry()).toList());
        assertThat(List.copyOf(read.export().parts())).contains(THREAD);
        try (ExportTree tree = ExportTree.open(zip, ZipLimits.DEFAULT)) {
            String bad = INBOX + "zo\uFFFD-_2/message_1.json";
            assertThat(tree.entries()).hasSize(entries.size()).contains(bad, THREAD, profile);
            try (InputStream in = tree.open(bad)) {
                assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(folder.resolve(THREAD)));
            }
        }
    }

    /**
     * Two names falsely marked as UTF-8 that differ only in their bad bytes are one name with
     * U+FFFD: the first is read, the second cannot be told apart from it and is a skipped record.
     */
    @Test
    void aFalselyMarkedNameThatBecomesAnotherEntrysNameIsListedAsSkipped(@TempDir Path tmp) throws IOException {
        Path folder = Fixtures.path("linkedin/complete-2024");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("notes/caf\u00e9.txt", "first".getBytes(StandardCharsets.UTF_8));
        entries.put("notes/caf\u00ea.txt", "second".getBytes(StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                entries.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        Path zip = tmp.resolve("Complete_LinkedInDataExport_03-06-2024.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        String latin = new String(Files.readAllBytes(zip), StandardCharsets.ISO_8859_1);
        Files.write(zip, latin.replace("caf\u00c3\u00a9", "caf\u00e9-").replace("caf\u00c3\u00aa", "caf\u00ea-")
                .getBytes(StandardCharsets.ISO_8859_1));

        try (ExportTree tree = ExportTree.open(zip, ZipLimits.DEFAULT); InputStream in = tree.open("notes/caf\uFFFD-.txt")) {
            assertThat(in.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("first");
        }
        ExportContents read = ExportContents.read(zip);
        assertThat(read.messages()).hasSize(ExportContents.read(folder).messages().size());
        assertThat(read.export().problems()).extracting(b -> b.source().entry() + " (" + b.source().position() + "): " + b.reason())
                .containsExactly("notes/caf\uFFFD-.txt (zip entry): the entry's name is marked as UTF-8 but is not; with U+FFFD"
                        + " for its bad bytes it is the name of another entry, so it cannot be told apart: not read");
    }
}
