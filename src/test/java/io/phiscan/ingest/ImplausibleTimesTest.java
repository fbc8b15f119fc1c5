package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times no export can hold (seconds read as milliseconds: 1970; -1; the year 292278994) were
 * taken as real, or called "without a timestamp" along with a whole number written as a float
 * ({@code 1.7E12}). They are skipped records saying what was read and why it was refused.
 */
class ImplausibleTimesTest {
    private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
    private static final JsonMapper JSON = new JsonMapper();

    @Test
    void messengerTimesOutsideWhatAnExportHoldsAreSkippedSayingWhy() throws IOException {
        ExportRun run = ExportRun.of("facebook/implausible-times");
        assertThat(run.messages("inbox/zoefixture_1029384756"::equals)).isEmpty();
        assertThat(run.messages(m -> m.conversationId().startsWith("inbox/")).stream().map(m -> m.text() + " " + m.at()))
                .containsExactlyInAnyOrder("Message with its time as a string 2023-09-01T10:04:00Z",
                        "Message with its time as a float 2023-09-01T10:03:00Z",
                        "Message with a real time 2023-09-01T10:00:00Z");
        String file = "messages/inbox/zoefixture_1029384756/message_1.json";
        assertThat(run.bad()).extracting(b -> b.source().entry() + " (" + b.source().position() + ") | " + b.reason()).contains(
                file + " (element 0, line 11) | a message whose timestamp_ms 9223372036854775807, more than 2 days after"
                        + " it was read, later than any export holds",
                file + " (element 1, line 17) | a message whose timestamp_ms 1693562700000.5 is not a whole number of"
                        + " milliseconds",
                file + " (element 4, line 35) | a message whose timestamp_ms -1 (1969-12-31T23:59:59.999Z), before"
                        + " 2000-01-01, earlier than any export holds",
                file + " (element 5, line 41) | a message whose timestamp_ms 1693562460 (1970-01-20T14:26:02.460Z),"
                        + " before 2000-01-01, earlier than any export holds: seconds where milliseconds belong?");
    }

    @Test
    void postTimesInMillisecondsOrCenturiesAheadAreSkippedAndAFloatIsRead() throws IOException {
        ExportRun run = ExportRun.of("facebook/implausible-times");
        assertThat(run.messages(m -> m.conversationId().startsWith("post/")).stream().map(m -> m.text() + " " + m.at()))
                .containsExactly("Post with its time as a float 2023-09-01T12:00:00Z");
        assertThat(run.bad()).extracting(IngestRecord.Bad::reason).contains(
                "a post whose timestamp 1693566000000 (+55636-12-20T08:00:00Z), more than 2 days after it was read,"
                        + " later than any export holds: milliseconds where seconds belong?",
                "a post whose timestamp 32503680000 (3000-01-01T00:00:00Z), more than 2 days after it was read,"
                        + " later than any export holds");
        assertThat(run.records()).hasSize(7 + 3);
    }

    @Test
    void csvDatesBefore2000OrCenturiesAheadAreSkippedSayingWhy() throws IOException {
        ExportRun run = ExportRun.of("linkedin/implausible-dates");
        assertThat(run.messages()).extracting(Message::at).containsExactly(Instant.parse("2023-09-01T10:00:00Z"),
                Instant.parse("2000-01-01T00:00:00Z"));
        assertThat(run.bad()).extracting(b -> b.source().position() + " | " + b.reason()).containsExactly(
                "record 2, line 3 | a message whose DATE is 1970-01-01T00:00:00Z, before 2000-01-01, earlier than any"
                        + " export holds",
                "record 3, line 4 | a message whose DATE is 2999-12-31T23:59:59Z, more than 2 days after it was read,"
                        + " later than any export holds",
                "record 4, line 5 | a message whose DATE is 1999-12-31T23:59:59Z, before 2000-01-01, earlier than any"
                        + " export holds");
    }

    @Test
    void xTimesOfTheYear292278994OrOf1970AreSkippedSayingWhy(@TempDir Path tmp) throws IOException {
        Path export = tmp.resolve("x-archive");
        ExportLocatorTest.copyFolder(Fixtures.path("twitter/current-2024"), export);
        int whole = ExportContents.read(export).messages().size();
        Path dms = export.resolve("data/direct-messages.js");
        Files.writeString(dms, Files.readString(dms).replace("\"2024-05-11T10:05:00.500Z\"", "\"+292278994-08-17T07:12:55.807Z\"")
                .replace("\"2024-05-11T10:04:00.400Z\"", "\"1970-01-01T00:00:00.000Z\""));

        ExportContents read = ExportContents.read(export);

        assertThat(read.messages()).hasSize(whole - 2);
        assertThat(read.bad()).extracting(IngestRecord.Bad::reason).containsExactly(
                "message 1789235249411837355 whose createdAt is +292278994-08-17T07:12:55.807Z, more than 2 days after it"
                        + " was read, later than any export holds",
                "message 1789234997337058659 whose createdAt is 1970-01-01T00:00:00Z, before 2000-01-01, earlier than any"
                        + " export holds");
    }

