package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    @ValueSource(strings = {"Thu Oct 10 20:19:24 +0000 2018", "Wed Oct 32 20:19:24 +0000 2018", "Wed Oct 10 24:19:24 +0000 2018",
            "wed oct 10 20:19:24 +0000 2018", "Wed Okt 10 20:19:24 +0000 2018", "2018-10-10T20:19:24Z", ""})
    void whatTheFormatterRefusesIsRefused(String text) {
        assertThatThrownBy(() -> byFormatter(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> TweetMapper.parseCreatedAt(text)).isInstanceOf(DateTimeParseException.class);
    }
}
