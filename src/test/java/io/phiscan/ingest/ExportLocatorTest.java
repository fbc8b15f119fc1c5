package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Platform;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding exports in what the user names, and untrusted zips: mixed platforms found
 * recursively, zip-slip entries reported, expansion bounds, a zip inside a zip, a truncated zip.
 */
class ExportLocatorTest {

    /** Writes a zip of the given entries (name → content). */
    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return file;
    }

    private static Map<String, byte[]> linkedInEntries(String prefix) throws IOException {
        Path dir = Fixtures.path("linkedin/complete-2024");
        Map<String, byte[]> m = new java.util.LinkedHashMap<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                m.put(prefix + f.getFileName(), Files.readAllBytes(f));
            }
        }
        return m;
    }

    /**
     * {@code tmp/exports}: an X zip and a Mastodon zip in {@code 2026-11/}, and an unzipped
     * LinkedIn export beside that folder.
     *
     * @return the {@code 2026-11} folder
     */
    private static Path mixedExports(Path tmp) throws IOException {
        Path inbox = Files.createDirectories(tmp.resolve("exports/2026-11"));
        Files.copy(Fixtures.path("twitter/current-2024.zip"), inbox.resolve("twitter-2024.zip"));
        copyFolder(Fixtures.path("linkedin/complete-2024"), Files.createDirectories(tmp.resolve("exports/linkedin-unzipped")));
        Fixtures.zip("mastodon/zip-2024", inbox.resolve("archive-20261101.zip"), "");
        return inbox;
    }

    @Test
    void aFolderOfMixedPlatformsIsSearchedRecursively(@TempDir Path tmp) throws IOException {
        Path inbox = mixedExports(tmp);
        Files.writeString(inbox.resolve("notes.txt"), "not an export");
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(tmp))) {
            assertThat(locator.exports()).extracting(Export::platform)
                    .containsExactly(Platform.MASTODON, Platform.TWITTER, Platform.LINKEDIN);
            assertThat(locator.exports()).extracting(e -> Path.of(e.path()).getFileName().toString())
                    .containsExactly("archive-20261101.zip", "twitter-2024.zip", "linkedin-unzipped");
            assertThat(locator.unrecognized()).isEmpty();
        }
    }

    /**
     * Among a folder's files, one named .zip that is not a zip (an export whose download did not
     * finish, an error page saved under the export's name) is listed; other files are passed over.
     */
    @Test
    void aFileNamedZipThatIsNotAZipIsListedAmongTheExports(@TempDir Path tmp) throws IOException {
        Path inbox = mixedExports(tmp);
        Files.write(inbox.resolve("facebook-drvance-2026.zip"), new byte[0]);
        Files.writeString(inbox.resolve("instagram-drvance.ZIP"), "<html><body>Session expired</body></html>");
        Files.writeString(inbox.resolve("notes.txt"), "not an export");
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(tmp))) {
            assertThat(locator.exports()).hasSize(3);
            assertThat(locator.unrecognized()).extracting(u -> u.path().getFileName() + ": " + u.seen()).containsExactly(
                    "facebook-drvance-2026.zip: a file named .zip that is not a zip (0 bytes; a download that did not finish?)",
                    "instagram-drvance.ZIP: a file named .zip that is not a zip (41 bytes; a download that did not finish?)");
            assertThat(locator.unrecognized()).noneMatch(ExportLocator.Unrecognized::named);
        }
    }

    /**
     * A Mastodon archive whose outbox cannot be read (missing, empty, a folder) is listed as a
     * Mastodon archive that cannot be read, not passed over as a folder of other files; an
     * actor.json without a type is not an account's, and its folder is passed over.
     */
    @Test
    void aMastodonArchiveWithoutAReadableOutboxIsListedWithWhatIsWrong(@TempDir Path tmp) throws IOException {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Path mastodon = Fixtures.path("mastodon/zip-2024");
        copyFolder(mastodon, inbox.resolve("a-no-outbox"));
        Files.delete(inbox.resolve("a-no-outbox/outbox.json"));
        copyFolder(mastodon, inbox.resolve("b-empty-outbox"));
        Files.write(inbox.resolve("b-empty-outbox/outbox.json"), new byte[0]);
        copyFolder(mastodon, inbox.resolve("c-outbox-folder"));
        Files.delete(inbox.resolve("c-outbox-folder/outbox.json"));
        Files.createDirectories(inbox.resolve("c-outbox-folder/outbox.json"));
        copyFolder(mastodon, inbox.resolve("d-untyped-actor"));
        Files.writeString(inbox.resolve("d-untyped-actor/actor.json"), "{\"preferredUsername\": \"someone\"}");
        copyFolder(mastodon, inbox.resolve("e-whole"));
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(inbox))) {
            // an actor.json that describes no account beside a whole outbox: read, its owner the outbox's actor
            assertThat(locator.exports()).extracting(e -> Path.of(e.path()).getFileName().toString())
                    .containsExactly("d-untyped-actor", "e-whole");
            assertThat(locator.exports().get(0).problems()).extracting(IngestRecord.Bad::reason).singleElement()
                    .satisfies(r -> assertThat(r).startsWith("not read: it describes no account"));
            assertThat(locator.unrecognized()).extracting(u -> u.path().getFileName() + ": " + u.seen()).containsExactly(
                    "a-no-outbox: a Mastodon archive without outbox.json (the file that holds the posts)",
                    "b-empty-outbox: a Mastodon archive whose outbox.json is empty",
                    "c-outbox-folder: a Mastodon archive without outbox.json (the file that holds the posts)");
        }
    }

    /** A .tar.gz archive (Mastodon's until 2023) is listed with what to do, among others or named alone. */
    @Test
    void aTarGzArchiveIsListedWithWhatToDo(@TempDir Path tmp) throws IOException {
        Path inbox = mixedExports(tmp);
        Path tgz = inbox.resolve("archive-20191001.tar.gz");
        try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(tgz))) {
            out.write(new byte[1024]);
        }
        String seen = "a .tar.gz archive, which phiscan does not open: unpack it (tar -xzf) and audit the folder";
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(tmp))) {
            assertThat(locator.exports()).hasSize(3);
            assertThat(locator.unrecognized()).singleElement().satisfies(u -> {
                assertThat(u.path()).isEqualTo(tgz);
                assertThat(u.named()).isFalse();
                assertThat(u.seen()).isEqualTo(seen);
            });
        }
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(tgz))) {
            assertThat(locator.unrecognized()).singleElement().satisfies(u -> {
                assertThat(u.named()).isTrue();
                assertThat(u.seen()).isEqualTo(seen);
            });
        }
    }

    @Test
    void anExportInAFolderOfExportsHasTheFilesItHasWhenNamedAlone(@TempDir Path tmp) throws IOException {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        copyFolder(Fixtures.path("linkedin/complete-2024"), inbox.resolve("b-linkedin"));
        Files.createDirectories(inbox.resolve("a-linkedin"));
        copyFolder(Fixtures.path("linkedin/complete-2024"), inbox.resolve("a-linkedin/nested"));
        Files.writeString(inbox.resolve("a-linkedin/readme.txt"), "beside the export");
        Files.writeString(inbox.resolve("a-linkedin-notes.txt"), "a file whose name starts as a folder's");
        Files.createDirectories(inbox.resolve("empty"));
        try (ExportLocator together = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(inbox))) {
            assertThat(together.exports()).hasSize(2);
            for (Export e : together.exports()) {
                try (ExportLocator alone = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(Path.of(e.path())))) {
                    Export same = alone.exports().get(0);
                    assertThat(e.parts()).as(e.path()).isNotEmpty().isEqualTo(same.parts());
                    assertThat(together.tree(e).entries()).isEqualTo(alone.tree(same).entries());
                }
            }
        }
        FolderTree listed = new FolderTree(inbox);
        assertThat(listed.entries()).contains("a-linkedin-notes.txt", "a-linkedin/readme.txt");
        assertThat(listed.child(inbox.resolve("a-linkedin")).entries())
                .isEqualTo(new FolderTree(inbox.resolve("a-linkedin")).entries())
                .contains("readme.txt").doesNotContain("a-linkedin-notes.txt");
        assertThat(listed.child(inbox.resolve("empty")).entries()).isEmpty();
    }

    @Test
    void zipSlipEntriesAreRefusedAndReportedAsSkippedRecords(@TempDir Path tmp) throws IOException {
        Map<String, byte[]> entries = linkedInEntries("");
        entries.put("../../etc/cron.d/evil.csv", "x".getBytes(StandardCharsets.UTF_8));
        entries.put("/abs/path.csv", "x".getBytes(StandardCharsets.UTF_8));
        Path zip = zip(tmp.resolve("Complete_LinkedInDataExport_03-06-2024.zip"), entries);
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(zip))) {
            Export export = locator.exports().get(0);
            assertThat(export.problems()).extracting(b -> b.source().entry() + " (" + b.source().position() + "): " + b.reason())
                    .containsExactlyInAnyOrder(
                            "../../etc/cron.d/evil.csv (zip entry): refused: the entry's name leads outside the export (zip-slip); not read",
                            "/abs/path.csv (zip entry): refused: the entry's name leads outside the export (zip-slip); not read");
            ExportRendering.Read read = ExportRendering.read(export);
            assertThat(read.messages()).hasSize(12);
            assertThat(read.bad()).hasSize(3);
        }
    }

    @Test
    void aZipBombIsStoppedByTheTotalBoundAndWhatWasReadBeforeIsKept(@TempDir Path tmp) throws IOException {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put("Profile.csv", Files.readAllBytes(Fixtures.path("linkedin/complete-2024/Profile.csv")));
        // the owner's URL comes from the invitations, so recognizing the export reads only messages.csv's head
        entries.put("Invitations.csv", Files.readAllBytes(Fixtures.path("linkedin/complete-2024/Invitations.csv")));
        byte[] rows = ("CONVERSATION ID,FROM,TO,DATE,CONTENT\n"
                + "c1,Nora Vance,Kim Sato,2024-01-01 10:00:00 UTC,first\n").getBytes(StandardCharsets.UTF_8);
        byte[] padding = new byte[3 << 20];
        Arrays.fill(padding, (byte) '\n');
        byte[] big = new byte[rows.length + padding.length];
        System.arraycopy(rows, 0, big, 0, rows.length);
        System.arraycopy(padding, 0, big, rows.length, padding.length);
        entries.put("messages.csv", big);
        Path zip = zip(tmp.resolve("bomb.zip"), entries);
        ZipLimits small = new ZipLimits(1000, 1L << 30, 1_000_000, 1L << 30, 1L << 20);
        try (ExportLocator locator = new ExportLocator(small).locate(List.of(zip))) {
            ExportRendering.Read read = ExportRendering.read(locator.exports().get(0));
            assertThat(read.messages()).extracting(m -> m.text()).containsExactly("first");
            String refused = "refused: the zip's entries expand past " + (1L << 20) + " bytes in all (a zip bomb?)";
            assertThat(read.bad()).extracting(b -> b.source().entry() + ": " + b.reason()).containsExactly(
                    "messages.csv: the rest of the file cannot be read: " + refused,
                    "Invitations.csv: the rest of the file cannot be read: " + refused);
        }
        ZipLimits ratio = new ZipLimits(1000, 1L << 30, 50, 1L << 16, 1L << 30);
        try (ExportLocator locator = new ExportLocator(ratio).locate(List.of(zip))) {
            ExportRendering.Read read = ExportRendering.read(locator.exports().get(0));
            assertThat(read.bad()).singleElement().satisfies(b -> assertThat(b.reason()).isEqualTo(
                    "the rest of the file cannot be read: refused: the entry expands more than 50 times its compressed size"
                            + " (a zip bomb?)"));
        }
    }

    /**
     * A JSON file whose bytes are refused partway (its zip entry expands like a bomb) gives the
     * records before that point and one record skipped for the rest, then the next file is read.
     */
    @Test
    void aJsonFileThatTurnsIntoABombKeepsWhatCameBeforeAndIsSkippedOnce(@TempDir Path tmp) throws IOException {
        Path dir = Fixtures.path("facebook/json-2024");
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                entries.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        String thread = "your_activity_across_facebook/messages/inbox/zoefixture_1029384756/message_1.json";
        String json = new String(entries.get(thread), StandardCharsets.UTF_8);
        String firstMessageEnds = "\"is_geoblocked_for_viewer\": false\n    },";
        assertThat(json).contains(firstMessageEnds);
        entries.put(thread, json.replaceFirst(java.util.regex.Pattern.quote(firstMessageEnds),
                firstMessageEnds + "\n".repeat(3 << 20)).getBytes(StandardCharsets.UTF_8));
        Path zip = zip(tmp.resolve("facebook.zip"), entries);
        ZipLimits ratio = new ZipLimits(1000, 1L << 30, 50, 1L << 16, 1L << 30);
        try (ExportLocator locator = new ExportLocator(ratio).locate(List.of(zip))) {
            ExportRendering.Read read = ExportRendering.read(locator.exports().get(0));
            assertThat(read.messages()).extracting(m -> m.text())
                    .contains("Almost, two chapters left", "See you there", "New year, new book list")
                    .doesNotContain("Did you finish the novel?").hasSize(5);
            assertThat(read.bad()).singleElement().satisfies(b -> {
                assertThat(b.source().entry()).isEqualTo(thread);
                assertThat(b.reason()).isEqualTo("the rest of the file cannot be read: refused: the entry expands more than 50"
                        + " times its compressed size (a zip bomb?)");
            });
        }
    }

    @Test
    void aZipInsideAZipIsOpenedOneLevelDeepAndDeeperOnesAreRefused(@TempDir Path tmp) throws IOException {
        Path mastodon = Fixtures.zip("mastodon/zip-2024", tmp.resolve("m.zip"), "");
        Path innermost = zip(tmp.resolve("deeper.zip"), Map.of("inner.zip", Files.readAllBytes(mastodon)));
        Map<String, byte[]> outer = linkedInEntries("linkedin/");
        outer.put("mastodon/archive-20261101.zip", Files.readAllBytes(mastodon));
        outer.put("old/deeper.zip", Files.readAllBytes(innermost));
        Path zip = zip(tmp.resolve("all-exports.zip"), outer);
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(zip))) {
            assertThat(locator.exports()).extracting(e -> e.platform() + " " + e.path().substring(tmp.toString().length() + 1))
                    .containsExactly("LINKEDIN all-exports.zip!linkedin", "MASTODON all-exports.zip!mastodon/archive-20261101.zip");
            assertThat(locator.unrecognized()).extracting(u -> u.path().toString().substring(tmp.toString().length() + 1) + ": " + u.seen())
                    .containsExactly("all-exports.zip!old/deeper.zip!inner.zip: refused: a zip inside a zip inside a zip is not opened",
                            "all-exports.zip!old/deeper.zip: a zip that is not a known export (1 files; at the top: inner.zip)");
            ExportRendering.Read read = ExportRendering.read(locator.exports().get(1));
            assertThat(read.messages()).hasSize(7);
        }
    }

    @Test
    void aTruncatedZipIsReportedAndTheOtherExportsAreStillFound(@TempDir Path tmp) throws IOException {
        Path whole = Fixtures.zip("mastodon/zip-2024", tmp.resolve("whole.zip"), "");
        byte[] bytes = Files.readAllBytes(whole);
        Path folder = Files.createDirectories(tmp.resolve("inbox"));
        Path cut = Files.write(folder.resolve("archive-cut.zip"), Arrays.copyOf(bytes, bytes.length / 2));
        copyFolder(Fixtures.path("reddit/reddit-2024"), Files.createDirectories(folder.resolve("reddit")));
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(folder))) {
            assertThat(locator.exports()).extracting(Export::platform).containsExactly(Platform.REDDIT);
            assertThat(locator.unrecognized()).singleElement().satisfies(u -> {
                assertThat(u.path()).isEqualTo(cut);
                assertThat(u.named()).isFalse();
                assertThat(u.seen()).startsWith("not a readable zip file (truncated or damaged; " + (bytes.length / 2) + " bytes)");
            });
        }
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(cut))) {
            assertThat(locator.unrecognized()).singleElement().satisfies(u -> assertThat(u.named()).isTrue());
        }
    }

    @Test
    void aZipCutInItsLastFileIsReadUpToTheCutAndTheCutIsReported(@TempDir Path tmp) throws IOException {
        Path whole = Fixtures.zip("linkedin/complete-2024", tmp.resolve("whole.zip"), "");
        byte[] bytes = Files.readAllBytes(whole);
        int last = lastLocalHeader(bytes);
        int nameLength = (bytes[last + 26] & 0xff) | (bytes[last + 27] & 0xff) << 8;
        assertThat(new String(bytes, last + 30, nameLength, StandardCharsets.UTF_8)).isEqualTo("messages.csv");
        int cutAt = last + 30 + nameLength + 100;
        Path cut = Files.write(tmp.resolve("Complete_LinkedInDataExport_03-06-2024.zip"), Arrays.copyOf(bytes, cutAt));
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(cut))) {
            assertThat(locator.unrecognized()).isEmpty();
            Export export = locator.exports().get(0);
            assertThat(export.path()).isEqualTo(cut.toString());
            assertThat(export.problems()).extracting(b -> b.source().entry() + " (" + b.source().position() + "): " + b.reason())
                    .containsExactly("messages.csv (zip entry): the zip ends inside this entry (truncated download?): not read; "
                            + "Truncated ZIP file",
                            " (byte " + cutAt + "): the zip is cut at byte " + cutAt + " (truncated download?): the entries read are"
                            + " the ones before and with messages.csv; whatever followed is lost");
            ExportRendering.Read read = ExportRendering.read(export);
            assertThat(read.export().parts()).containsExactly("Invitations.csv", "Comments.csv", "Shares.csv");
            assertThat(read.messages()).hasSize(5);
            assertThat(read.bad()).hasSize(2);
        }
    }

    private static int lastLocalHeader(byte[] b) {
        for (int i = b.length - 4; i >= 0; i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 3 && b[i + 3] == 4) {
                return i;
            }
        }
        throw new AssertionError("no local header");
    }

    @Test
    void aFolderWithNoKnownExportSaysWhatWasSeen(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("photo.jpg"), "jpeg");
        Files.createDirectories(tmp.resolve("misc"));
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(tmp))) {
            assertThat(locator.unrecognized()).singleElement().satisfies(u -> {
                assertThat(u.named()).isTrue();
                assertThat(u.seen()).isEqualTo("a folder holding misc/, photo.jpg and no export of a known platform");
            });
        }
    }

    /**
     * The check before an audit looks in each input only until an export turns up, and names the
     * same inputs without an export as a full search does.
     */
    @Test
    void theFirstExportOfEachInputIsEnoughToTellWhichInputsHoldNone(@TempDir Path tmp) throws IOException {
        Path inbox = mixedExports(tmp);
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(empty.resolve("photo.jpg"), "jpeg");
        List<Path> inputs = List.of(tmp.resolve("exports"), empty, tmp.resolve("missing"), inbox.resolve("archive-20261101.zip"));
        try (ExportLocator all = new ExportLocator(ZipLimits.DEFAULT).locate(inputs);
                ExportLocator first = new ExportLocator(ZipLimits.DEFAULT).locateFirst(inputs)) {
            // the Mastodon zip named on its own is also inside the first input: found once
            assertThat(all.exports()).extracting(Export::platform)
                    .containsExactly(Platform.MASTODON, Platform.TWITTER, Platform.LINKEDIN);
            assertThat(first.exports()).extracting(Export::platform).containsExactly(Platform.MASTODON);
            assertThat(first.unrecognized()).isEqualTo(all.unrecognized()).extracting(u -> u.path().getFileName().toString())
                    .containsExactly("empty", "missing");
            // the same locator searches fully again afterwards
            first.locate(List.of(tmp.resolve("exports")));
            assertThat(first.exports()).hasSize(3);
        }
    }

    /**
     * Windows' own zip writes names in its code page (é as the byte 0x82) without marking them as
     * UTF-8: reading such a zip as UTF-8 failed every run that held it, and its other inputs with it.
     */
    @Test
    void aZipWhoseEntryNamesAreNotUtf8IsReadWithTheZipFormatsOwnCodePage(@TempDir Path tmp) throws IOException {
        Path zip = tmp.resolve("linkedin-windows.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out, ZipTree.LEGACY_NAMES)) {
            for (var e : linkedInEntries("").entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry("photos/caf\u00e9.jpg"));
            z.write(new byte[] {1, 2, 3});
            z.closeEntry();
        }
        assertThat(Files.readAllBytes(zip)).contains((byte) 0x82);

        ExportContents read = ExportContents.read(zip);

        assertThat(read.messages()).hasSize(ExportContents.read(Fixtures.path("linkedin/complete-2024")).messages().size());
        assertThat(read.export().platform()).isEqualTo(Platform.LINKEDIN);
    }

    /** A zip that lists one name twice (damaged, or written to twice): one entry is read, and the other is not passed over in silence. */
    @Test
    void aZipThatListsANameTwiceSaysSo(@TempDir Path tmp) throws IOException {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>(linkedInEntries(""));
        byte[] messages = entries.get("messages.csv");
        entries.put("messageZ.csv", messages);
        Path zip = zip(tmp.resolve("twice.zip"), entries);
        byte[] bytes = Files.readAllBytes(zip);
        String latin = new String(bytes, StandardCharsets.ISO_8859_1).replace("messageZ.csv", "messages.csv");
        Files.write(zip, latin.getBytes(StandardCharsets.ISO_8859_1));

        ExportContents read = ExportContents.read(zip);

        assertThat(read.messages()).hasSize(ExportContents.read(Fixtures.path("linkedin/complete-2024")).messages().size());
        assertThat(read.bad()).extracting(b -> b.source().entry() + " | " + b.reason()).containsExactlyInAnyOrder(
                "messages.csv | a draft, never sent: not audited", "messages.csv | the zip"
                + " lists this name 2 times: the last entry of the name is read, the one before it is not (a damaged zip, or"
                + " one written to twice)");
    }

    static void copyFolder(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
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

    /**
     * An export whose owner cannot be told is named after its folder; a folder name as long as a
     * file system allows is cut in that name, so the export is still read.
     */
    @Test
    void anUnknownOwnerOfALongFolderNameIsCutNotRefused(@TempDir Path tmp) throws IOException {
        Path folder = tmp.resolve("exports/" + "r".repeat(240));
        copyFolder(Fixtures.path("reddit/posts-only"), folder);
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(tmp.resolve("exports")))) {
            assertThat(locator.unrecognized()).isEmpty();
            assertThat(locator.exports()).singleElement()
                    .satisfies(e -> assertThat(e.account()).isEqualTo("unknown owner of " + "r".repeat(149) + "…"));
        }
    }

    /**
     * An owner whose account, as the export names it, is longer than the workspace keeps (200
     * characters: no platform allows such a user name) is read under its first 150 characters and
     * a hash of the whole, and the export's notes say so. Two such accounts stay apart. Before,
     * such an export was not read at all.
     */
    @Test
    void anOwnerLongerThanAnyAccountIsReadUnderItsAccountCut(@TempDir Path tmp) throws IOException {
        Path longer = tmp.resolve("exports/longer");
        Path longest = tmp.resolve("exports/longest");
        Path other = tmp.resolve("exports/other");
        for (Path p : List.of(longer, longest, other)) {
            copyFolder(Fixtures.path("twitter/gen1-2021"), p);
        }
        Path account = Path.of("data/account.js");
        Files.writeString(longer.resolve(account), Files.readString(longer.resolve(account))
                .replace("\"DrNoraVance\"", "\"" + "n".repeat(200) + "\""));
        Files.writeString(longest.resolve(account), Files.readString(longest.resolve(account))
                .replace("\"DrNoraVance\"", "\"" + "n".repeat(201) + "\""));
        Files.writeString(other.resolve(account), Files.readString(other.resolve(account))
                .replace("\"DrNoraVance\"", "\"" + "n".repeat(300) + "\""));
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(tmp))) {
            assertThat(locator.unrecognized()).isEmpty();
            assertThat(locator.exports()).extracting(Export::path).containsExactlyInAnyOrder(longer.toString(), longest.toString(),
                    other.toString());
            Map<String, Export> byPath = locator.exports().stream().collect(java.util.stream.Collectors.toMap(Export::path, e -> e));
            assertThat(byPath.get(longer.toString()).account()).isEqualTo("n".repeat(200));
            assertThat(byPath.get(longer.toString()).notes()).noneMatch(n -> n.contains("longer than any platform allows"));
            for (Path p : List.of(longest, other)) {
                Export e = byPath.get(p.toString());
                assertThat(e.account()).matches("n{150}…[0-9a-f]{16}");
                assertThat(e.notes()).contains("the account that names the owner is longer than any platform allows (at most"
                        + " 200 characters are kept; the file that names it is damaged?): it is kept as its first characters and a"
                        + " hash of the whole");
                List<io.phiscan.model.Message> messages = ExportRendering.read(e).messages();
                assertThat(messages).isNotEmpty().allSatisfy(m -> assertThat(m.account()).isEqualTo(e.account()));
                assertThat(messages).anySatisfy(m -> assertThat(m.direction()).isEqualTo(io.phiscan.model.Direction.OUTBOUND));
            }
            assertThat(byPath.get(longest.toString()).account()).isNotEqualTo(byPath.get(other.toString()).account());
        }
    }
}
