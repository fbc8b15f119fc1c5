package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.cli.Cli;
import io.phiscan.model.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole X archive zip (not cut: its directory is whole) in which one entry's compressed data is
 * damaged. Recognizing the archive sniffs every {@code data/*.js}, and the inflater's failure on
 * the damaged one refused the whole export ("phiscan: invalid block type", exit 1), every readable
 * message of it lost. The damaged entry is now listed as skipped, naming the zip and the entry and
 * saying why, and the rest of the archive is read; of a damaged message file, the messages before
 * the damage are kept. An entry whose bytes fail their CRC-32 check is listed the same way.
 */
class DamagedEntryInAWholeZipTest {
    private static final String DMS = "data/direct-messages.js";
    private static final String LIKES = "data/like.js";
    private static final String HEADERS = "data/direct-message-headers.js";
    private static final String OWNER = "1029384756102938475";
    private static final int CONVERSATIONS = 40;
    private static final String INNER = "twitter-2023-drnoravance.zip";

    @Test
    void damagedDataFilesAreListedAndEveryMessageIsRead(@TempDir Path tmp) throws IOException {
        CutXArchive archive = new CutXArchive(Map.of(LIKES, CutXArchive.text(likes())));
        Path whole = Files.write(tmp.resolve("whole.zip"), archive.zip(true));
        Path zip = Files.write(tmp.resolve("twitter-2023-drnoravance.zip"), archive.zipDamaged(Map.of(LIKES, 0, HEADERS, 0)));
        Path out = tmp.resolve("out");

        Cli cli = Cli.run("audit", zip.toString(), "--workspace", tmp.resolve("ws").toString(), "--out", out.toString());

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        int messages = ExportContents.read(whole).messages().size();
        assertThat(cli.out()).contains("completed").contains("1 export(s)").contains(messages + " message(s) in the exports")
                .contains("2 skipped");
        assertThat(Files.readAllLines(out.resolve("skipped.csv"))).containsExactlyInAnyOrder("file,position,reason",
                zip + "!" + HEADERS + ",-,not read: " + damaged(zip, HEADERS, 0),
                zip + "!" + LIKES + ",-,not read: " + damaged(zip, LIKES, 0));
    }

    @Test
    void aMessageFileDamagedFromItsStartIsListedAndTheOtherFilesAreRead(@TempDir Path tmp) throws IOException {
        CutXArchive archive = new CutXArchive(Map.of());
        ExportContents whole = ExportContents.read(Files.write(tmp.resolve("whole.zip"), archive.zip(true)));
        Path zip = Files.write(tmp.resolve("twitter-2023-drnoravance.zip"), archive.zipDamaged(Map.of(DMS, 0)));

        ExportContents read = ExportContents.read(zip);

        assertThat(read.from(DMS)).isEmpty();
        assertThat(whole.from(DMS)).isNotEmpty();
        assertThat(ids(read.messages())).containsExactlyInAnyOrderElementsOf(
                ids(whole.where(m -> !m.source().entry().equals(DMS))));
        assertThat(read.bad()).extracting(b -> b.source() + ": " + b.reason())
                .containsExactly(zip + "!" + DMS + ": not read: " + damaged(zip, DMS, 0));
    }

    @Test
    void theMessagesOfAMessageFileBeforeItsDamageAreKept(@TempDir Path tmp) throws IOException {
        String dms = directMessages();
        int damageAt = dms.indexOf("\"conversationId\" : \"" + counterpart(30));
        CutXArchive archive = new CutXArchive(Map.of(DMS, CutXArchive.text(dms)));
        ExportContents whole = ExportContents.read(Files.write(tmp.resolve("whole.zip"), archive.zip(true)));
        Path zip = Files.write(tmp.resolve("twitter-2023-drnoravance.zip"), archive.zipDamaged(Map.of(DMS, damageAt)));

        ExportContents read = ExportContents.read(zip);

        assertThat(whole.from(DMS)).hasSize(2 * CONVERSATIONS);
        // what the inflater gave before the damage: the first conversations, whole, and none from the damage on
        assertThat(read.from(DMS)).hasSizeGreaterThanOrEqualTo(2 * 20).extracting(Message::conversationId)
                .isSubsetOf(conversationsBefore(30));
        assertThat(ids(read.where(m -> !m.source().entry().equals(DMS)))).containsExactlyInAnyOrderElementsOf(
                ids(whole.where(m -> !m.source().entry().equals(DMS))));
        assertThat(read.bad()).singleElement().satisfies(b -> {
            assertThat(b.source().file()).isEqualTo(zip + "!" + DMS);
            assertThat(b.source().position()).startsWith("line ");
            assertThat(b.reason()).startsWith("the rest of the file cannot be read: the entry " + DMS + " of the zip " + zip
                    + " cannot be decompressed past byte ").endsWith(" of its contents: its compressed data is damaged"
                            + " (ZipException: invalid block type)");
        });
    }

    @Test
    void aMessageFileThatFailsItsCrcCheckIsReadAndListed(@TempDir Path tmp) throws IOException {
        CutXArchive archive = new CutXArchive(Map.of());
        byte[] bytes = archive.zip(true);
        ExportContents whole = ExportContents.read(Files.write(tmp.resolve("whole.zip"), bytes));
        CutXArchive.crc(bytes, DMS);
        Path zip = Files.write(tmp.resolve("twitter-2023-drnoravance.zip"), bytes);

        ExportContents read = ExportContents.read(zip);

        assertThat(ids(read.messages())).containsExactlyInAnyOrderElementsOf(ids(whole.messages()));
        assertThat(read.bad()).singleElement().satisfies(b -> {
            assertThat(b.source().file()).isEqualTo(zip + "!" + DMS);
            assertThat(b.reason()).startsWith("the entry " + DMS + " of the zip " + zip + " fails its CRC-32 check (the zip"
                    + " gives ").endsWith("): its data is damaged (what was read of it is kept as read)");
        });
    }

    /**
     * The owner of an X archive without manifest.js is named by account.js alone: damaged, the owner
     * is told from the direct messages, and every message is read with the direction it had.
     */
    @Test
    void anArchiveWhoseOnlyOwnerFileIsDamagedIsReadWithTheOwnerOfItsConversations(@TempDir Path tmp) throws IOException {
        CutXArchive archive = new CutXArchive(Map.of());
        ExportContents whole = ExportContents.read(Files.write(tmp.resolve("whole.zip"), archive.zip(true)));
        Path zip = Files.write(tmp.resolve("twitter-2023-drnoravance.zip"), archive.zipDamaged(Map.of("data/account.js", 0)));

        ExportContents read = ExportContents.read(zip);

        assertThat(read.export().owner().id()).isEqualTo("1029384756102938475");
        assertThat(read.messages()).extracting(m -> m.nativeId() + " " + m.direction() + " " + m.visibility())
                .containsExactlyInAnyOrderElementsOf(whole.messages().stream()
                        .map(m -> m.nativeId() + " " + m.direction() + " " + m.visibility()).toList());
        assertThat(read.bad()).singleElement().satisfies(b -> assertThat(b.source().file() + ": " + b.reason())
                .isEqualTo(zip + "!data/account.js: not read: " + damaged(zip, "data/account.js", 0)));
        assertThat(read.export().notes()).containsExactly("the owner cannot be read from account.js or manifest.js; account"
                + " 1029384756102938475 is told as the owner: it takes part in every one of the 2 one-to-one conversations of the"
                + " direct messages");

        Cli cli = Cli.run("audit", zip.toString(), "--workspace", tmp.resolve("ws").toString());
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains(whole.messages().size() + " message(s) in the exports, 1 skipped");
    }

    /** A zip inside a zip whose data is damaged is said to be, where the failure used to escape the run. */
    @Test
    void aDamagedZipInsideAZipIsListedWithWhy(@TempDir Path tmp) throws IOException {
        byte[] outer = outer(new CutXArchive(Map.of()).zip(true));
        CutXArchive.damage(outer, INNER);
        Path zip = Files.write(tmp.resolve("exports.zip"), outer);

        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(zip))) {
            assertThat(locator.exports()).isEmpty();
            assertThat(locator.unrecognized()).extracting(u -> u.path() + ": " + u.seen())
                    .contains(zip + "!" + INNER + ": " + damaged(zip, INNER, 0));
        }
    }

    /** A zip inside a zip that fails only its CRC-32 check was copied whole: it is read as it was before the check. */
    @Test
    void aZipInsideAZipThatFailsOnlyItsCrcCheckIsRead(@TempDir Path tmp) throws IOException {
        byte[] inner = new CutXArchive(Map.of()).zip(true);
        ExportContents whole = ExportContents.read(Files.write(tmp.resolve("whole.zip"), inner));
        byte[] outer = outer(inner);
        CutXArchive.crc(outer, INNER);

        ExportContents read = ExportContents.read(Files.write(tmp.resolve("exports.zip"), outer));

        assertThat(ids(read.messages())).containsExactlyInAnyOrderElementsOf(ids(whole.messages()));
    }

    /** A zip holding {@code inner} as {@link #INNER}, deflated, with its size and CRC-32 in its local header. */
    private static byte[] outer(byte[] inner) throws IOException {
        SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(channel)) {
            z.putArchiveEntry(new ZipArchiveEntry(INNER));
            z.write(inner);
            z.closeArchiveEntry();
        }
        return Arrays.copyOf(channel.array(), (int) channel.size());
    }

    private static String damaged(Path zip, String entry, int at) {
        return "the entry " + entry + " of the zip " + zip + " cannot be decompressed past byte " + at + " of its contents:"
                + " its compressed data is damaged (ZipException: invalid block type)";
    }

    private static List<String> ids(List<Message> messages) {
        return messages.stream().map(Message::nativeId).toList();
    }

    /** An X {@code like.js}: public posts the owner liked, which phiscan does not read. */
    private static String likes() {
        StringBuilder s = new StringBuilder("window.YTD.like.part0 = [");
        for (int i = 0; i < 60; i++) {
            s.append(i == 0 ? "\n" : ",\n").append("  {\n    \"like\" : {\n      \"tweetId\" : \"17").append(1000 + i)
                    .append("\",\n      \"fullText\" : \"Grand rounds this week, slide ").append(i).append("\"\n    }\n  }");
        }
        return s.append("\n]").toString();
    }

    /** An X {@code direct-messages.js} of {@value #CONVERSATIONS} conversations of two messages each. */
    private static String directMessages() {
        StringBuilder s = new StringBuilder("window.YTD.direct_messages.part0 = [");
        for (int c = 0; c < CONVERSATIONS; c++) {
            s.append(c == 0 ? "\n" : ",\n").append("  {\n    \"dmConversation\" : {\n      \"conversationId\" : \"")
                    .append(counterpart(c)).append('-').append(OWNER).append("\",\n      \"messages\" : [\n")
                    .append(message(c, 0, counterpart(c), OWNER, "Thanks for the talk on the new guidelines."))
                    .append(",\n").append(message(c, 1, OWNER, counterpart(c), "Glad it helped, see you at the next one."))
                    .append("\n      ]\n    }\n  }");
        }
        return s.append("\n]").toString();
    }

    private static String message(int c, int n, String sender, String recipient, String text) {
        return "        {\n          \"messageCreate\" : {\n            \"recipientId\" : \"" + recipient + "\",\n"
                + "            \"reactions\" : [ ],\n            \"urls\" : [ ],\n            \"text\" : \"" + text + "\",\n"
                + "            \"mediaUrls\" : [ ],\n            \"senderId\" : \"" + sender + "\",\n"
                + "            \"id\" : \"16" + String.format("%05d%d", c, n) + "\",\n"
                + "            \"createdAt\" : \"2023-05-" + String.format("%02d", 1 + c % 28) + "T10:0" + n + ":00.000Z\",\n"
                + "            \"editHistory\" : [ ]\n          }\n        }";
    }

    private static String counterpart(int c) {
        return String.valueOf(5_000_000_000L + c);
    }

    private static List<String> conversationsBefore(int c) {
        return IntStream.range(0, c).mapToObj(i -> "dm:" + counterpart(i) + "-" + OWNER).toList();
    }
}
