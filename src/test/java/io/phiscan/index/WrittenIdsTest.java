package io.phiscan.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ids a writer wrote: never forgotten, rarely imagined, in little memory. */
class WrittenIdsTest {

    private static String id(int i) {
        return "tw-" + Integer.toHexString(i * 0x9E3779B1) + "a" + i;
    }

    @Test
    void everyIdWrittenIsRememberedAsTheFiltersGrow() {
        WrittenIds ids = new WrittenIds(1_000);
        for (int i = 0; i < 60_000; i++) {
            ids.add(id(i));
        }
        // six filters: 1,000 + 2,000 + ... + 32,000 ids
        for (int i = 0; i < 60_000; i++) {
            assertThat(ids.add(id(i))).as("id %d", i).isTrue();
        }
    }

    @Test
    void idsNeverWrittenAreRarelyClaimed() {
        WrittenIds ids = new WrittenIds(1_000);
        int fresh = 0;
        for (int i = 0; i < 60_000; i++) {
            if (!ids.add(id(i))) {
                fresh++;
            }
        }
        int claimed = 0;
        for (int i = 60_000; i < 160_000; i++) {
            if (ids.add(id(i))) {
                claimed++;
            }
        }
        // ids claimed while they were written the first time, and ids claimed never written:
        // about 1.3% with every filter full
        assertThat(fresh).isGreaterThan(59_100);
        assertThat(claimed).isLessThan(1_500);
    }

    @Test
    void aMillionIdsTakeTwoMegabytesAndSevenMillionFourteen() {
        WrittenIds ids = new WrittenIds();
        for (int i = 0; i < 1_000_000; i++) {
            ids.add(id(i));
        }
        assertThat(ids.bytes()).isEqualTo(2L << 20);
        for (int i = 1_000_000; i < 7_000_000; i++) {
            ids.add(id(i));
        }
        assertThat(ids.bytes()).isEqualTo(14L << 20);
    }
}
