package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.Visibility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Mastodon account archives, as {@code src/test/resources/mastodon/README.md} describes them. */
class MastodonArchiveReaderTest {

    @Test
    void outboxWithTwoOrderedItemsKeysReadsEveryStatusOnce() throws IOException {
        try (ExportTree tree = Fixtures.tree("mastodon/zip-2024")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.export().platform()).isEqualTo(Platform.MASTODON);
            assertThat(read.export().account()).isEqualTo("noravance@med.example");
            assertThat(read.export().notes().get(0)).startsWith("a Mastodon archive holds only the owner's own posts");
            assertThat(read.messages()).hasSize(7);
            assertThat(read.bad()).isEmpty();
            assertThat(read.messages()).allMatch(m -> m.direction() == Direction.OUTBOUND);
            assertThat(read.messages()).extracting(Message::visibility).containsExactly(Visibility.PUBLIC, Visibility.PUBLIC,
                    Visibility.UNLISTED, Visibility.FOLLOWERS, Visibility.DIRECT, Visibility.PUBLIC, Visibility.PUBLIC);

            Message reply = read.message("https://med.example/users/noravance/statuses/113010");
            assertThat(reply.text()).isEqualTo("@casey Sorry Jordan's fever is back. Please call the clinic so we can see him today.");
            assertThat(reply.at()).isEqualTo(Instant.parse("2024-10-03T20:41:07Z"));
            assertThat(reply.recipients()).singleElement().satisfies(a -> {
                assertThat(a.id()).isEqualTo("https://social.example/users/casey");
                assertThat(a.handle()).isEqualTo("casey@social.example");
            });
            assertThat(reply.inReplyTo()).isEqualTo("https://social.example/users/casey/statuses/113009");
            Message direct = read.message("https://med.example/users/noravance/statuses/113040");
            assertThat(direct.visibility()).isEqualTo(Visibility.DIRECT);
            assertThat(direct.recipients()).extracting(a -> a.handle()).containsExactly("casey@social.example");
            assertThat(read.message("https://med.example/users/noravance/statuses/113001").text())
                    .isEqualTo("Flu shots are in! Walk-in hours Saturdays 9–12. Call (555) 010-2000 to book.");
            assertThat(read.message("https://med.example/users/noravance/statuses/113020").text())
                    .isEqualTo("Reminder: the clinic is closed Monday for the holiday.\nUrgent care info: https://lakeside.example/urgent");
            assertThat(read.message("https://med.example/users/noravance/statuses/113030").text())
                    .isEqualTo("long week\n\nOn call all weekend, running on coffee.");
            Message imageOnly = read.message("https://med.example/users/noravance/statuses/113060");
            assertThat(imageOnly.text()).isEqualTo("[image: Handwashing poster: five steps]");
            assertThat(imageOnly.attachments()).containsExactly("image");
        }
    }

    @Test
    void unpackedTarGzArchiveWithContextOnEveryItem() throws IOException {
        try (ExportTree tree = Fixtures.tree("mastodon/targz-2019")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.messages()).extracting(Message::visibility).containsExactly(Visibility.PUBLIC, Visibility.FOLLOWERS);
        }
    }

    @Test
    void invalidUtf8AndACutFileAreReportedWithTheirPositionAndTheOtherItemsRead() throws IOException {
        try (ExportTree tree = Fixtures.tree("mastodon/broken-outbox")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.messages()).extracting(Message::text).containsExactly("First post reads fine.", "Third post reads fine.");
            assertThat(read.bad()).extracting(b -> b.source().position() + ": " + b.reason()).containsExactly(
                    "item 1, line 1, byte 1392: invalid JSON at line 1, column 851: Invalid UTF-8 middle byte 0x28",
                    "item 4, line 1, byte 5171: the file ends inside this item (truncated?)");
        }
    }

    /**
     * A bracket left open in one item (its replies page, its tag array, the activity itself)
     * made the splitter take every item after it as part of that item: one skipped record, and
     * the posts after it lost. Each damaged item is skipped on its own; the others are read.
     */
    @Test
    void anItemWithABracketLeftOpenCostsOnlyThatItem() throws IOException {
        try (ExportTree tree = Fixtures.tree("mastodon/unclosed-brackets")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.messages()).extracting(Message::text).containsExactly("First post reads fine.",
                    "Third post reads fine.", "Fifth post reads fine.", "Seventh post reads fine.");
            String unbalanced = "the item's brackets do not match (a { or [ left open, or closed by the other kind): it"
                    + " was not read; reading goes on with the next item";
            assertThat(read.bad()).extracting(b -> b.source().entry() + " (" + b.source().position() + "): " + b.reason())
                    .containsExactly("outbox.json (item 1, line 1, byte 1392): " + unbalanced,
                            "outbox.json (item 3, line 1, byte 3953): " + unbalanced,
                            "outbox.json (item 5, line 1, byte 6838): " + unbalanced);
        }
    }

    /**
     * A string item right after an item left open was read as a member name of the broken item:
     * the two were one skipped record, the string's own position was in no report, and every item
     * after it was numbered one lower than it is. Each is a skipped record of its own.
     */
    @Test
    void aStringItemAfterAnItemLeftOpenIsASkippedRecordOfItsOwn() throws IOException {
        try (ExportTree tree = Fixtures.tree("mastodon/string-after-unclosed")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.messages()).extracting(m -> m.source().position() + ": " + m.text()).containsExactly(
                    "item 0, line 1, byte 129: First post reads fine.", "item 3, line 1, byte 2757: Fourth post reads fine.");
            String unbalanced = "the item's brackets do not match (a { or [ left open, or closed by the other kind): it"
                    + " was not read; reading goes on with the next item";
            String string = "an item that is a string (a link?), not an activity; nothing in it was read";
            assertThat(read.bad()).extracting(b -> b.source().position() + ": " + b.reason()).containsExactly(
                    "item 1, line 1, byte 1392: " + unbalanced, "item 2, line 1, byte 2694: " + string,
                    "item 4, line 1, byte 4022: " + unbalanced, "item 5, line 1, byte 5317: " + string);
        }
    }

    /**
     * A closing bracket too many in an item ended it early: a {@code ]} after the tag array ended
     * orderedItems, and the seven items after it were lost without a word; a {@code }} made the
     * rest of its item into items of their own, the item read without its tags, or lost the
     * items after it when what remained held a {@code ]}. Each such item is one skipped record,
     * and every other item is read.
     */
    @Test
    void anItemWithAClosingBracketTooManyCostsOnlyThatItem() throws IOException {
        try (ExportTree tree = Fixtures.tree("mastodon/stray-brackets")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.messages()).extracting(m -> m.source().position() + ": " + m.text()).containsExactly(
                    "item 0, line 1, byte 129: First post reads fine.", "item 2, line 1, byte 2698: Third post reads fine.",
                    "item 4, line 1, byte 5275: Fifth post reads fine.", "item 6, line 1, byte 7830: Seventh post reads fine.",
                    "item 8, line 1, byte 10419: Ninth post reads fine.");
            String otherKind = "the item's brackets do not match (a { or [ left open, or closed by the other kind): it was not"
                    + " read; reading goes on with the next item";
            String tooMany = "the item's brackets do not match (a } or ] with no { or [ open to close): it was not read;"
                    + " reading goes on with the next item";
            assertThat(read.bad()).extracting(b -> b.source().position() + ": " + b.reason()).containsExactly(
                    "item 1, line 1, byte 1392: " + otherKind, "item 3, line 1, byte 3961: " + tooMany,
                    "item 5, line 1, byte 6538: " + tooMany, "item 7, line 1, byte 9097: " + tooMany);
        }
    }

    @Test
    void itemsThatAreNoActivityAndActivitiesOfOtherTypesAreSkippedRecords() throws IOException {
        try (ExportTree tree = Fixtures.tree("mastodon/odd-items")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.messages()).extracting(Message::text).containsExactly("Holiday clinic hours are on our website.",
                    "@riley Glad Theo is feeling better. Call the office if the cough comes back.");
            assertThat(read.bad()).extracting(b -> b.source().position() + ": " + b.reason()).containsExactly(
                    "item 1, line 1, byte 1616: an item that is a number, not an activity; nothing in it was read",
                    "item 2, line 1, byte 1619: an item that is a string (a link?), not an activity; nothing in it was read",
                    "item 3, line 1, byte 1682: an item that is an array, not an activity; nothing in it was read",
                    "item 4, line 1, byte 2946: an activity of a type Mastodon archives do not hold (not Create, nor Announce);"
                            + " it was not read",
                    "item 7, line 1, byte 6230: a status whose content is a JSON object, not a string; the status was not read",
                    "item 9, line 1, byte 8742: an item with the id of item 0 but other content: one id, two activities; this one"
                            + " was not read");
        }
    }

    @Test
    void aCollectionWithoutOrderedItemsIsOneSkippedRecord() throws IOException {
        try (ExportTree tree = Fixtures.tree("mastodon/items-not-ordered")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.messages()).isEmpty();
            assertThat(read.bad()).singleElement().satisfies(b -> {
                assertThat(b.source().entry()).isEqualTo("outbox.json");
                assertThat(b.reason()).isEqualTo("the collection has no orderedItems array (its items are not where Mastodon"
                        + " writes them): nothing in it was read");
            });
        }
    }

    /**
     * Two orderedItems keys, the second a link to a page rather than an array: the statuses of
     * the first are read and the second key is a skipped record saying what it holds; it was
     * passed over without a word, while a single orderedItems that is not an array is listed.
     */
    @Test
    void aSecondOrderedItemsKeyThatIsNotAnArrayIsListedSayingWhatItHolds() throws IOException {
        try (ExportTree tree = Fixtures.tree("mastodon/second-items-not-array")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.messages()).extracting(Message::text)
                    .containsExactly("Clinic closed Friday for staff training.", "Spring allergy tips are on our blog.");
            assertThat(read.bad()).singleElement().satisfies(b -> {
                assertThat(b.source().entry()).isEqualTo("outbox.json");
                assertThat(b.source().position()).isEqualTo("line 1, byte 2769");
                assertThat(b.reason()).isEqualTo("orderedItems key 2 of the collection holds a string, not an array of"
                        + " activities: nothing in it was read");
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "{\"type\":\"OrderedCollectionPage\",\"orderedItems\":[]}", "null", "false"})
    void aSecondOrderedItemsKeyOfAnyOtherKindIsListedToo(String second, @TempDir Path tmp) throws IOException {
        Path archive = tmp.resolve("archive");
        ExportLocatorTest.copyFolder(Fixtures.path("mastodon/second-items-not-array"), archive);
        Path outbox = archive.resolve("outbox.json");
        java.nio.file.Files.writeString(outbox, java.nio.file.Files.readString(outbox)
                .replace("\"https://med.example/users/noravance/outbox?page=true\"", second));
        try (ExportTree tree = ExportTree.open(archive, ZipLimits.DEFAULT)) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.messages()).hasSize(2);
            assertThat(read.bad()).singleElement().satisfies(b -> assertThat(b.reason())
                    .startsWith("orderedItems key 2 of the collection holds " + switch (second.charAt(0)) {
                        case '4' -> "a number";
                        case '{' -> "an object";
                        case 'n' -> "null";
                        default -> "a true/false value";
                    } + ", not an array"));
        }
    }

    /** The other way round: a first orderedItems that is not an array is listed, and the array after it read. */
    @Test
    void aFirstOrderedItemsKeyThatIsNotAnArrayIsListedBeforeTheItemsOfTheSecond() throws IOException {
        String json = "{\"type\":\"OrderedCollection\",\"orderedItems\":null,\"orderedItems\":[{\"a\":1}]}";
        List<String> items = new ArrayList<>();
        try (OrderedItemsSplitter s = new OrderedItemsSplitter(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), 1000)) {
            OrderedItemsSplitter.Element e;
            while ((e = s.next()) != null) {
                items.add(e.position() + " " + (e.ok() ? new String(e.bytes(), StandardCharsets.UTF_8) : e.error()));
            }
        }
        assertThat(items).containsExactly("line 1, byte 43 orderedItems key 1 of the collection holds null, not an array of"
                + " activities: nothing in it was read", "item 0, line 1, byte 64 {\"a\":1}");
    }

    @Test
    void theSplitterFindsItemsOnlyUnderOrderedItemsOfTheCollection() throws IOException {
        String json = "{\n \"orderedItems\" : [ {\"a\":\"[x]\"},\n {\"b\":{\"orderedItems\":[1]}} ],\n"
                + " \"first\" : {\"orderedItems\":[\"no\"]}, \"x\":\"\\\"orderedItems\\\":[\", \"orderedItems\":[\"https://a/1\"] }";
        List<String> items = new ArrayList<>();
        try (OrderedItemsSplitter s = new OrderedItemsSplitter(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), 1000)) {
            OrderedItemsSplitter.Element e;
            while ((e = s.next()) != null) {
                items.add(e.position() + " " + new String(e.bytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(items).containsExactly("item 0, line 2, byte 22 {\"a\":\"[x]\"}",
                "item 1, line 3, byte 36 {\"b\":{\"orderedItems\":[1]}}",
                "item 2, line 4, byte 144 \"https://a/1\"");
    }

    @Test
    void aFolderWithoutAnActorIsNotMastodon(@TempDir Path tmp) throws IOException {
        java.nio.file.Files.writeString(tmp.resolve("outbox.json"), "{\"type\":\"OrderedCollection\",\"orderedItems\":[]}");
        java.nio.file.Files.writeString(tmp.resolve("actor.json"), "{\"type\":\"Note\"}");
        try (ExportTree tree = ExportTree.open(tmp, ZipLimits.DEFAULT)) {
            assertThat(new MastodonArchiveReader().recognize(tree)).isEmpty();
        }
    }

    @Test
    void anActorFileThatCannotBeReadIsListedAndTheOwnerTakenFromTheOutbox(@TempDir Path tmp) throws IOException {
        Path archive = tmp.resolve("archive");
        ExportLocatorTest.copyFolder(Path.of("src/test/resources/mastodon/zip-2024"), archive);
        Path actor = archive.resolve("actor.json");
        byte[] whole = java.nio.file.Files.readAllBytes(actor);
        java.nio.file.Files.write(actor, java.util.Arrays.copyOf(whole, whole.length / 2)); // cut short
        try (ExportTree tree = ExportTree.open(archive, ZipLimits.DEFAULT)) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.export().platform()).isEqualTo(Platform.MASTODON);
            assertThat(read.export().account()).isEqualTo("noravance@med.example");
            assertThat(read.export().owner().id()).isEqualTo("https://med.example/users/noravance");
            assertThat(read.messages()).hasSize(7);
            assertThat(read.bad()).singleElement().satisfies(bad -> {
                assertThat(bad.source().entry()).isEqualTo("actor.json");
                assertThat(bad.reason()).startsWith("not read: invalid JSON at line ")
                        .endsWith("; the owner is taken from outbox.json, whose activities name their actor"
                                + " https://med.example/users/noravance");
            });
            // who can see each post does not need the followers' address actor.json gives
            assertThat(read.messages()).extracting(Message::visibility).containsExactly(Visibility.PUBLIC, Visibility.PUBLIC,
                    Visibility.UNLISTED, Visibility.FOLLOWERS, Visibility.DIRECT, Visibility.PUBLIC, Visibility.PUBLIC);
        }
    }

    /**
     * An archive unpacked in part, its actor.json missing: the outbox's activities still name the
     * owner, so its posts are read and actor.json is listed as missing. Before, the folder was
     * passed over as no export of a known platform, its posts unread.
     */
    @Test
    void aMissingActorFileIsListedAndTheOwnerTakenFromTheOutbox(@TempDir Path tmp) throws IOException {
        Path archive = tmp.resolve("archive");
        ExportLocatorTest.copyFolder(Path.of("src/test/resources/mastodon/zip-2024"), archive);
        java.nio.file.Files.delete(archive.resolve("actor.json"));
        try (ExportTree tree = ExportTree.open(archive, ZipLimits.DEFAULT)) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.export().platform()).isEqualTo(Platform.MASTODON);
            assertThat(read.export().account()).isEqualTo("noravance@med.example");
            assertThat(read.messages()).hasSize(7);
            assertThat(read.bad()).extracting(b -> b.source().entry() + ": " + b.reason()).containsExactly("actor.json: not in the"
                    + " archive; the owner is taken from outbox.json, whose activities name their actor https://med.example/users/noravance");
        }
    }

    /** An outbox.json alone that is no collection of activities, or names no actor, is no Mastodon archive. */
    @ParameterizedTest
    @ValueSource(strings = {"{\"type\":\"OrderedCollection\",\"orderedItems\":[]}", "{\"posts\":[{\"actor\":\"https://a.example/users/x\"}]}", ""})
    void anOutboxWithoutAnActorFileNamingNoActorIsNotMastodon(String outbox, @TempDir Path tmp) throws IOException {
        java.nio.file.Files.writeString(tmp.resolve("outbox.json"), outbox);
        try (ExportTree tree = ExportTree.open(tmp, ZipLimits.DEFAULT)) {
            assertThat(new MastodonArchiveReader().recognize(tree)).isEmpty();
        }
    }

    /**
     * An actor.json that reads as JSON but describes no account (its type missing or another, or
     * not an object) beside an outbox of an actor's activities: the archive is read, its owner
     * that actor, and actor.json listed with why. Before, the archive was not recognized at all:
     * passed over in silence in a folder of exports.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\"type\":\"Person\"", "\"type\":\"\"", "\"type\":7"})
    void anActorFileThatDescribesNoAccountIsListedAndTheOwnerTakenFromTheOutbox(String type, @TempDir Path tmp)
            throws IOException {
        Path archive = tmp.resolve("archive");
        ExportLocatorTest.copyFolder(Path.of("src/test/resources/mastodon/zip-2024"), archive);
        Path actor = archive.resolve("actor.json");
        java.nio.file.Files.writeString(actor, java.nio.file.Files.readString(actor).replace("\"type\":\"Person\"", type.equals(
                "\"type\":\"Person\"") ? "\"kind\":\"Person\"" : type));
        try (ExportTree tree = ExportTree.open(archive, ZipLimits.DEFAULT)) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.export().account()).isEqualTo("noravance@med.example");
            assertThat(read.messages()).hasSize(7);
            assertThat(read.bad()).extracting(b -> b.source().entry() + ": " + b.reason()).containsExactly("actor.json: not read:"
                    + " it describes no account (its type is not Person, Service, Application, Group or Organization);"
                    + " the owner is taken from outbox.json, whose activities name their actor https://med.example/users/noravance");
        }
    }

    /** An empty address in to or cc addresses no one: the status is read. Before, it was skipped as an IllegalArgumentException. */
    @Test
    void anEmptyAddressIsPassedOver(@TempDir Path tmp) throws IOException {
        Path archive = tmp.resolve("archive");
        ExportLocatorTest.copyFolder(Path.of("src/test/resources/mastodon/zip-2024"), archive);
        Path outbox = archive.resolve("outbox.json");
        java.nio.file.Files.writeString(outbox, java.nio.file.Files.readString(outbox).replace("\"cc\":[]", "\"cc\":[\" \"]")
                .replace("\"cc\":[\"http", "\"cc\":[\"\", \" \", \"http")
                .replaceFirst("\"to\":\\[[^]]*]", "\"to\":\"\""));
        try (ExportTree tree = ExportTree.open(archive, ZipLimits.DEFAULT)) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.bad()).isEmpty();
            assertThat(read.messages()).hasSize(7);
            assertThat(read.messages()).allSatisfy(m -> assertThat(m.recipients()).noneMatch(a -> a.id() == null
                    && a.handle() == null));
        }
    }

    /**
     * An actor.json that cannot be read, beside an outbox whose head names no actor: the archive is
     * read with its owner unknown (its posts are the owner's), and actor.json is listed with why.
     */
    @Test
    void anActorFileThatCannotBeReadBesideAnOutboxNamingNoActorIsReadWithTheOwnerUnknown(@TempDir Path tmp) throws IOException {
        Path archive = java.nio.file.Files.createDirectories(tmp.resolve("archive-20240101"));
        java.nio.file.Files.writeString(archive.resolve("outbox.json"), "{\"type\":\"OrderedCollection\",\"orderedItems\":[]}");
        java.nio.file.Files.writeString(archive.resolve("actor.json"), "{\"type\":\"Person\",\"id\":");
        try (ExportTree tree = ExportTree.open(archive, ZipLimits.DEFAULT)) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.export().account()).isEqualTo("unknown owner of archive-20240101");
            assertThat(read.export().notes()).anyMatch(n -> n.startsWith("the owner cannot be told (actor.json not read: invalid JSON"));
            assertThat(read.bad()).singleElement().satisfies(b -> {
                assertThat(b.source().entry()).isEqualTo("actor.json");
                assertThat(b.reason()).startsWith("not read: invalid JSON");
            });
        }
    }
}