    @Test
    void instagramCommentTimesInMillisecondsOrBeyondAnyNumberAreSkippedAndAPrintedDateIsRead(@TempDir Path tmp)
            throws IOException {
        Path export = tmp.resolve("instagram");
        ExportLocatorTest.copyFolder(Fixtures.path("instagram/json-2021"), export);
        Path comments = export.resolve("comments/post_comments.json");
        int whole = ExportContents.read(export).messages().size();
        Files.writeString(comments, Files.readString(comments).replace("\"timestamp\": 1614931200", "\"timestamp\": 1614931200000"));
        ExportContents millis = ExportContents.read(export);
        Files.writeString(comments, Files.readString(comments).replace("\"timestamp\": 1614931200000", "\"timestamp\": 1E400"));
        ExportContents infinite = ExportContents.read(export);

        assertThat(millis.messages()).hasSize(whole - 1);
        assertThat(millis.bad()).extracting(IngestRecord.Bad::reason).containsExactly("a comment whose timestamp 1614931200000"
                + " (+53145-02-18T08:00:00Z), more than 2 days after it was read, later than any export holds: milliseconds"
                + " where seconds belong?");
        assertThat(infinite.bad()).extracting(IngestRecord.Bad::reason)
                .containsExactly("a comment whose timestamp is a number beyond any time (Infinity)");
        assertThat(infinite.messages()).extracting(m -> m.text()).contains("What a day");
    }

    @Test
    void facebookHtmlDatesBefore2000AreSkippedSayingWhy(@TempDir Path tmp) throws IOException {
        Path export = tmp.resolve("facebook-html");
        ExportLocatorTest.copyFolder(Fixtures.path("facebook/html-2017"), export);
        int whole = ExportContents.read(export).messages().size();
        Path page = export.resolve("html/messages.htm");
        Files.writeString(page, Files.readString(page).replace("Friday, October 4, 2013 at 10:05pm PDT",
                "Friday, October 4, 1996 at 10:05pm PDT"));

        ExportContents read = ExportContents.read(export);

        assertThat(read.messages()).hasSize(whole - 1);
        assertThat(read.bad()).extracting(IngestRecord.Bad::reason).containsExactly("a 2017-layout block whose date is"
                + " 1996-10-05T05:05:00Z, before 2000-01-01, earlier than any export holds; the block was not read");
    }

    @Test
    void aNumberOfAThousandDigitsIsShownInSixOfThem() {
        JsonNode node = JSON.readTree("{\"timestamp_ms\": 1" + "0".repeat(999) + "}");
        String refusal = PlausibleTime.epoch(node, ChronoUnit.MILLIS, NOW, "timestamp_ms").refusal();
        assertThat(refusal).startsWith("timestamp_ms 1.00000E+999, more than 2 days after it was read").hasSizeLessThan(120);
    }

    @Test
    void theBoundsAreTheFirstSecondOf2000AndTwoDaysAfterReading() {
        assertThat(PlausibleTime.refusal("t", Instant.parse("2000-01-01T00:00:00Z"), NOW)).isNull();
        assertThat(PlausibleTime.refusal("t", Instant.parse("1999-12-31T23:59:59.999Z"), NOW)).contains("before 2000-01-01");
        assertThat(PlausibleTime.refusal("t", NOW.plus(2, ChronoUnit.DAYS), NOW)).isNull();
        assertThat(PlausibleTime.refusal("t", NOW.plus(2, ChronoUnit.DAYS).plusSeconds(1), NOW)).contains("more than 2 days");
    }

    @Test
    void wholeNumbersInAnyJsonFormAreRead() {
        for (String v : List.of("1700000000000", "1.7E12", "1.7e+12", "1700000000000.0", "\"1700000000000\"", "\"1.7E12\"")) {
            JsonNode node = JSON.readTree("{\"t\": " + v + "}");
            assertThat(PlausibleTime.epoch(node, ChronoUnit.MILLIS, NOW, "t").at()).as(v)
                    .isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
        }
        assertThat(PlausibleTime.epoch(JSON.readTree("{\"t\": 1.7E9}"), ChronoUnit.SECONDS, NOW, "t").at())
                .isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
    }

    @Test
    void absentValuesAreNoRefusalAndTextIsNeverQuoted() {
        assertThat(PlausibleTime.epoch(JSON.readTree("{\"t\": null}"), ChronoUnit.MILLIS, NOW, "t").absent()).isTrue();
        assertThat(PlausibleTime.epoch(JSON.readTree("{}"), ChronoUnit.MILLIS, NOW, "t").absent()).isTrue();
        assertThat(PlausibleTime.epoch(JSON.readTree("{\"t\": \"my rash is back\"}"), ChronoUnit.MILLIS, NOW, "t").refusal())
                .isEqualTo("t is not a number");
        assertThat(PlausibleTime.epoch(JSON.readTree("{\"t\": 1E400}"), ChronoUnit.MILLIS, NOW, "t").refusal())
                .isEqualTo("t is a number beyond any time (Infinity)");
        assertThat(PlausibleTime.epoch(JSON.readTree("{\"t\": 99999999999999999999999}"), ChronoUnit.SECONDS, NOW, "t")
                .refusal()).startsWith("t 99999999999999999999999, more than 2 days");
    }
}
