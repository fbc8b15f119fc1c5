package io.phiscan.report;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the report's browser tests share: one headless {@link Chromium} for the class, which the
 * test's own {@code @BeforeAll} starts into {@link #browser} once its pages are written; each test
 * skipped (or failed in CI) when Chromium is not installed; the browser quit after the last test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InChromium {
    ChromeDriver browser;

    @BeforeEach
    void needsChromium() {
        Chromium.assumeInstalled();
    }

    @AfterAll
    void quitChromium() {
        if (browser != null) {
            browser.quit();
        }
    }
}
