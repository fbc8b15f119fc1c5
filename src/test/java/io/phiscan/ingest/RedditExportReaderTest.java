package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.Visibility;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reddit data requests, as {@code src/test/resources/reddit/README.md} describes them. */
class RedditExportReaderTest {

    @Test
    void messagesChatsCommentsAndPosts() throws IOException {
        try (ExportTree tree = Fixtures.tree("reddit/reddit-2024")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.export().platform()).isEqualTo(Platform.REDDIT);
            assertThat(read.export().account()).isEqualTo("NoraVanceMD");
            assertThat(read.export().parts()).containsExactly("messages.csv", "chat_history.csv", "comments.csv", "posts.csv");
            assertThat(read.messages()).hasSize(11);
            assertThat(read.bad()).isEmpty();
            assertThat(read.messages().stream().map(m -> m.author().key()).distinct()).hasSize(5);
            assertThat(read.messages().stream().filter(m -> m.direction() == Direction.INBOUND)).hasSize(4);
            assertThat(read.messages().stream().filter(m -> m.visibility() == Visibility.DIRECT)).hasSize(5);
            assertThat(read.messages().stream().filter(m -> m.visibility() == Visibility.GROUP)).hasSize(1);
            assertThat(read.messages().stream().filter(m -> m.visibility() == Visibility.PUBLIC)).hasSize(5);

            Message mom = read.message("1x9k2a");
            assertThat(mom.at()).isEqualTo(Instant.parse("2024-05-12T02:14:09Z"));
            assertThat(mom.direction()).isEqualTo(Direction.INBOUND);
            assertThat(mom.author().handle()).isEqualTo("worried_mom_88");
            assertThat(mom.text()).isEqualTo("Question about my son\n\nHi Dr. Vance, my son Liam (7) has had a rash and a fever since"
                    + " Sunday, after starting the amoxicillin you prescribed. Should I stop it?");
            Message reply = read.message("1x9m7c");
            assertThat(reply.direction()).isEqualTo(Direction.OUTBOUND);
            assertThat(reply.recipients()).extracting(a -> a.handle()).containsExactly("worried_mom_88");
            assertThat(reply.conversationId()).isEqualTo(mom.conversationId());
            assertThat(read.message("kq1a2b3").conversationId()).isEqualTo(read.message("kq1a9z0").conversationId())
                    .isEqualTo("post:1cz9x8y");
        }
    }

    @Test
    void splitArchiveFilesAreAllReadAndTheOwnerIsFoundInTheMessages() throws IOException {
        try (ExportTree tree = Fixtures.tree("reddit/archive-split")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.export().layout()).isEqualTo("reddit-archive");
            assertThat(read.export().parts()).containsExactly("messages_archive_1.csv", "messages_archive_2.csv",
                    "comments_1.csv", "comments_2.csv");
            // a split file's parts may hold the same message: read in order by one reader
            assertThat(read.export().partGroups()).containsExactly(List.of("messages_archive_1.csv", "messages_archive_2.csv"),
                    List.of("comments_1.csv", "comments_2.csv"));
            assertThat(read.export().account()).isEqualTo("NoraVanceMD");
            assertThat(read.messages()).hasSize(5);
            assertThat(read.bad()).singleElement().satisfies(b -> {
                assertThat(b.source().entry()).isEqualTo("messages_archive_2.csv");
                assertThat(b.source().position()).isEqualTo("record 2, line 3");
                assertThat(b.reason()).isEqualTo("message a103 has no readable date");
            });
        }
    }

    @Test
    void aRecordReadOutOfStepAfterABrokenQuoteIsSkippedWithoutQuotingItsWords() throws IOException {
        try (ExportTree tree = Fixtures.tree("reddit/out-of-step")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.messages()).extracting(Message::nativeId).containsExactly("2b7q3c");
            assertThat(read.bad()).extracting(b -> b.source().position() + ": " + b.reason()).containsExactly(
                    "record 1, line 2: a broken quote: text follows the quote that closes a field; reading resumes at line 3",
                    "record 2, line 3: message with an id that is not one (9 characters, not shown) has no readable date");
        }
    }

    /**
     * A carriage return alone in an unquoted body of messages.csv (CRLF lines) split its record:
     * message 2a0c02 was read as "He has a fever of 102 too." and the rest of its words were a
     * skipped record of one field. comments.csv ends its lines with a carriage return alone.
     */
    @Test
    void aCarriageReturnAloneSplitsNoRecord() throws IOException {
        try (ExportTree tree = Fixtures.tree("reddit/lone-cr")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.bad()).isEmpty();
            assertThat(read.messages()).extracting(m -> m.source().entry() + " " + m.source().position() + " " + m.nativeId())
                    .containsExactly("messages.csv record 1, line 2 2a0c01", "messages.csv record 2, line 3 2a0c02",
                            "messages.csv record 3, line 4 2a0c03", "comments.csv record 1, line 2 kr2b001",
                            "comments.csv record 2, line 3 kr2b002");
            assertThat(read.message("2a0c02").text()).startsWith("re: Liam again\n\nHe has a fever of 102 too.").endsWith("We are worried.");
        }
    }

    /**
     * Recognizes the Reddit export of a folder and prints its owner: run in a JVM of its own, so
     * that its heap can be capped.
     */
    static final class OwnerOfExport {
        public static void main(String[] args) throws IOException {
            try (ExportTree tree = ExportTree.open(Path.of(args[0]), ZipLimits.DEFAULT)) {
                System.out.println(new RedditExportReader().recognize(tree).orElseThrow().owner().handle());
            }
        }
    }

    @Test
    void theOwnerOfManyMessagesIsFoundInBoundedMemory(@TempDir Path tmp) throws Exception {
        Path export = Files.createDirectories(tmp.resolve("reddit-many"));
        try (Writer w = Files.newBufferedWriter(export.resolve("messages.csv"))) {
            w.write("id,permalink,thread_id,date,ip,from,to,subject,body\n");
            for (int i = 0; i < 300_000; i++) {
                String other = "member_" + i;
                w.write("m" + i + ",,t" + i + ",2024-05-12 02:14:09 UTC,," + (i % 2 == 0 ? other + ",NoraVanceMD" : "NoraVanceMD,"
                        + other) + ",hello,\"see you Tuesday\"\n");
            }
        }
        // no statistics.csv: the owner is the one user in every message, found with 48 MB of heap
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m", "-cp",
                System.getProperty("java.class.path"), OwnerOfExport.class.getName(), export.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out.strip()).isEqualTo("NoraVanceMD");
    }

    @Test
    void anExportWithOnlyPostsTakesItsOwnerFromTheExportName(@TempDir Path tmp) throws IOException {
        Path zip = Fixtures.zip("reddit/posts-only", tmp.resolve("export_NoraVanceMD_20250518.zip"), "");
        try (ExportTree tree = ExportTree.open(zip, ZipLimits.DEFAULT)) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.export().account()).isEqualTo("NoraVanceMD");
            assertThat(read.export().notes()).contains("the owner is the user named in the export's file name");
            assertThat(read.messages()).singleElement().satisfies(m -> {
                assertThat(m.at()).isEqualTo(Instant.parse("2025-05-18T04:35:32Z"));
                assertThat(m.text()).isEqualTo("Back to school vaccines checklist\n\nCheck your state's school requirements before August.");
            });
        }
        // without that name, the owner cannot be told: the posts are still read as the owner's
        try (ExportTree tree = Fixtures.tree("reddit/posts-only")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.export().account()).isEqualTo("unknown owner of posts-only");
            assertThat(read.export().notes()).contains("the owner cannot be told (no account name in statistics.csv, no single user"
                    + " in every private message, no export_<username>_<date> name): the comments and posts are read as the owner's and"
                    + " every private message as inbound");
            assertThat(read.messages()).singleElement().satisfies(m -> {
                assertThat(m.direction()).isEqualTo(Direction.OUTBOUND);
                assertThat(m.text()).startsWith("Back to school vaccines checklist");
            });
        }
    }
}
