package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetaDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Nov 14, 2018, 3:04 PM        | 2018-11-14T15:04",
        "Jan 08, 2026 4:41 am         | 2026-01-08T04:41",
        "Oct 19, 2025 1:47:55 pm      | 2025-10-19T13:47:55",
        "Dec 01, 2019, 12:05 AM       | 2019-12-01T00:05",
        "Mar 12, 2023 12:30 pm        | 2023-03-12T12:30",
        "jun. 07, 2024 5:44 am        | 2024-06-07T05:44",
        "07/06/2024, 17:44            | 2024-06-07T17:44",
        "2024-06-07 17:44             | 2024-06-07T17:44",
        "7月 01, 2026 6:25:04 PM      | 2026-07-01T18:25:04",
        "7월 01, 2026 6:25 오후        | 2026-07-01T18:25",
        "4. Oktober 2013 um 22:05     | 2013-10-04T22:05",
        "Apr 19, 2017, 3:35 AM        | 2017-04-19T03:35",
    })
    void htmlDatesAreReadAsPrintedAndMarkedLocal(String printed, String local) {
        MetaDates.Stamp stamp = MetaDates.parse(printed).orElseThrow();
        assertThat(stamp.local()).isEqualTo(LocalDateTime.parse(local));
        assertThat(stamp.localTime()).isTrue();
        assertThat(stamp.instant()).isEqualTo(Instant.parse(local + (local.length() == 16 ? ":00Z" : "Z")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'Friday, October 4, 2013 at 10:05pm PDT'  | 2013-10-05T05:05:00Z",
        "'Tuesday, 3 January 2017 at 13:25 UTC+01' | 2017-01-03T12:25:00Z",
        "'Saturday, March 10, 2018 at 9:15am PST'  | 2018-03-10T17:15:00Z",
        "'Wednesday, November 12, 2008 at 8:53pm UTC-05:30' | 2008-11-13T02:23:00Z",
    })
    void theOldestDatesCarryAZoneAndGiveTheExactInstant(String printed, String instant) {
        MetaDates.Stamp stamp = MetaDates.parse(printed).orElseThrow();
        assertThat(stamp.localTime()).isFalse();
        assertThat(stamp.instant()).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Smarch 45, 2018, 3:05 PM", "Participants: A and B", "Hike on Saturday?",
        "13:70", "Jan 08, 2026 14:41 pm", "''"})
    void whatIsNotADateIsNotReadAsOne(String text) {
        assertThat(MetaDates.parse(text)).isEmpty();
    }
}
