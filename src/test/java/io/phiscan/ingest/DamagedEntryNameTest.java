package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.cli.Cli;
import io.phiscan.model.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Instagram export zip in which one byte of an entry's name was damaged, in the zip's central
 * directory or in the entry's local header, so that the two name the entry differently. Listed by
 * its directory alone, a conversation file so damaged ({@code mess"ge_1.json}, or in a folder
 * {@code messa"es/}) looked like one of the files of an export that hold no messages, and its
 * messages were passed over with nothing said. The entry is now read under the name that fits the
 * zip's other entries, and listed with both names. Fixture: {@code instagram/json-2022}, zipped
 * here: two conversations, each a {@code message_1.json}.
 */
class DamagedEntryNameTest {
    private static final String TRAIL = "messages/inbox/trailcrew_340282366841710300949128/message_1.json";

    @TempDir
    Path tmp;

    @Test
    void aFileNameDamagedInTheDirectoryIsReadUnderItsLocalName() throws IOException {
        String damaged = TRAIL.replace("message_1", "mess\"ge_1");

        assertThat(readRenamed(damaged, true)).satisfies(b -> {
            assertThat(b.source().entry()).isEqualTo(damaged);
            assertThat(b.reason()).isEqualTo("the zip's directory names this entry " + damaged + ", its local header "
                    + TRAIL + ": one of the two names was damaged. Read as " + TRAIL + ", the name that fits the zip's other"
                    + " entries: their file names are the same");
        });
    }

    @Test
    void aFolderDamagedInTheDirectoryIsReadUnderItsLocalName() throws IOException {
        String damaged = TRAIL.replace("messages/", "messa\"es/");

        assertThat(readRenamed(damaged, true)).satisfies(b -> assertThat(b.reason())
                .contains("Read as " + TRAIL + ", the name that fits the zip's other entries: its folders hold them"));
    }

    @Test
    void aNameDamagedInTheLocalHeaderIsReadUnderTheDirectorysName() throws IOException {
        String damaged = TRAIL.replace("message_1", "mess\"ge_1");

        assertThat(readRenamed(damaged, false)).satisfies(b -> {
            assertThat(b.source().entry()).isEqualTo(TRAIL);
            assertThat(b.reason()).endsWith("Read as " + TRAIL + ", the directory's name, as zip tools read it: the local"
                    + " header's name fits the zip's other entries no better");
        });
    }

    @Test
    void aLocalNameThatIsAnotherEntrysIsNotTaken() throws IOException {
        String other = "messages/inbox/zoe.fixture_17845678901234567/message_1.json";
        try (ZipFile zip = ZipFile.builder().setByteArray(Fixtures.zipBytes("instagram/json-2022")).get()) {
            long trail = zip.getEntry(TRAIL).getLocalHeaderOffset();

            ZipListing listing = ZipListing.of(zip,
                    Map.of(LocalHeaderCheck.Key.of(zip.getEntry(TRAIL)), other.getBytes(StandardCharsets.UTF_8)));

            assertThat(listing.renamed()).containsExactly(new ZipListing.Renamed(TRAIL, other, TRAIL,
                    "the directory's name, as zip tools read it: the local header's name is another entry's"));
            assertThat(listing.byName().get(TRAIL).getLocalHeaderOffset()).isEqualTo(trail);
            assertThat(listing.byName().get(other).getLocalHeaderOffset()).isNotEqualTo(trail);
        }
    }

    @Test
    void theAuditSaysSoInSkippedCsvAndLosesNothing() throws IOException {
        String damaged = TRAIL.replace("message_1", "mess\"ge_1");
        Path zip = write(rename(Fixtures.zipBytes("instagram/json-2022"), TRAIL, damaged, true));
        Path out = tmp.resolve("out");

        Cli whole = Cli.run("audit", Fixtures.path("instagram/json-2022").toString(), "--workspace",
                tmp.resolve("ws0").toString(), "--out", tmp.resolve("out0").toString());
        Cli cli = Cli.run("audit", zip.toString(), "--workspace", tmp.resolve("ws").toString(), "--out", out.toString());

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        String indexed = whole.out().replaceAll("(?s).*?(\\d+ message\\(s\\)).*", "$1");
        assertThat(cli.out()).contains(indexed).contains("1 skipped");
        assertThat(Files.readAllLines(out.resolve("skipped.csv"))).hasSize(2)
                .anySatisfy(row -> assertThat(row).contains("one of the two names was damaged"));
    }

    /**
     * The fixture zipped with the conversation's name written as {@code damaged} in the directory, or else in the
     * local header, read: every message is, and the one row listed is returned.
     */
    private IngestRecord.Bad readRenamed(String damaged, boolean inDirectory) throws IOException {
        Path zip = write(rename(Fixtures.zipBytes("instagram/json-2022"), TRAIL, damaged, inDirectory));

        ExportContents read = ExportContents.read(zip);

        assertAllMessagesRead(read);
        assertThat(read.bad()).hasSize(1);
        return read.bad().get(0);
    }

    private static void assertAllMessagesRead(ExportContents read) throws IOException {
        ExportContents whole = ExportContents.read(Fixtures.path("instagram/json-2022"));
        assertThat(read.messages()).extracting(Message::conversationId, Message::text)
                .containsExactlyInAnyOrderElementsOf(whole.messages().stream()
                        .map(m -> Tuple.tuple(m.conversationId(), m.text())).toList());
    }

    private Path write(byte[] zip) throws IOException {
        return Files.write(tmp.resolve("instagram-zoe.fixture-2022-03-01.zip"), zip);
    }

    /** The zip with {@code name} written as {@code damaged} (as long) in its directory, or else in its local header. */
    private static byte[] rename(byte[] zip, String name, String damaged, boolean inDirectory) {
        int at = inDirectory ? header(zip, "PK\u0001\u0002", 28, 46, name)
                : header(zip, "PK\u0003\u0004", 26, 30, name);
        byte[] bytes = damaged.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes).hasSize(name.length());
        System.arraycopy(bytes, 0, zip, at, bytes.length);
        return zip;
    }

    /**
     * Where the name {@code name} of a record with the signature begins: {@code fixed} bytes after the record's
     * start, its length at {@code lengthAt}.
     */
    private static int header(byte[] zip, String signature, int lengthAt, int fixed, String name) {
        String latin = new String(zip, StandardCharsets.ISO_8859_1);
        for (int at = latin.indexOf(signature); at >= 0; at = latin.indexOf(signature, at + 4)) {
            int length = (zip[at + lengthAt] & 0xff) | (zip[at + lengthAt + 1] & 0xff) << 8;
            if (at + fixed + length <= zip.length
                    && new String(zip, at + fixed, length, StandardCharsets.UTF_8).equals(name)) {
                return at + fixed;
            }
        }
        throw new AssertionError("no record of " + name);
    }
}
