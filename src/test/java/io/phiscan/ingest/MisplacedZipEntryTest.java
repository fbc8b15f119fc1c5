package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phiscan.cli.Cli;
import io.phiscan.model.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Facebook export zip whose directory gives one entry, the owner's profile file, a place that
 * does not fit the zip (its data would overlap the directory: one byte put into a zip shifts every
 * place after it), and whose own header is damaged too, so that it is not found nearby
 * ({@link ShiftedZipEntriesTest} has the entries that are). Reading the owner opened that entry first, and the zip's refusal ended the
 * audit ("data for … overlaps with central directory", exit 1), the same again at every restart,
 * every other export of the run unread. The entry is now listed, the owner told without it, and
 * every message of the export read; so are an X archive's whose account and manifest files are so
 * placed. Fixtures: {@code facebook/json-2024} and {@code twitter/current-2024}, zipped here.
 */
class MisplacedZipEntryTest {
    private static final String PROFILE = "personal_information/profile_information/profile_information.json";

    @TempDir
    Path tmp;

    @Test
    void theEntryIsListedAndEveryMessageOfTheExportIsRead() throws IOException {
        Path folder = Fixtures.path("facebook/json-2024");
        Path zip = Files.write(tmp.resolve("facebook-zoefixture-2024-05-01-a1b2c3d4.zip"),
                misplaced(Fixtures.zipBytes("facebook/json-2024"), PROFILE));

        ExportContents whole = ExportContents.read(folder);
        ExportContents read = ExportContents.read(zip);

        assertThat(read.messages()).extracting(Message::nativeId, Message::text)
                .containsExactlyInAnyOrderElementsOf(whole.messages().stream()
                        .map(m -> org.assertj.core.groups.Tuple.tuple(m.nativeId(), m.text())).toList());
        assertThat(read.bad()).singleElement().satisfies(b -> {
            assertThat(b.source().entry()).isEqualTo(PROFILE);
            assertThat(b.reason()).startsWith("not read: the entry's place in the zip is damaged (").contains("overlaps");
        });
    }

    @Test
    void anXArchiveWhoseAccountAndManifestAreMisplacedIsRead() throws IOException {
        Path folder = Fixtures.path("twitter/current-2024");
        byte[] zip = misplaced(Fixtures.zipBytes("twitter/current-2024"), "data/account.js");
        Path file = Files.write(tmp.resolve("twitter-2024-05-01-drzoefixture.zip"), misplaced(zip, "data/manifest.js"));

        ExportContents whole = ExportContents.read(folder);
        ExportContents read = ExportContents.read(file);

        assertThat(read.messages()).extracting(Message::nativeId, Message::text)
                .containsExactlyInAnyOrderElementsOf(whole.messages().stream()
                        .map(m -> org.assertj.core.groups.Tuple.tuple(m.nativeId(), m.text())).toList());
        assertThat(read.bad()).extracting(b -> b.source().entry()).contains("data/account.js", "data/manifest.js");
        for (String owner : new String[] {"data/account.js", "data/manifest.js"}) {
            assertThat(read.bad()).filteredOn(b -> b.source().entry().equals(owner)).singleElement()
                    .satisfies(b -> assertThat(b.reason()).startsWith("not read: the entry's place in the zip is damaged (")
                            .doesNotContain("decompressed"));
        }
    }

    @Test
    void theEntryOpenedAgainIsRefusedAgainNotReadFromWhereTheRefusalStopped() throws IOException {
        Path zip = Files.write(tmp.resolve("facebook-zoefixture-2024-05-01-a1b2c3d4.zip"),
                misplaced(Fixtures.zipBytes("facebook/json-2024"), PROFILE));

        try (ZipTree tree = ZipTree.open(zip, ZipLimits.DEFAULT)) {
            for (int time = 0; time < 2; time++) {
                assertThatThrownBy(() -> tree.open(PROFILE).close()).isInstanceOf(DamagedZipEntryException.class)
                        .hasMessageContaining("the entry's place in the zip is damaged (").hasMessageContaining("overlaps");
            }
        }
    }

    @Test
    void theAuditCompletesBesideAnotherExport() throws IOException {
        Path zip = Files.write(tmp.resolve("facebook-zoefixture-2024-05-01-a1b2c3d4.zip"),
                misplaced(Fixtures.zipBytes("facebook/json-2024"), PROFILE));
        Path out = tmp.resolve("out");

        Cli cli = Cli.run("audit", zip.toString(), Fixtures.path("reddit/reddit-2024").toString(),
                "--workspace", tmp.resolve("ws").toString(), "--out", out.toString());

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("completed").contains("2 export(s)").contains("1 skipped");
        assertThat(Files.readAllLines(out.resolve("skipped.csv"))).hasSize(2)
                .anySatisfy(row -> assertThat(row).startsWith(zip + "!" + PROFILE + ",")
                        .contains("the entry's place in the zip is damaged"));
    }

    /**
     * The zip with the directory's record of {@code name} giving the directory's own start as the entry's place,
     * and the entry's own header's signature damaged, so that it is not found nearby either.
     */
    private static byte[] misplaced(byte[] zip, String name) {
        int directory = CutXArchive.centralDirectory(zip);
        String bytes = new String(zip, StandardCharsets.ISO_8859_1);
        for (int at = bytes.indexOf("PK\u0003\u0004"); at >= 0 && at < directory; at = bytes.indexOf("PK\u0003\u0004", at + 4)) {
            if (bytes.startsWith(name, at + 30)) {
                zip[at + 3] = 0x05;
            }
        }
        String latin = new String(zip, StandardCharsets.ISO_8859_1);
        for (int at = directory; at >= 0; at = latin.indexOf("PK\u0001\u0002", at + 4)) {
            int length = (zip[at + 28] & 0xff) | (zip[at + 29] & 0xff) << 8;
            if (new String(zip, at + 46, length, StandardCharsets.UTF_8).equals(name)) {
                for (int i = 0; i < 4; i++) {
                    zip[at + 42 + i] = (byte) (directory >>> (8 * i));
                }
                return zip;
            }
        }
        throw new AssertionError("no entry " + name);
    }
}
