package io.phiscan.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Two pieces of output work done side by side, for machines with more than one processor. */
final class Parallel {
    private Parallel() {
    }

    /** A piece of output work. */
    interface Work<T> {
        T run() throws IOException;
    }

    /** What both pieces gave. */
    record Both<A, B>(A first, B second) {
    }

    /**
     * Runs {@code first} on another thread and {@code second} on this one, and waits for both.
     *
     * @throws IOException the first failure of either
     */
    static <A, B> Both<A, B> both(Work<A> first, Work<B> second) throws IOException {
        CompletableFuture<A> other = CompletableFuture.supplyAsync(() -> {
            try {
                return first.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        B b;
        try {
            b = second.run();
        } catch (IOException | RuntimeException e) {
            other.exceptionally(t -> null).join();
            throw e;
        }
        try {
            return new Both<>(other.join(), b);
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }
}
