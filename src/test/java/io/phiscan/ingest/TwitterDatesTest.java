package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A tweet's {@code created_at} read as the formatter of its pattern reads it, whether phiscan reads
 * the shape X writes by hand or leaves the text to the formatter.
 */
class TwitterDatesTest {

    private static Instant byFormatter(String text) {
        return ZonedDateTime.parse(text.strip(), TweetMapper.CREATED_AT).toInstant();
    }

    @Test
    void everyInstantReadsAsTheFormatterReadsIt() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 8_000_000_000L));
            String text = TweetMapper.CREATED_AT.format(at.atZone(ZoneOffset.UTC));
            assertThat(TweetMapper.parseCreatedAt(text)).as(text).isEqualTo(at).isEqualTo(byFormatter(text));
        }
    }

    /** A day that does not exist was read as the last of its month (Feb 30 as Feb 29) when it had a zone other than UTC. */
    @ParameterizedTest
    @ValueSource(strings = {"Thu Feb 30 10:00:00 +0200 2024", "Thu Feb 29 10:00:00 +0200 2023", "Thu Feb 30 10:00:00 +0000 2024"})
    void aDayThatDoesNotExistIsRefused(String text) {
        assertThatThrownBy(() -> TweetMapper.parseCreatedAt(text)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wed Oct 10 20:19:24 +0200 2018", "  Wed Oct 10 20:19:24 +0000 2018 ", "Wed Oct 10 20:19:24 -0530 2018",
            "Sat Feb 29 12:00:00 +0000 2020", "Mon Jan 01 00:00:00 +0000 0001"})
    void otherShapesAreTheFormattersToRead(String text) {
        assertThat(TweetMapper.parseCreatedAt(text)).isEqualTo(byFormatter(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wed Oct 32 20:19:24 +0000 2018", "Wed Oct 10 24:19:24 +0000 2018",
            "wed oct 10 20:19:24 +0000 2018", "Wed Okt 10 20:19:24 +0000 2018", "Xyz Oct 10 20:19:24 +0000 2018", "2018-10-10T20:19:24Z", ""})
    void whatTheFormatterRefusesIsRefused(String text) {
        assertThatThrownBy(() -> byFormatter(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> TweetMapper.parseCreatedAt(text)).isInstanceOf(DateTimeParseException.class);
    }

    /**
     * A day name that is not the date's (a Thursday on Wednesday 10 October 2018) made the
     * tweet a skipped record, "has no readable created_at": the day name only repeats the date,
     * which is the time.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Thu Oct 10 20:19:24 +0000 2018", "Sun Oct 10 22:19:24 +0200 2018", "Mon Oct 10 15:19:24 -0500 2018"})
    void aDayNameThatIsNotTheDatesLeavesTheDate(String text) {
        assertThatThrownBy(() -> byFormatter(text)).isInstanceOf(DateTimeParseException.class);
        assertThat(TweetMapper.parseCreatedAt(text)).isEqualTo(Instant.parse("2018-10-10T20:19:24Z"));
        assertThat(TweetMapper.createdAt(text).stamp()).isEqualTo(new ExportDates.Stamp(Instant.parse("2018-10-10T20:19:24Z"), false));
    }

    /** ISO-8601, as tools that rewrite archives write it, made the tweet a skipped record; it is read (without a zone: as UTC, marked local). */
    @Test
    void otherFormsOfTheDateAreReadAsOtherExportsDatesAre() {
        assertThat(TweetMapper.createdAt("2018-10-10T20:19:24.000Z").stamp())
                .isEqualTo(new ExportDates.Stamp(Instant.parse("2018-10-10T20:19:24Z"), false));
        assertThat(TweetMapper.createdAt("2018-10-10T22:19:24+02:00").stamp())
                .isEqualTo(new ExportDates.Stamp(Instant.parse("2018-10-10T20:19:24Z"), false));
        assertThat(TweetMapper.createdAt("2018-10-10 20:19:24").stamp())
                .isEqualTo(new ExportDates.Stamp(Instant.parse("2018-10-10T20:19:24Z"), true));
    }

    @Test
    void whatGivesNoTimeSaysWhy() {
        assertThat(TweetMapper.createdAt("Thu Feb 30 10:00:00 +0000 2024").reasonById())
                .isEqualTo("has no readable created_at: Thu Feb 30 10:00:00 +0000 2024 is a day or time that does not exist");
        assertThat(TweetMapper.createdAt("Wed Oct 32 20:19:24 +0000 2018").reasonById()).isEqualTo("has no readable created_at");
        assertThat(TweetMapper.createdAt("2024-02-30T10:00:00Z").reasonById())
                .isEqualTo("has no readable created_at: 2024-02-30T10:00:00Z is a day or time that does not exist");
        assertThat(TweetMapper.createdAt(null).reasonById()).isEqualTo("has no readable created_at");
        assertThat(TweetMapper.createdAt("Mon Jan 01 00:00:00 +0000 1990").reasonById())
                .startsWith("whose created_at is 1990-01-01T00:00:00Z, before 2000-01-01");
    }

    /** The fixture {@code twitter/created-at-forms}: tweets.js as X writes it, two of its dates in forms X does not write. */
    @Test
    void tweetsOfEveryFormOfTheDateAreReadAndTheOneWithNoDayIsSkipped() throws IOException {
        try (ExportTree tree = Fixtures.tree("twitter/created-at-forms")) {
            ExportRendering.Read read = ExportRendering.read(tree);
            assertThat(read.messages()).extracting(m -> m.nativeId() + " " + m.at() + " " + m.localTime()).containsExactly(
                    "1050118621198921728 2018-10-10T20:19:24Z false", "1050118621198921729 2018-10-10T20:19:24Z false",
                    "1050118621198921730 2018-10-10T20:19:24Z false");
            assertThat(read.bad()).extracting(b -> b.source().position() + ": " + b.reason())
                    .containsExactly("element 3, line 77: tweet 1050118621198921731 has no readable created_at");
        }
    }
}
