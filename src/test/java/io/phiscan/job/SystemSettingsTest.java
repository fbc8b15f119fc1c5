package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Settings given as -D system properties: a value that cannot be used is named before any work starts. */
class SystemSettingsTest {

    @AfterEach
    void clear() {
        System.clearProperty("phiscan.ingest.threads");
        System.clearProperty("phiscan.ingest.chunk");
        System.clearProperty("phiscan.workers.stale-after");
    }

    @Test
    void usableValuesPass() {
        System.setProperty("phiscan.ingest.threads", "4");
        System.setProperty("phiscan.ingest.chunk", " 20000 ");
        System.setProperty("phiscan.workers.stale-after", "30m");
        assertThatCode(SystemSettings::check).doesNotThrowAnyException();
        System.setProperty("phiscan.workers.stale-after", "PT2H");
        assertThatCode(SystemSettings::check).doesNotThrowAnyException();
    }

    @Test
    void aValueThatCannotBeUsedIsNamedWithWhatTheSettingTakes() {
        System.setProperty("phiscan.ingest.threads", "abc");
        assertThatThrownBy(SystemSettings::check).isInstanceOf(SystemSettings.InvalidSettingException.class)
                .hasMessage("-Dphiscan.ingest.threads=abc: not a whole number of 1 or more");
        System.setProperty("phiscan.ingest.threads", "0");
        assertThatThrownBy(SystemSettings::check).hasMessage("-Dphiscan.ingest.threads=0: not a whole number of 1 or more");
        System.clearProperty("phiscan.ingest.threads");
        System.setProperty("phiscan.workers.stale-after", "bogus");
        assertThatThrownBy(SystemSettings::check)
                .hasMessage("-Dphiscan.workers.stale-after=bogus: not a duration of more than zero, such as 90s, 10m, 2h or PT2H");
        System.setProperty("phiscan.workers.stale-after", "-5m");
        assertThatThrownBy(SystemSettings::check).isInstanceOf(SystemSettings.InvalidSettingException.class);
    }
}
