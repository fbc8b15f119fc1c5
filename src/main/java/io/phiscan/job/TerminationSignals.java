package io.phiscan.job;

import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * One handler of SIGTERM (what systemd and {@code kill} send) and SIGINT (Ctrl-C) for a while:
 * closed, the handlers from before are back. A signal the JVM does not offer here keeps its
 * default.
 */
final class TerminationSignals implements AutoCloseable {
    private static final List<String> NAMES = List.of("TERM", "INT");
    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();

    private TerminationSignals() {
    }

    static TerminationSignals handle(SignalHandler handler) {
        TerminationSignals handled = new TerminationSignals();
        for (String name : NAMES) {
            try {
                Signal signal = new Signal(name);
                handled.previous.add(Signal.handle(signal, handler));
                handled.signals.add(signal);
            } catch (IllegalArgumentException e) {
                // the signal is not available here (or the JVM reserves it): keep its default
            }
        }
        return handled;
    }

    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), previous.get(i));
        }
    }
}
