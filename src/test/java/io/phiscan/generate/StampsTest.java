package io.phiscan.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The generator's own time printing agrees with {@link DateTimeFormatter} on every pattern it replaces. */
class StampsTest {
    static DateTimeFormatter f(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withZone(ZoneOffset.UTC);
    }

    @Test
    void printsTimesAsTheFormatterDoes() {
        DateTimeFormatter isoMillis = f("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
        DateTimeFormatter isoSeconds = f("yyyy-MM-dd'T'HH:mm:ss'Z'");
        DateTimeFormatter spaced = f("yyyy-MM-dd HH:mm:ss");
        DateTimeFormatter tweet = f("EEE MMM dd HH:mm:ss Z yyyy");
        DateTimeFormatter shortUs = f("M/d/yy, h:mm a");
        SplittableRandom random = new SplittableRandom(7);
        long[] fixed = {0, 1, 86_399_999, 951_782_400_000L, 1_709_164_800_000L, 1_771_400_482_518L, 4_102_444_799_999L};
        for (int i = 0; i < 20_000; i++) {
            long ms = i < fixed.length ? fixed[i] : random.nextLong(0, 4_102_444_800_000L);
            Instant at = Instant.ofEpochMilli(ms);
            assertThat(Stamps.isoMillis(ms)).isEqualTo(isoMillis.format(at));
            assertThat(Stamps.isoSeconds(ms)).isEqualTo(isoSeconds.format(at));
            assertThat(Stamps.spaced(ms, false)).isEqualTo(spaced.format(at));
            assertThat(Stamps.spaced(ms, true)).isEqualTo(spaced.format(at) + " UTC");
            assertThat(Stamps.tweet(ms)).isEqualTo(tweet.format(at));
            assertThat(Stamps.shortUs(ms)).isEqualTo(shortUs.format(at));
        }
    }
}
