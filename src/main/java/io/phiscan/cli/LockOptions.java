package io.phiscan.cli;

import io.phiscan.job.JobSpec;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How long a command waits for a workspace that another phiscan process is using. */
final class LockOptions {
    @Option(names = "--wait", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "0",
            description = "Wait up to this long (e.g. 90s, 30m, 2h; at most 36500d) when another phiscan process is using the "
                    + "workspace; default: do not wait, exit 2 naming the process.")
    Duration wait;

    /** Parses {@code 90s}, {@code 30m}, {@code 2h}, {@code 1h30m} or {@code 0}, up to {@code 36500d}. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return JobSpec.duration(null, value);
            } catch (RuntimeException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
