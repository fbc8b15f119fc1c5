package io.phiscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code phiscan audit} on inputs of every kind: what the user sees and the exit code. */
class AuditInputsTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run phiscan(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = PhiscanCommand.commandLine(args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static Path fixture(String relative) throws URISyntaxException {
        return Path.of(AuditInputsTest.class.getResource("/" + relative).toURI());
    }

    @Test
    void aFolderWithNoKnownExportExitsTwoAndSaysWhatWasSeen(@TempDir Path tmp) throws IOException {
        Path input = Files.createDirectories(tmp.resolve("downloads"));
        Files.writeString(input.resolve("vacation.jpg"), "jpeg");
        Files.writeString(input.resolve("notes.csv"), "a,b\n1,2\n");
        Run run = phiscan("audit", input.toString(), "--workspace", tmp.resolve("ws").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("phiscan: " + input + ": a folder holding notes.csv, vacation.jpg and no export of a known platform");
    }

    @Test
    void aTruncatedZipExitsTwoAndSaysSo(@TempDir Path tmp) throws IOException {
        Path zip = Files.write(tmp.resolve("twitter-cut.zip"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
        Run run = phiscan("audit", zip.toString(), "--workspace", tmp.resolve("ws").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("phiscan: " + zip + ": not a readable zip file (truncated or damaged; 10 bytes)");
    }

    @Test
    void anExportOfAKnownPlatformThatCannotBeReadExitsTwoWithTheReason(@TempDir Path tmp) throws IOException {
        Path input = Files.createDirectories(tmp.resolve("mastodon-export"));
        Files.writeString(input.resolve("actor.json"), "{\"type\": \"Person\", \"id\": \"https://med.example/users/noravance\","
                + " \"preferredUsername\": \"noravance\"}");
        Files.writeString(input.resolve("outbox.json"), "{\"type\": \"Note\", \"content\": \"<p>not a collection</p>\"}");
        Run run = phiscan("audit", input.toString(), "--workspace", tmp.resolve("ws").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("a Mastodon archive whose outbox.json is not an ActivityPub collection");
    }

    @Test
    void aFolderOfMixedExportsIsReadWholeAndEveryInputBalances(@TempDir Path tmp) throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.copy(fixture("twitter/current-2024.zip"), inbox.resolve("x-2024.zip"));
        zipWithSlip(fixture("linkedin/complete-2024"), inbox.resolve("linkedin.zip"));
        copy(fixture("mastodon/broken-outbox"), inbox.resolve("mastodon"));
        copy(fixture("reddit/archive-split"), inbox.resolve("reddit"));
        copy(fixture("twitter-legacy/grailbird-2014"), inbox.resolve("twitter-2014"));
        Path out = tmp.resolve("out");
        Run run = phiscan("audit", inbox.toString(), "--workspace", tmp.resolve("ws").toString(), "--out", out.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("completed").contains("5 export(s)").contains("38 message(s) in the exports, 6 skipped");

        JsonNode inputs = JsonMapper.builder().build().readTree(out.resolve("findings.json").toFile()).path("run").path("inputs");
        List<String> rows = new ArrayList<>();
        for (JsonNode in : inputs) {
            rows.add(Path.of(in.path("path").asString()).getFileName() + " " + in.path("platform").asString() + " "
                    + in.path("account").asString() + " messages=" + in.path("messages").asLong() + " skipped="
                    + in.path("skipped").asLong() + " encrypted=" + in.path("encrypted").asLong());
        }
        // the exact numbers are the fixtures' (see each fixture README)
        assertThat(rows).containsExactly(
                "linkedin.zip linkedin nora-vance-md messages=12 skipped=2 encrypted=0",
                "mastodon mastodon noravance@med.example messages=2 skipped=2 encrypted=0",
                "reddit reddit NoraVanceMD messages=5 skipped=1 encrypted=0",
                "twitter-2014 twitter DrNoraVance messages=4 skipped=1 encrypted=0",
                "x-2024.zip twitter DrNoraVance messages=15 skipped=0 encrypted=2");
        List<String> skipped = Files.readAllLines(out.resolve("skipped.csv"));
        assertThat(skipped).hasSize(1 + 6);
        assertThat(skipped).anyMatch(line -> line.endsWith("linkedin.zip!../../evil.csv,zip entry,"
                + "refused: the entry's name leads outside the export (zip-slip); not read"));
    }

    /**
     * An X archive whose manifest lists files it does not have (as a zip cut short leaves it) is
     * read whole: each missing file is a row of its own in skipped.csv, and the run completes.
     */
    @Test
    void anXArchiveMissingTwoFilesItsManifestListsCompletesAndNamesEach(@TempDir Path tmp) throws Exception {
        Path archive = tmp.resolve("x-archive");
        copy(fixture("twitter/current-2024"), archive);
        Files.delete(archive.resolve("data/message-event.js"));
        Files.delete(archive.resolve("data/note-tweet.js"));
        Path out = tmp.resolve("out");
        Run run = phiscan("audit", archive.toString(), "--workspace", tmp.resolve("ws").toString(), "--out", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("completed").contains("15 message(s) in the exports");
        List<String> skipped = Files.readAllLines(out.resolve("skipped.csv"));
        for (String missing : List.of("data/message-event.js", "data/note-tweet.js")) {
            assertThat(skipped).anyMatch(line -> line.startsWith(archive + "!" + missing + ",")
                    && line.endsWith(",data/manifest.js lists this file but the archive does not have it"));
        }
    }

    /**
     * The same bad record met twice in one chunk (here, two zip entries under one name that leads
     * outside the export) is one row of skipped.csv, and the run completes.
     */
    @Test
    void aBadRecordMetTwiceInOneChunkIsOneRowAndTheRunCompletes(@TempDir Path tmp) throws Exception {
        Path zip = tmp.resolve("linkedin.zip");
        zipWithSlip(fixture("linkedin/complete-2024"), zip);
        byte[] bytes = Files.readAllBytes(zip);
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
                for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
            out.putNextEntry(new java.util.zip.ZipEntry("../../evjl.csv"));
            out.write("id\n2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        // the second entry takes the first one's name (a name is not part of an entry's checksum)
        String zipped = new String(Files.readAllBytes(zip), java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(zip, zipped.replace("../../evjl.csv", "../../evil.csv").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Path out = tmp.resolve("out");
        Run run = phiscan("audit", zip.toString(), "--workspace", tmp.resolve("ws").toString(), "--out", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("completed");
        assertThat(Files.readAllLines(out.resolve("skipped.csv"))).filteredOn(line -> line.contains("evil.csv")).singleElement()
                .satisfies(line -> assertThat(line).contains("(zip-slip)"));
    }

    /** A folder name from an export that holds a line break cannot start a line of the log. */
    @Test
    void aLineBreakInAFolderNameCannotForgeALineOfTheLog(@TempDir Path tmp) throws Exception {
        Path export = tmp.resolve("facebook");
        copy(fixture("facebook/broken-json"), export);
        String forged = "2026-01-01T00:00:00.000Z 1 ERROR Fake - forged";
        Files.move(export.resolve("messages/inbox/caseyfixture_5647382910"),
                export.resolve("messages/inbox/casey\n" + forged + "_5647382910"));
        Run run = phiscan("audit", export.toString(), "--workspace", tmp.resolve("ws").toString());
        assertThat(run.exit()).isZero();
        List<String> log = Files.readAllLines(tmp.resolve("ws/logs/phiscan.log"));
        assertThat(log).anyMatch(line -> line.contains("skipped a record") && line.contains("casey \u23CE " + forged));
        assertThat(log).noneMatch(line -> line.startsWith(forged));
    }

    /** An export named twice, or named and inside another input named too, is read once. */
    @Test
    void anExportNamedTwiceIsReadOnce(@TempDir Path tmp) throws Exception {
        Path inbox = tmp.resolve("inbox");
        copy(fixture("twitter/current-2024"), inbox.resolve("x-archive"));
        Path archive = inbox.resolve("x-archive");
        Run twice = phiscan("audit", archive.toString(), archive.toString(), "--workspace", tmp.resolve("ws1").toString());
        assertThat(twice.exit()).isZero();
        assertThat(twice.out()).contains("1 export(s)").contains("15 message(s) in the exports");
        Run nested = phiscan("audit", inbox.toString(), archive.toString(), "--workspace", tmp.resolve("ws2").toString());
        assertThat(nested.exit()).isZero();
        assertThat(nested.out()).contains("1 export(s)").contains("15 message(s) in the exports");
    }

    /**
     * An export beside its own zip is indexed once; the summary counted the messages of both
     * ("30 message(s)" for 15). Each input still says what it held; the totals count each once.
     */
    @Test
    void anExportBesideItsOwnZipIsCountedOnce(@TempDir Path tmp) throws Exception {
        Path inbox = tmp.resolve("inbox");
        copy(fixture("twitter/current-2024"), inbox.resolve("x-archive"));
        Files.copy(fixture("twitter/current-2024.zip"), inbox.resolve("x-archive.zip"));
        Path out = tmp.resolve("out");
        Run run = phiscan("audit", inbox.toString(), "--workspace", tmp.resolve("ws").toString(), "--out", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("2 export(s) (0 unchanged, not read again; 1 the same as another, counted once)")
                .contains("15 message(s) in the exports");
        JsonNode inputs = JsonMapper.builder().build().readTree(out.resolve("findings.json").toFile()).path("run").path("inputs");
        assertThat(inputs).hasSize(2).allSatisfy(in -> assertThat(in.path("messages").asLong()).isEqualTo(15));
        assertThat(Files.readString(out.resolve("report.html")))
                .contains("2 export(s) (1 of them the same export as another, whose messages are counted once): 15 indexed")
                .contains("the same export as " + inbox.resolve("x-archive") + " (the same files read for messages, byte for byte): its 15 "
                        + "message(s) are indexed once, and counted once in the run");
    }

    /**
     * An export beside its own zip: the summary counted the records of both as read ("16
     * record(s) read, 6 message(s) …, 4 skipped" for 8 records, 2 of them skipped), and {@code
     * runs} its messages twice as indexed, unlike the report's reconciliation, which counts the
     * export once.
     */
    @Test
    void anExportBesideItsOwnZipIsReadOnceInTheSummaryAndInRuns(@TempDir Path tmp) throws Exception {
        Path inbox = tmp.resolve("inbox");
        copy(fixture("twitter/malformed-record"), inbox.resolve("x-archive"));
        zip(inbox.resolve("x-archive"), inbox.resolve("x-archive.zip"));
        Path out = tmp.resolve("out");
        String ws = tmp.resolve("ws").toString();
        Run run = phiscan("audit", inbox.toString(), "--workspace", ws, "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 the same as another, counted once), 8 record(s) read, 6 message(s) in the exports, "
                + "2 skipped;");
        assertThat(Files.readString(out.resolve("report.html"))).contains("Reconciliation: 8 record(s) read from 2 export(s)")
                .contains("6 indexed, 2 skipped as unreadable");
        assertThat(Files.readAllLines(out.resolve("skipped.csv"))).as("each input's skipped records listed").hasSize(1 + 4);

        Run runs = phiscan("runs", "--workspace", ws);
        assertThat(runs.exit()).isZero();
        assertThat(runs.out().lines().skip(1).findFirst().orElseThrow().split(" +"))
                .as("READ, INDEXED, SKIPPED").containsSequence("8", "6", "2", "0");
    }

    /**
     * A LinkedIn export holding only Profile.csv has no file to read for messages: the summary of
     * its first audit on a new workspace called it "1 unchanged, not read again".
     */
    @Test
    void anExportWithNothingToReadIsNotCalledUnchanged(@TempDir Path tmp) throws Exception {
        Path export = Files.createDirectories(tmp.resolve("linkedin-profile-only"));
        Files.copy(fixture("linkedin/complete-2024/Profile.csv"), export.resolve("Profile.csv"));
        String ws = tmp.resolve("ws").toString();
        Run first = phiscan("audit", export.toString(), "--workspace", ws);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("1 export(s) (0 unchanged, not read again; 1 with nothing to read), 0 record(s) read");
        Run again = phiscan("audit", export.toString(), "--workspace", ws);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("1 export(s) (0 unchanged, not read again; 1 with nothing to read), 0 record(s) read");
    }

    /**
     * A symbolic link named as an input (to an export folder, to an export zip) was refused as "a
     * folder holding … and no export" or "a file that is not an export". It is followed; the export
     * is known by the path it leads to, so a second audit through the link, or of the folder
     * itself, reads nothing; a link inside the folder stays listed and not followed.
     */
    @Test
    void aSymbolicLinkNamedAsTheInputIsFollowedAndAnUnchangedExportIsNotReadAgain(@TempDir Path tmp) throws Exception {
        Path archive = tmp.resolve("x-archive");
        copy(fixture("twitter/current-2024"), archive);
        Files.createSymbolicLink(archive.resolve("data/elsewhere.js"), tmp);
        Path link = Files.createSymbolicLink(tmp.resolve("x-link"), archive);
        Path zipLink = Files.createSymbolicLink(tmp.resolve("x-link.zip"), fixture("twitter/current-2024.zip"));
        String ws = tmp.resolve("ws").toString();

        Run first = phiscan("audit", link.toString(), "--workspace", ws, "--out", tmp.resolve("out1").toString());
        Run again = phiscan("audit", link.toString(), "--workspace", ws, "--out", tmp.resolve("out2").toString());
        Run direct = phiscan("audit", archive.toString(), "--workspace", ws, "--out", tmp.resolve("out3").toString());
        Run zip = phiscan("audit", zipLink.toString(), "--workspace", tmp.resolve("ws-zip").toString());

        assertThat(first.err()).isEmpty();
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("1 export(s) (0 unchanged, not read again)").contains("15 message(s) in the exports, 1 skipped");
        assertThat(Files.readString(tmp.resolve("out1/skipped.csv"))).contains("data/elsewhere.js").contains("a symbolic link: not followed");
        // the one record of each later run is the link inside the export, listed in every run's skipped.csv
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("1 export(s) (1 unchanged, not read again), 1 record(s) read, 15 message(s) in the"
                + " exports, 1 skipped");
        assertThat(direct.out()).contains("1 export(s) (1 unchanged, not read again), 1 record(s) read");
        assertThat(zip.err()).isEmpty();
        assertThat(zip.exit()).isZero();
        assertThat(zip.out()).contains("15 message(s) in the exports");
    }

    /** Zips a fixture folder and adds an entry whose name leads outside the zip. */
    private static void zipWithSlip(Path from, Path zip) throws IOException {
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.list(from)) {
            for (Path f : files.sorted().toList()) {
                out.putNextEntry(new java.util.zip.ZipEntry(f.getFileName().toString()));
                Files.copy(f, out);
                out.closeEntry();
            }
            out.putNextEntry(new java.util.zip.ZipEntry("../../evil.csv"));
            out.write("id\n1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    /** A zip of a folder's files, as a zip tool writes it from inside the folder. */
    private static void zip(Path from, Path zip) throws IOException {
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new java.util.zip.ZipEntry(from.relativize(f).toString()));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }

    /**
     * An X archive unzipped over an older one: data/tweet.js beside data/tweets.js (the same two
     * tweets) and data/direct-message.js beside data/direct-messages.js (the same 8 DMs). Each
     * message is indexed once, and its repeat is a skipped record naming where it was read, so
     * that the export's messages are what the index holds and the run still balances; before, the
     * export said 25 messages for 15 indexed, and skipped.csv said nothing.
     */
    @Test
    void theSameMessageTwiceInOneExportIsCountedOnceAndItsRepeatListed(@TempDir Path tmp) throws Exception {
        Path x = tmp.resolve("inbox").resolve("x");
        copy(fixture("twitter/current-2024"), x);
        Files.writeString(x.resolve("data/tweet.js"), Files.readString(x.resolve("data/tweets.js"))
                .replace("window.YTD.tweets.part0", "window.YTD.tweet.part0"));
        Files.writeString(x.resolve("data/direct-message.js"), Files.readString(x.resolve("data/direct-messages.js"))
                .replace("window.YTD.direct_messages.part0", "window.YTD.direct_message.part0"));
        Path out = tmp.resolve("out");
        Run run = phiscan("audit", x.getParent().toString(), "--workspace", tmp.resolve("ws").toString(), "--out", out.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("27 record(s) read, 15 message(s) in the exports, 10 skipped, 2 encrypted");

        JsonNode input = JsonMapper.builder().build().readTree(out.resolve("findings.json").toFile()).path("run").path("inputs").path(0);
        assertThat(input.path("messages").asLong()).isEqualTo(15);
        assertThat(input.path("skipped").asLong()).isEqualTo(10);
        List<String> skipped = Files.readAllLines(out.resolve("skipped.csv"));
        assertThat(skipped).hasSize(1 + 10).allMatch(line -> line.equals(skipped.get(0))
                || line.matches(".*,\"the same message \\(tw-[0-9a-f]{20}\\) as a record read before from this export, read once\""));
        assertThat(skipped).filteredOn(line -> line.contains("x!data/direct-message")).hasSize(8);
        assertThat(skipped).anyMatch(line -> line.contains("x!data/tweets.js,\"element 0, line 2\",\"the same message (tw-"));
    }

    /**
     * A Reddit export whose split file's second part repeats the last message of the first (and
     * whose parts were read side by side, each by its own reader): the repeat is listed and the
     * export holds 5 messages, as the index does; before, it said 6. An incremental audit after the
     * second part grew, which reads that part only, counts as a full audit does.
     */
    @Test
    void aMessageRepeatedInTheNextPartOfASplitFileIsCountedOnce(@TempDir Path tmp) throws Exception {
        Path reddit = tmp.resolve("inbox").resolve("reddit");
        copy(fixture("reddit/archive-split"), reddit);
        List<String> first = Files.readAllLines(reddit.resolve("messages_archive_1.csv"));
        Path second = reddit.resolve("messages_archive_2.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(second));
        lines.add(1, first.get(2)); // a101, again at the head of the next part
        Files.write(second, lines);
        Path ws = tmp.resolve("ws");
        Path out = tmp.resolve("out");
        Run run = phiscan("audit", reddit.toString(), "--workspace", ws.toString(), "--out", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("7 record(s) read, 5 message(s) in the exports, 2 skipped");
        assertThat(Files.readAllLines(out.resolve("skipped.csv"))).filteredOn(line -> line.contains("the same message"))
                .singleElement().satisfies(line -> assertThat(line).contains("reddit!messages_archive_2.csv,\"record 1, line 2\""));
        Run search = phiscan("search", "platform:reddit", "--workspace", ws.toString());
        assertThat(search.out()).contains("5 of 5 match(es)");

        Files.writeString(second, "a104,https://www.reddit.com/message/messages/a104,a102,2023-02-12 08:00:00 UTC,,NoraVanceMD,"
                + "parent_of_twins,re: Twins follow-up,Please call the office.\n", StandardOpenOption.APPEND);
        Run grown = phiscan("audit", reddit.toString(), "--workspace", ws.toString(), "--out", tmp.resolve("grown").toString());
        assertThat(grown.exit()).isZero();
        assertThat(grown.out()).contains("6 message(s) in the exports, 2 skipped");
        Run full = phiscan("audit", reddit.toString(), "--workspace", ws.toString(), "--full", "--out", tmp.resolve("full").toString());
        assertThat(full.out()).contains("8 record(s) read, 6 message(s) in the exports, 2 skipped");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
