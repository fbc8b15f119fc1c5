package io.phiscan.generate;

import io.phiscan.model.Platform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * Writes synthetic exports of every platform phiscan reads, in the platforms' own layouts, of any
 * size: one export folder per account and platform under the output folder, and
 * {@code generated.json}, which says what each holds (messages as phiscan counts them, planted
 * clinical exchanges). The messages are spread evenly over the platforms, then the accounts.
 * Each export draws from its own seeded stream of chance, so exports are written on several
 * threads and the same request always gives the same bytes. Memory stays flat whatever the size:
 * every file is streamed. A generator may be reused; {@link #generate} is thread-safe.
 */
public final class Generator {
    private final int threads;

    /** @param threads exports written at once (at least 1) */
    public Generator(int threads) {
        this.threads = Math.max(1, threads);
    }

    /**
     * Writes the exports of {@code request} under {@code out}.
     *
     * @param force write into {@code out} even when it is not empty (files of the same names are replaced)
     * @throws IllegalArgumentException when {@code out} is a file, or a folder that is not empty and {@code force} is false
     */
    public Summary generate(Path out, GenerateRequest request, boolean force) throws IOException {
        long started = System.nanoTime();
        prepare(out, force);
        List<ExportPlan> plans = plan(request);
        List<ExportResult> results = new ArrayList<>(plans.size());
        LongAdder cpu = new LongAdder();
        ThreadMXBean threadTimes = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, plans.size())));
        try {
            List<Future<ExportResult>> running = new ArrayList<>();
            for (ExportPlan p : plans) {
                running.add(pool.submit(() -> {
                    long before = threadTimes.getCurrentThreadCpuTime();
                    try {
                        return writer(p.platform()).write(out, p);
                    } finally {
                        cpu.add(threadTimes.getCurrentThreadCpuTime() - before);
                    }
                }));
            }
            for (Future<ExportResult> f : running) {
                results.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the exports", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException("an export could not be written", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long bytes = GeneratedManifest.write(out.resolve(GeneratedManifest.FILE), request, results);
        return new Summary(request, results, bytes + results.stream().mapToLong(ExportResult::bytes).sum(),
                (System.nanoTime() - started) / 1e9, cpu.sum() / 1e9);
    }

    /** The exports of a request, in order: every platform of the first account, then of the next. */
    static List<ExportPlan> plan(GenerateRequest request) {
        List<Platform> platforms = request.platforms();
        List<Physician> owners = Physician.cast(request.accounts(), request.seed());
        List<ExportPlan> plans = new ArrayList<>();
        int index = 0;
        for (int a = 0; a < owners.size(); a++) {
            for (int p = 0; p < platforms.size(); p++) {
                long perPlatform = share(request.messages(), platforms.size(), p);
                int messages = (int) share(perPlatform, owners.size(), a);
                if (messages > 0) {
                    plans.add(new ExportPlan(index, platforms.get(p), owners.get(a), messages,
                            Dice.derive(request.seed(), index), request.clinicalShare(), request.part()));
                }
                index++;
            }
        }
        return plans;
    }

    /** The {@code i}-th of {@code n} near-equal shares of {@code total} (the first ones take the remainder). */
    private static long share(long total, int n, int i) {
        return total / n + (i < total % n ? 1 : 0);
    }

    private static ExportWriter writer(Platform platform) {
        return switch (platform) {
            case TWITTER -> new TwitterExportWriter();
            case FACEBOOK -> new FacebookExportWriter();
            case INSTAGRAM -> new InstagramExportWriter();
            case LINKEDIN -> new LinkedInExportWriter();
            case MASTODON -> new MastodonExportWriter();
            case REDDIT -> new RedditExportWriter();
        };
    }

    private static void prepare(Path out, boolean force) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException(out + " is a file, not a folder");
        }
        if (Files.isDirectory(out) && !force) {
            try (Stream<Path> children = Files.list(out)) {
                if (children.findAny().isPresent()) {
                    throw new IllegalArgumentException(out + " is not empty: name a new or empty folder, or add --force to write"
                            + " into it");
                }
            }
        }
        Files.createDirectories(out);
    }

    /**
     * What a run wrote.
     *
     * @param exports each export, in plan order
     * @param bytes every file written, {@code generated.json} included
     * @param seconds how long it took
     * @param cpuSeconds the CPU time of the threads that wrote the exports (on a busy machine, less than
     *     {@code seconds} times the threads)
     */
    public record Summary(GenerateRequest request, List<ExportResult> exports, long bytes, double seconds, double cpuSeconds) {

        public Summary {
            exports = List.copyOf(exports);
        }

        public long messages() {
            return exports.stream().mapToLong(ExportResult::messages).sum();
        }

        public long clinical() {
            return exports.stream().mapToLong(ExportResult::clinical).sum();
        }

        public long files() {
            return exports.stream().mapToLong(ExportResult::files).sum() + 1;
        }
    }
}
