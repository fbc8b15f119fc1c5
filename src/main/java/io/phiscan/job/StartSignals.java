package io.phiscan.job;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGTERM and SIGINT while a command waits for its workspace or starts its context: the process
 * ends as it would by default (exit status 128 + the signal's number: 143 for SIGTERM, 130 for
 * SIGINT), saying first why, and that nothing is left to resume. Without it, a command that a
 * scheduler stopped while it waited for another run's workspace ended with no word. Installed for
 * the duration of one start; a job's own run has {@link GracefulStop}.
 */
final class StartSignals implements AutoCloseable {
    private static final List<String> SIGNALS = List.of("TERM", "INT");
    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();

    private StartSignals() {
    }

    /** Installs the handlers; {@code say} tells the user (standard error). */
    static StartSignals install(Consumer<String> say) {
        StartSignals start = new StartSignals();
        for (String name : SIGNALS) {
            try {
                Signal signal = new Signal(name);
                start.previous.add(Signal.handle(signal, s -> {
                    say.accept("SIG" + s.getName() + " received while waiting for the workspace or starting: stopped before"
                            + " any work began; nothing is left to resume");
                    Runtime.getRuntime().exit(128 + s.getNumber());
                }));
                start.signals.add(signal);
            } catch (IllegalArgumentException e) {
                // the signal is not available here (or the JVM reserves it): keep its default
            }
        }
        return start;
    }

    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), previous.get(i));
        }
    }
}
