package io.phiscan.job;

import java.io.PrintStream;

/**
 * Shows the progress line when standard error is a terminal, rewritten in place there twice a
 * second. Off a terminal (cron, systemd, a pipe, a file) it prints nothing. One per run; thread-safe.
 */
final class ProgressPrinter implements AutoCloseable {
    private static final long PERIOD_MS = 500;
    private final Progress progress;
    private final PrintStream err;
    private final Thread thread;
    private volatile boolean running = true;

    private ProgressPrinter(Progress progress, PrintStream err) {
        this.progress = progress;
        this.err = err;
        this.thread = new Thread(this::loop, "phiscan-progress");
        this.thread.setDaemon(true);
    }

    /** Starts showing progress when standard error is a terminal; otherwise a printer that shows nothing. */
    static ProgressPrinter start(Progress progress) {
        ProgressPrinter printer = new ProgressPrinter(progress, System.err);
        if (Terminal.progress()) {
            printer.thread.start();
        }
        return printer;
    }

    private void loop() {
        while (running) {
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
            if (running) {
                synchronized (err) {
                    err.print("\r" + progress.line() + "\u001b[K");
                    err.flush();
                }
            }
        }
    }

    /** Stops and clears the line. */
    @Override
    public void close() {
        running = false;
        if (thread.isAlive()) {
            thread.interrupt();
            try {
                thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (err) {
                err.print("\r\u001b[K");
                err.flush();
            }
        }
    }
}
