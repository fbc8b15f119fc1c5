package io.phiscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import org.junit.jupiter.api.Test;

/**
 * A file this user may not open (a job spec or policy of mode 0600 owned by another user, a
 * workspace of another user) is input that cannot be read: exit 2 naming it, not exit 1 and the
 * bare path. (The tests run as any user, root included, so the exceptions are made here.)
 */
class ExitCodesTest {
    private final ExitCodes codes = new ExitCodes();

    @Test
    void aFileThisUserMayNotOpenIsExitTwoNamingItAndWhy() {
        AccessDeniedException spec = new AccessDeniedException("/etc/phiscan/nightly.yaml");
        assertThat(codes.getExitCode(spec)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(ExitCodes.message(spec)).isEqualTo("/etc/phiscan/nightly.yaml: permission denied");

        UncheckedIOException lock = new UncheckedIOException("cannot lock the workspace /var/lib/phiscan",
                new AccessDeniedException("/var/lib/phiscan/phiscan.lock"));
        assertThat(codes.getExitCode(lock)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(ExitCodes.message(lock))
                .isEqualTo("cannot lock the workspace /var/lib/phiscan: permission denied (/var/lib/phiscan/phiscan.lock)");
    }

    @Test
    void otherInputOutputFailuresAreStillTheJobFailing() {
        IOException full = new IOException("No space left on device");
        assertThat(codes.getExitCode(full)).isEqualTo(ExitCodes.JOB_FAILED);
        assertThat(ExitCodes.message(full)).isEqualTo("No space left on device");
    }
}
