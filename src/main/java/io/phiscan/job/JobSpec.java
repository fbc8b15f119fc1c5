package io.phiscan.job;

import io.phiscan.ingest.FileNames;
import io.phiscan.model.Severity;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A job spec: what a scheduled run does, in a YAML file ({@code jobs/nightly.yaml}) run with
 * {@code phiscan run FILE}. Relative paths are relative to the file's folder. Unknown keys are
 * errors, never ignored.
 *
 * @param job {@code audit} (the default) or {@code rescan}
 * @param inputs export zips or folders (an audit needs at least one)
 * @param workspace the workspace folder
 * @param out the folder of the runs' reports: each run writes {@code out/<run-id>/}; {@code null}: the workspace's
 * @param policy the policy file, or {@code null} for the built-in policy
 * @param failOn exit 3 when a new finding at or above it exists, or {@code null}
 * @param full read and score everything, changed or not
 * @param lockWait how long to wait when the workspace is in use
 * @param dbUrl a JDBC URL for the database, or {@code null} for the workspace's H2 file
 * @param dbUser the database user, or {@code null} (the password comes from {@code PHISCAN_DB_PASSWORD})
 * @param workers run an audit's ingest step on workers, through the broker of {@code PHISCAN_BROKER}
 * @param keepReports after a run that finished, remove the reports of runs older than this
 *     ({@code phiscan prune}), or {@code null}
 */
public record JobSpec(String job, List<Path> inputs, Path workspace, Path out, Path policy, Severity failOn, boolean full,
        Duration lockWait, String dbUrl, String dbUser, boolean workers, Duration keepReports) {

    private static final Set<String> KEYS = Set.of("job", "inputs", "workspace", "out", "policy", "fail-on", "full", "wait",
            "db-url", "db-user", "workers", "keep-reports");
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(s|m|h|d)");
    /** The longest duration: a hundred years. */
    private static final Duration LONGEST = Duration.ofDays(36_500);

    public JobSpec {
        inputs = List.copyOf(inputs);
    }

    /**
     * Reads a job spec.
     *
     * @throws InvalidJobSpecException when the file is not a valid spec, naming what is wrong
     */
    public static JobSpec load(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new InvalidJobSpecException(file, "is a folder, not a job spec");
        }
        Object doc;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            doc = new Yaml(new SafeConstructor(yamlOptions())).load(r);
        } catch (YAMLException e) {
            throw new InvalidJobSpecException(file, e.getCause() instanceof java.nio.charset.CharacterCodingException
                    ? "the file is not UTF-8 text" : "not valid YAML: " + yamlProblem(e));
        }
        if (!(doc instanceof Map<?, ?> map)) {
            throw new InvalidJobSpecException(file, "expected keys such as inputs, workspace, out, policy, fail-on");
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new InvalidJobSpecException(file, "unknown key '" + key + "' (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
        }
        Path base = file.toAbsolutePath().getParent();
        String job = text(file, map, "job", "audit");
        if (!job.equals("audit") && !job.equals("rescan")) {
            throw new InvalidJobSpecException(file, "job must be audit or rescan, not '" + job + "'");
        }
        List<Path> inputs = new ArrayList<>();
        Object in = map.get("inputs");
        for (Object i : in instanceof List<?> list ? list : in == null ? List.of() : List.of(in)) {
            if (i == null || String.valueOf(i).isBlank()) {
                // "inputs: [ , x]" or "- " is no path: resolved, it would name the spec's own folder
                throw new InvalidJobSpecException(file, "inputs has an empty entry");
            }
            inputs.add(path(file, base, "inputs", String.valueOf(i)));
        }
        if (job.equals("audit") && inputs.isEmpty()) {
            throw new InvalidJobSpecException(file, "an audit needs inputs: a list of export zips or folders");
        }
        String workspace = text(file, map, "workspace", null);
        if (workspace == null || workspace.isEmpty()) {
            throw new InvalidJobSpecException(file, "workspace is missing: the folder for the index and the database");
        }
        String failOn = text(file, map, "fail-on", null);
        Severity severity;
        try {
            severity = failOn == null ? null : Severity.fromId(failOn.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidJobSpecException(file, "fail-on must be high, medium or low, not '" + failOn + "'");
        }
        Object full = map.get("full");
        if (full != null && !(full instanceof Boolean)) {
            throw new InvalidJobSpecException(file, "full must be true or false");
        }
        String keep = text(file, map, "keep-reports", null);
        Object workers = map.get("workers");
        if (workers != null && !(workers instanceof Boolean)) {
            throw new InvalidJobSpecException(file, "workers must be true or false");
        }
        return new JobSpec(job, inputs, path(file, base, "workspace", workspace), path(file, base, "out", text(file, map, "out", null)),
                path(file, base, "policy", text(file, map, "policy", null)), severity, Boolean.TRUE.equals(full),
                duration(file, text(file, map, "wait", "0s")), text(file, map, "db-url", null), text(file, map, "db-user", null),
                Boolean.TRUE.equals(workers), keep == null ? null : duration(file, keep));
    }

    /** A key given twice is an error: SnakeYAML would keep the last value and warn on standard error. */
    private static LoaderOptions yamlOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return options;
    }

    /** What is wrong and where, on one line ("found duplicate key inputs (line 3, column 1)"). */
    private static String yamlProblem(YAMLException e) {
        if (e instanceof MarkedYAMLException m && m.getProblem() != null) {
            return m.getProblem() + (m.getProblemMark() == null ? ""
                    : " (line " + (m.getProblemMark().getLine() + 1) + ", column " + (m.getProblemMark().getColumn() + 1) + ")");
        }
        return e.getMessage().lines().findFirst().orElse("");
    }

    private static String text(Path file, Map<?, ?> map, String key, String fallback) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Map || v instanceof List) {
            throw new InvalidJobSpecException(file, key + " must be a single value");
        }
        return String.valueOf(v).strip();
    }

    /**
     * A path of the spec, resolved against its folder. A name the locale's file-name encoding
     * cannot hold (an accented name where systemd or cron run Java in the C locale, whose file
     * names are ASCII) is an error of the spec, which says what helps.
     */
    private static Path path(Path file, Path base, String key, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return base.resolve(value);
        } catch (java.nio.file.InvalidPathException e) {
            throw new InvalidJobSpecException(file, key + " " + FileNames.notNameable(value));
        }
    }

    /** Parses {@code 90s}, {@code 30m}, {@code 2h}, {@code 1h30m}, {@code 90d} or {@code 0}, up to {@code 36500d}. */
    public static Duration duration(Path file, String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("0")) {
            return Duration.ZERO;
        }
        Matcher m = DURATION.matcher(t);
        Duration d = Duration.ZERO;
        int end = 0;
        try {
            while (m.find() && m.start() == end) {
                long n = Long.parseLong(m.group(1));
                d = d.plus(switch (m.group(2)) {
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                });
                end = m.end();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            d = null; // more digits than a long holds, or more seconds than a duration does
        }
        if (d != null && (end == 0 || end != t.length())) {
            throw new InvalidJobSpecException(file, "'" + text + "' is not a duration: write e.g. 90s, 30m, 2h, 1h30m or 90d");
        }
        if (d == null || d.compareTo(LONGEST) > 0) {
            // a time that far off is past what the clock can count to (now + wait, now - keep)
            throw new InvalidJobSpecException(file, "'" + text + "' is too long: at most " + LONGEST.toDays() + "d");
        }
        return d;
    }
}
