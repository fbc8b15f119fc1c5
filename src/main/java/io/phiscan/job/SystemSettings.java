package io.phiscan.job;

import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.boot.convert.DurationStyle;

/**
 * The settings an operator gives as Java system properties ({@code -Dphiscan.ingest.threads=4}),
 * checked before a command starts its work, so that a value that cannot be used is bad
 * configuration (exit 2, naming the setting and what it takes) rather than a job that failed
 * inside the framework that reads it. Stateless.
 */
public final class SystemSettings {
    private static final String WHOLE = "a whole number of 1 or more";
    private static final String DURATION = "a duration of more than zero, such as 90s, 10m, 2h or PT2H";

    /** Each setting, with what it takes, in words and as a check. */
    private static final Map<String, Map.Entry<String, Predicate<String>>> SETTINGS = Map.of(
            "phiscan.ingest.threads", Map.entry(WHOLE, SystemSettings::whole),
            "phiscan.annotate.threads", Map.entry(WHOLE, SystemSettings::whole),
            "phiscan.ingest.chunk", Map.entry(WHOLE, SystemSettings::whole),
            "phiscan.zips.wait-minutes", Map.entry(WHOLE, SystemSettings::whole),
            "phiscan.workers.poll-interval", Map.entry(DURATION, SystemSettings::duration),
            "phiscan.workers.stale-after", Map.entry(DURATION, SystemSettings::duration));

    private SystemSettings() {
    }

    /**
     * Checks the settings given as system properties.
     *
     * @throws InvalidSettingException naming the first setting whose value cannot be used
     */
    public static void check() {
        SETTINGS.keySet().stream().sorted().forEach(name -> {
            String value = System.getProperty(name);
            Map.Entry<String, Predicate<String>> takes = SETTINGS.get(name);
            if (value != null && !takes.getValue().test(value.strip())) {
                throw new InvalidSettingException("-D" + name + "=" + value + ": not " + takes.getKey());
            }
        });
    }

    private static boolean whole(String value) {
        try {
            return Integer.parseInt(value) >= 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean duration(String value) {
        try {
            Duration d = DurationStyle.detectAndParse(value);
            return !d.isNegative() && !d.isZero();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A setting given a value it cannot take. */
    public static final class InvalidSettingException extends RuntimeException {
        InvalidSettingException(String message) {
            super(message);
        }
    }
}
