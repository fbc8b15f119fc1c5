package io.phiscan.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium for the report's browser tests: Debian's {@code chromium} and
 * {@code chromium-driver} packages ({@code PHISCAN_CHROMIUM} and {@code PHISCAN_CHROMEDRIVER}
 * point elsewhere). When they are missing the test is skipped with a message, unless
 * {@code PHISCAN_REQUIRE_SERVICES=1} (CI), where it fails. Chromium's own background traffic is
 * switched off: the only requests a page could make are the ones the tests look for.
 */
public final class Chromium {
    private Chromium() {
    }

    static Path binary() {
        return find("PHISCAN_CHROMIUM", "/usr/bin/chromium", "/usr/bin/chromium-browser");
    }

    static Path driver() {
        return find("PHISCAN_CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    }

    private static Path find(String env, String... candidates) {
        String given = System.getenv(env);
        if (given != null && !given.isBlank()) {
            return Files.isExecutable(Path.of(given)) ? Path.of(given) : null;
        }
        for (String c : candidates) {
            if (Files.isExecutable(Path.of(c))) {
                return Path.of(c);
            }
        }
        return null;
    }

    /** Whether Chromium and its driver are installed. */
    public static boolean installed() {
        return binary() != null && driver() != null;
    }

    /** Skips (or, with PHISCAN_REQUIRE_SERVICES=1, fails) the calling test when Chromium is not installed. */
    public static void assumeInstalled() {
        if (installed()) {
            return;
        }
        String message = "headless Chromium is not installed (Debian: apt-get install chromium chromium-driver; "
                + "or set PHISCAN_CHROMIUM and PHISCAN_CHROMEDRIVER): the report's browser test needs it";
        if ("1".equals(System.getenv("PHISCAN_REQUIRE_SERVICES"))) {
            fail(message);
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.abort(message + "; skipped");
    }

    /** A headless browser with a 1366×900 window that saves downloads into {@code downloads}. */
    public static ChromeDriver start(Path downloads) {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(binary().toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1366,900",
                "--hide-scrollbars", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
                "--disable-domain-reliability", "--disable-client-side-phishing-detection", "--disable-breakpad",
                "--no-pings", "--metrics-recording-only", "--disable-features=Translate,OptimizationHints,MediaRouter,"
                        + "AutofillServerCommunication,CertificateTransparencyComponentUpdater",
                "--force-device-scale-factor=1");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        o.setExperimentalOption("prefs", prefs);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver().toFile())
                .usingAnyFreePort().withSilent(true).build();
        return new ChromeDriver(service, o);
    }

    /** Clicks an element after scrolling it to the middle of the window (clear of the sticky filter bar). */
    public static void click(ChromeDriver driver, org.openqa.selenium.WebElement e) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    /** The browser console's messages so far, as {@code LEVEL message}. */
    public static List<String> console(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }
}
