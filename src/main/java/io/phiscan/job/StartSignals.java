package io.phiscan.job;

import java.util.function.Consumer;

/**
 * SIGTERM and SIGINT while a command waits for its workspace or starts its context: the process
 * ends as it would by default (exit status 128 + the signal's number: 143 for SIGTERM, 130 for
 * SIGINT), saying first why, and that nothing is left to resume. Without it, a command that a
 * scheduler stopped while it waited for another run's workspace ended with no word. Installed for
 * the duration of one start; a job's own run has {@link GracefulStop}.
 */
final class StartSignals {
    private StartSignals() {
    }

    /** Installs the handlers until closed; {@code say} tells the user (standard error). */
    static TerminationSignals install(Consumer<String> say) {
        return TerminationSignals.handle(s -> {
            say.accept("SIG" + s.getName() + " received while waiting for the workspace or starting: stopped before any work"
                    + " began; nothing is left to resume");
            Runtime.getRuntime().exit(128 + s.getNumber());
        });
    }
}
