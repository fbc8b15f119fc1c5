package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Direction;
import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import io.phiscan.model.Visibility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** X archives of the Grailbird generation, as {@code src/test/resources/twitter-legacy/README.md} describes them. */
class GrailbirdArchiveReaderTest {

    @Test
    void monthlyFilesWithTheArrayOnTheNextLineAndADeclaredCountThatDiffers() throws IOException {
        try (ExportTree tree = Fixtures.tree("twitter-legacy/grailbird-2014")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.export().platform()).isEqualTo(Platform.TWITTER);
            assertThat(read.export().layout()).isEqualTo("x-grailbird");
            assertThat(read.export().account()).isEqualTo("DrNoraVance");
            assertThat(read.export().parts()).containsExactly("data/js/tweets/2014_01.js", "data/js/tweets/2014_02.js");
            assertThat(read.export().notes()).contains(
                    "payload_details.js declares 6 tweets; the archive holds 5: the tweets present are read");
            assertThat(read.messages()).hasSize(4).allMatch(m -> m.visibility() == Visibility.PUBLIC);
            assertThat(read.bad()).singleElement().satisfies(b -> {
                assertThat(b.source().position()).isEqualTo("element 1, line 24");
                assertThat(b.reason()).isEqualTo("a line break inside a string at line 34 (unterminated string?)");
            });
            Message reply = read.message("424300000000000003");
            assertThat(reply.at()).isEqualTo(Instant.parse("2014-01-21T18:45:10Z"));
            assertThat(reply.text()).isEqualTo(
                    "@casey_fixture Sorry to hear Jordan's ear still hurts & he's feverish, please call the office so we can see him.");
            assertThat(reply.recipients()).singleElement().satisfies(a -> {
                assertThat(a.id()).isEqualTo("1188776655443322110");
                assertThat(a.handle()).isEqualTo("casey_fixture");
            });
            assertThat(reply.id()).isEqualTo(Message.stableId(Platform.TWITTER, "DrNoraVance", "tweet:424300000000000003"));
            assertThat(read.message("432100000000000002").attachments()).containsExactly("photo");
        }
    }

    /**
     * A tweets.csv without data/js/user_details.js (nothing else names the owner: the CSV's tweets
     * carry no user) is read, its tweets as the owner's; the missing file is listed and the reader
     * told.
     */
    @Test
    void tweetsCsvWithoutUserDetailsIsReadWithAnUnknownOwner(@TempDir Path tmp) throws IOException {
        Path archive = tmp.resolve("tweets-2012");
        ExportLocatorTest.copyFolder(Fixtures.path("twitter-legacy/csv-2012"), archive);
        Files.delete(archive.resolve("data/js/user_details.js"));
        try (ExportTree tree = ExportTree.open(archive, ZipLimits.DEFAULT)) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.export().account()).isEqualTo("unknown owner of tweets-2012");
            assertThat(read.export().notes()).contains("the owner cannot be told (no readable data/js/user_details.js, and the"
                    + " tweets name no user): the tweets are read as the owner's");
            assertThat(read.messages()).hasSize(3).allMatch(m -> m.direction() == Direction.OUTBOUND);
            assertThat(read.bad()).extracting(b -> b.source().entry() + ": " + b.reason())
                    .containsExactly("data/js/user_details.js: not in the archive: the owner cannot be told from it");
        }
    }

    @Test
    void tweetsCsvInTheOrderOf2012ReadByHeaderName() throws IOException {
        try (ExportTree tree = Fixtures.tree("twitter-legacy/csv-2012")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.export().layout()).isEqualTo("x-grailbird-csv");
            assertThat(read.export().notes()).noneMatch(n -> n.startsWith("payload_details.js declares"));
            assertThat(read.messages()).hasSize(3);
            Message reply = read.message("250000000000000002");
            assertThat(reply.at()).isEqualTo(Instant.parse("2012-09-25T20:11:00Z"));
            assertThat(reply.inReplyTo()).isEqualTo("249999999999999999");
            assertThat(reply.recipients()).singleElement().satisfies(a -> {
                assertThat(a.id()).isEqualTo("1188776655443322110");
                assertThat(a.handle()).isEqualTo("casey_fixture");
            });
            assertThat(read.message("250000000000000001").text())
                    .isEqualTo("Back-to-school checkups are booking up fast & early.\nCall us today!");
        }
    }

    @Test
    void aTweetsCsvRecordReadOutOfStepAfterABrokenQuoteIsSkippedWithoutQuotingItsWords() throws IOException {
        try (ExportTree tree = Fixtures.tree("twitter-legacy/csv-out-of-step")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.messages()).extracting(Message::nativeId).containsExactly("660000000000000001");
            assertThat(read.bad()).extracting(b -> b.source().position() + ": " + b.reason()).containsExactly(
                    "record 1, line 2: a broken quote: text follows the quote that closes a field; reading resumes at line 3",
                    "record 2, line 3: tweet with an id that is not one (14 characters, not shown) has no readable timestamp");
        }
    }

    @Test
    void aMonthIsToldByWhatItAssignsNotByItsName() throws IOException {
        try (ExportTree tree = Fixtures.tree("twitter-legacy/renamed-months")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.export().parts()).containsExactly("data/js/tweets/2015_06.js", "data/js/tweets/2015_07 (1).js",
                    "data/js/tweets/2015_08.JS");
            assertThat(read.messages()).extracting(Message::nativeId).containsExactly("610000000000000001", "620000000000000001",
                    "630000000000000001");
            assertThat(read.bad()).isEmpty();
        }
    }

    @Test
    void aTweetWhoseTextIsNotAStringIsASkippedRecord() throws IOException {
        try (ExportTree tree = Fixtures.tree("twitter-legacy/grailbird-odd-text")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.messages()).extracting(Message::nativeId).containsExactly("720000000000000001");
            assertThat(read.bad()).extracting(b -> b.source().position() + ": " + b.reason()).containsExactly(
                    "element 0, line 2: tweet 720000000000000002 whose text is a JSON object, not a string; the tweet was not read");
        }
    }

    @Test
    void tweetsCsvInTheLaterOrderReadByHeaderName() throws IOException {
        try (ExportTree tree = Fixtures.tree("twitter-legacy/csv-2015")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.messages()).hasSize(2);
            assertThat(read.message("640000000000000001").at()).isEqualTo(Instant.parse("2015-09-04T12:00:00Z"));
            assertThat(read.message("640000000000000001").text())
                    .isEqualTo("Ragweed season is here. Allergy tips for kids on our blog: \"wash hands and faces after outdoor play.\"");
            assertThat(read.message("640000000000000002").recipients()).extracting(a -> a.handle())
                    .containsExactly("tom_fx", "casey_fixture");
        }
    }
}
