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
    /** The threads the ingest step's units run on (default: the processors). */
    static final String INGEST_THREADS = "phiscan.ingest.threads";
    /** The threads a rescan annotates on (default: the processors). */
    static final String ANNOTATE_THREADS = "phiscan.annotate.threads";
    /** The records of an ingest chunk, between two commits. */
    static final String INGEST_CHUNK = "phiscan.ingest.chunk";
    /** The minutes a zip waits at most for room to be listed (read by the ingest package itself). */
    static final String ZIPS_WAIT_MINUTES = "phiscan.zips.wait-minutes";
    /** How often the manager of an audit with workers reads the job repository. */
    static final String WORKERS_POLL_INTERVAL = "phiscan.workers.poll-interval";
    /** How long a started partition may go without an update before the manager fails it. */
    static final String WORKERS_STALE_AFTER = "phiscan.workers.stale-after";

    private static final String WHOLE = "a whole number of 1 or more";
    private static final String DURATION = "a duration of more than zero, such as 90s, 10m, 2h or PT2H";

    /** Each setting, with what it takes, in words and as a check. */
    private static final Map<String, Map.Entry<String, Predicate<String>>> SETTINGS = Map.of(
            INGEST_THREADS, Map.entry(WHOLE, SystemSettings::whole),
            ANNOTATE_THREADS, Map.entry(WHOLE, SystemSettings::whole),
            INGEST_CHUNK, Map.entry(WHOLE, SystemSettings::whole),
            ZIPS_WAIT_MINUTES, Map.entry(WHOLE, SystemSettings::whole),
            WORKERS_POLL_INTERVAL, Map.entry(DURATION, SystemSettings::duration),
            WORKERS_STALE_AFTER, Map.entry(DURATION, SystemSettings::duration));

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
