package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The entry names that would leave an export's root ({@link ZipTree#escapesRoot}), and names that stay in it. */
class ZipSlipNamesTest {

    @Test
    void absolutePathsDriveLettersAndParentFoldersLeaveTheRoot() {
        assertThat(ZipTree.escapesRoot("/etc/passwd")).isTrue();
        assertThat(ZipTree.escapesRoot("C:/Windows/evil.csv")).isTrue();
        assertThat(ZipTree.escapesRoot("c:evil.csv")).isTrue();
        assertThat(ZipTree.escapesRoot("../../etc/cron.d/evil.csv")).isTrue();
        assertThat(ZipTree.escapesRoot("data/../../evil.csv")).isTrue();
    }

    @Test
    void namesInsideTheRootStay() {
        assertThat(ZipTree.escapesRoot("data/tweets.js")).isFalse();
        assertThat(ZipTree.escapesRoot("data/..hidden/a.js")).isFalse();
        assertThat(ZipTree.escapesRoot("notes:2024.txt")).isFalse();
        assertThat(ZipTree.escapesRoot("1:2.txt")).isFalse();
    }
}
