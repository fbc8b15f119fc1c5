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
     * Waits for a piece of work on another thread.
     *
     * @throws IOException the failure of that work, as it was thrown
     */
    static void await(CompletableFuture<?> work) throws IOException {
        try {
            work.join();
        } catch (CompletionException e) {
            throw rethrown(e.getCause());
        }
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
            throw rethrown(e.getCause());
        }
    }

    /** The failure of work done on another thread, to throw on this one: unchecked as it was, else as an IOException. */
    private static IOException rethrown(Throwable cause) {
        if (cause instanceof UncheckedIOException u) {
            return u.getCause();
        }
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IOException(cause);
    }
}
