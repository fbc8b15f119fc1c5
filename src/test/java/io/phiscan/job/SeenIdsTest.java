package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Message;
import io.phiscan.model.Platform;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ids a unit has read: a repeat is told from a new id exactly, however many ids and of whatever form. */
class SeenIdsTest {

    @Test
    void aRepeatIsToldFromANewIdAmongManyAsASetOfTheIdsTellsIt() {
        SeenIds seen = new SeenIds();
        Set<String> exact = new HashSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            // a tenth of the ids come again
            String id = Message.stableId(Platform.TWITTER, "drlena", String.valueOf(random.nextInt(180_000)));
            assertThat(seen.add(id)).as(id).isEqualTo(exact.add(id));
        }
        assertThat(exact).hasSizeLessThan(200_000);
    }

    @Test
    void idsOfAnotherFormOrAnotherPlatformAreKeptWhole() {
        SeenIds seen = new SeenIds();
        String x = Message.stableId(Platform.TWITTER, "drlena", "1");
        String facebook = Message.stableId(Platform.FACEBOOK, "drlena", "1");
        assertThat(seen.add(x)).isTrue();
        assertThat(seen.add(facebook)).isTrue();
        assertThat(seen.add(facebook)).isFalse();
        assertThat(seen.add("tw-not-hex-at-all-000000")).isTrue();
        assertThat(seen.add("tw-not-hex-at-all-000000")).isFalse();
        assertThat(seen.add(x.toUpperCase())).isTrue();
        assertThat(seen.add(x)).isFalse();
        // the same 80 bits under another prefix are another id
        assertThat(seen.add("rd" + x.substring(2))).isTrue();
    }
}
