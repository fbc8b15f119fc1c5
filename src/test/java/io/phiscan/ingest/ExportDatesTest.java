package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every date form the CSV and JSON exports use, read to the same UTC instant; local ones marked. */
class ExportDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2023-05-01 14:22:10 UTC       | 2023-05-01T14:22:10Z | false",
        "2024/02/01 15:02:55 UTC       | 2024-02-01T15:02:55Z | false",
        "2024-10-03T20:41:07Z          | 2024-10-03T20:41:07Z | false",
        "2024-10-03T20:41:07.250Z      | 2024-10-03T20:41:07.250Z | false",
        "2024-10-03 22:41:07+02:00     | 2024-10-03T20:41:07Z | false",
        "2013-03-31 16:38:16 +0000     | 2013-03-31T16:38:16Z | false",
        "2013-03-31 18:38:16 +0200     | 2013-03-31T16:38:16Z | false",
        "1715480049                    | 2024-05-12T02:14:09Z | false",
        "2024-06-10 18:53:49           | 2024-06-10T18:53:49Z | true",
        "'1/29/26, 2:37 PM'            | 2026-01-29T14:37:00Z | true",
        "'11/3/26, 8:42 am'            | 2026-11-03T08:42:00Z | true",
        "'1/29/2026, 2:37 PM'          | 2026-01-29T14:37:00Z | true",
        "'12/31/2025, 11:05 PM'        | 2025-12-31T23:05:00Z | true"})
    void readsTheForm(String text, String utc, boolean local) {
        assertThat(ExportDates.parse(text)).hasValueSatisfying(s -> {
            assertThat(s.at()).isEqualTo(Instant.parse(utc));
            assertThat(s.local()).isEqualTo(local);
        });
    }

    @ParameterizedTest
    @CsvSource({"not-a-date", "2024-13-45 10:00:00 UTC", "' '", "2023-02-29T10:00:00Z", "2024-10-03T20:41:61Z",
        "2024-10-03T20:41:07.1234567890Z", "2024-10-03T24:00:00Z", "+2024-10-03T20:41:07Z"})
    void anUnknownFormIsEmpty(String text) {
        assertThat(ExportDates.parse(text)).isEmpty();
    }

    /** Days that do not exist were read as the last of their month (2024-02-30 as 2024-02-29), in every form. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2024-02-30 10:00:00 UTC", "2023-02-29 10:00:00 UTC", "2024/04/31 10:00:00 UTC",
        "2024-02-30 10:00:00", "2024-02-30 10:00:00 +0000", "2024-02-30 10:00:00+02:00", "'2/30/26, 2:37 PM'",
        "'2/29/2025, 2:37 PM'",
        "2024-06-31T10:00:00Z"})
    void aDayThatDoesNotExistIsNotReadAndIsNamed(String text) {
        assertThat(ExportDates.parse(text)).isEmpty();
        assertThat(ExportDates.nonexistent(text)).isEqualTo(": " + text + " is a day or time that does not exist");
    }

    @ParameterizedTest
    @CsvSource({"not-a-date", "2024-13-45 10:00:00 UTC", "' '", "my fever is 104 since 2024-02-30"})
    void textThatIsNoDateIsNeverQuoted(String text) {
        assertThat(ExportDates.nonexistent(text)).isEmpty();
    }

    /** A record's date field: its time, or the reason its skipped record gives, naming the field. */
    @Test
    void aFieldGivesItsTimeOrTheReasonThereIsNone() {
        ExportDates.FieldTime read = ExportDates.time("DATE", "2023-05-01 14:22:10 UTC");
        assertThat(read.none()).isFalse();
        assertThat(read.stamp().at()).isEqualTo(Instant.parse("2023-05-01T14:22:10Z"));

        assertThat(ExportDates.time("DATE", null).reason()).isEqualTo("without a readable DATE");
        assertThat(ExportDates.time("date", "2024-02-30 10:00:00 UTC").reasonById())
                .isEqualTo("has no readable date: 2024-02-30 10:00:00 UTC is a day or time that does not exist");
        ExportDates.FieldTime early = ExportDates.time("DATE", "1970-01-01 00:00:00 UTC");
        assertThat(early.none()).isTrue();
        assertThat(early.reason()).isEqualTo("whose DATE is 1970-01-01T00:00:00Z, before 2000-01-01, earlier than any export holds");
        assertThat(early.reasonById()).isEqualTo(early.reason());

        assertThat(ExportDates.time("published", "published time", "soon").reason()).isEqualTo("without a readable published time");
        assertThat(ExportDates.time("published", "published time", "1999-12-31T23:59:59Z").reason())
                .isEqualTo("whose published is 1999-12-31T23:59:59Z, before 2000-01-01, earlier than any export holds");
    }

    /** Times in UTC ("Z") are read as the ISO-8601 parser reads them, in every shape it accepts. */
    @Test
    void utcTimesReadAsIsoReadsThem() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 250_000_000_000L), random.nextInt(1_000_000_000));
            String iso = at.toString();
            String[] shapes = {iso, iso.replaceFirst("\\.\\d+Z$", "Z"), iso.replaceFirst("(\\.\\d)\\d*Z$", "$1Z"),
                iso.replaceFirst(":\\d\\d(\\.\\d+)?Z$", "Z"), iso.replace('T', ' ')};
            for (String text : shapes) {
                Instant expected;
                try {
                    expected = OffsetDateTime.parse(text.replace(' ', 'T')).toInstant();
                } catch (DateTimeParseException e) {
                    expected = null;
                }
                Instant read = ExportDates.parse(text).map(ExportDates.Stamp::at).orElse(null);
                assertThat(read).as(text).isEqualTo(expected);
            }
        }
        assertThat(ExportDates.parse("2024-10-03T20:41:07.Z")).map(ExportDates.Stamp::at)
                .contains(Instant.parse("2024-10-03T20:41:07Z"));
    }
}
