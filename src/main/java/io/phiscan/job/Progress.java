package io.phiscan.job;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the running job has done so far: files, messages, bytes and exchanges, and the phase it
 * is in. The readers advance it; {@link ProgressPrinter} shows it. Counts only, never content.
 * Thread-safe.
 */
final class Progress {

    /** Where the job is. */
    enum Phase { STARTING, CHECKING, INGEST, ANNOTATE, DETECT, REPORT }

    private volatile Phase phase = Phase.STARTING;
    private volatile long phaseStart = System.nanoTime();
    private final AtomicLong filesDone = new AtomicLong();
    private final AtomicLong filesTotal = new AtomicLong();
    private final AtomicLong records = new AtomicLong();
    /** Records through the ingest step: indexed (their chunk committed), and skipped. */
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    /** Whether the ingest step runs on workers, whose records are counted as their chunks commit. */
    private volatile boolean onWorkers;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong bytesTotal = new AtomicLong();
    private final AtomicLong itemsDone = new AtomicLong();
    private final AtomicLong itemsTotal = new AtomicLong();
    private final AtomicLong exportsListed = new AtomicLong();
    private volatile long exportsTotal;

    /** Enters a phase with this many files (messages, exchanges, or outputs of a report) and bytes to go through. */
    void enter(Phase next, long total, long totalBytes) {
        filesDone.set(0);
        itemsDone.set(0);
        records.set(0);
        indexed.set(0);
        skipped.set(0);
        onWorkers = false;
        bytes.set(0);
        boolean items = next == Phase.DETECT || next == Phase.ANNOTATE || next == Phase.REPORT;
        filesTotal.set(items ? 0 : total);
        itemsTotal.set(items ? total : 0);
        bytesTotal.set(totalBytes);
        phaseStart = System.nanoTime();
        phase = next;
    }

    /**
     * Enters {@link Phase#CHECKING} over this many exports, which finds its files as it lists the
     * exports ({@link #add}, {@link #exportListed}): the time left is told once every export is listed.
     */
    void enterChecking(int exports) {
        enter(Phase.CHECKING, 0, 0);
        exportsListed.set(0);
        exportsTotal = exports;
    }

    /** One more export of {@link Phase#CHECKING} listed, its files to hash added. */
    void exportListed() {
        exportsListed.incrementAndGet();
    }

    /** Adds files and bytes to the phase's totals: a phase that finds its work as it goes ({@link Phase#CHECKING}). */
    void add(long files, long totalBytes) {
        filesTotal.addAndGet(files);
        bytesTotal.addAndGet(totalBytes);
    }

    Phase phase() {
        return phase;
    }

    void bytesRead(long n) {
        bytes.addAndGet(n);
    }

    void fileDone() {
        filesDone.incrementAndGet();
    }

    void record() {
        records.incrementAndGet();
    }

    /** Records of a chunk indexed and committed. */
    void indexed(long n) {
        indexed.addAndGet(n);
    }

    /** A record read and skipped (listed in skipped.csv): through the step too. */
    void skipped() {
        skipped.incrementAndGet();
    }

    /**
     * The records read so far by the workers of a remote-partitioned ingest step, as the job
     * repository says: those of chunks committed.
     */
    void recordsOnWorkers(long n) {
        onWorkers = true;
        records.set(n);
    }

    void itemDone() {
        itemsDone.incrementAndGet();
    }

    void itemsDone(long n) {
        itemsDone.addAndGet(n);
    }

    /**
     * The progress line, e.g. {@code ingest: files 3/12, 45,200 messages read, 40,000 indexed, 3,100 msg/s, ETA 0:42}:
     * the messages indexed lag those read by up to a chunk per unit, and the rate and the time
     * left are those of the messages through (indexed or skipped), so that the line does not say
     * {@code ETA 0:00} while the last chunks are annotated and indexed.
     */
    String line() {
        double seconds = Math.max(1e-3, (System.nanoTime() - phaseStart) / 1e9);
        return switch (phase) {
            case STARTING -> "starting";
            // before every export is listed, the files to hash are not all known: a time left would be too short
            case CHECKING -> exportsListed.get() < exportsTotal
                    ? String.format("checking exports: %,d/%,d listed, files %,d/%,d, ETA -", exportsListed.get(),
                            exportsTotal, filesDone.get(), filesTotal.get())
                    : String.format("checking exports: files %,d/%,d, %s", filesDone.get(), filesTotal.get(),
                            eta(bytes.get(), bytesTotal.get(), seconds));
            case INGEST -> onWorkers
                    ? String.format("ingest: files %,d/%,d, %,d messages, %,.0f msg/s, %s", filesDone.get(),
                            filesTotal.get(), records.get(), records.get() / seconds, eta(bytes.get(), bytesTotal.get(), seconds))
                    : ingestLine(seconds);
            case ANNOTATE -> String.format("annotate: messages %,d/%,d, %,.0f msg/s, %s", itemsDone.get(), itemsTotal.get(),
                    itemsDone.get() / seconds, eta(itemsDone.get(), itemsTotal.get(), seconds));
            case DETECT -> String.format("detect: exchanges %,d/%,d, %,.0f/s, %s", itemsDone.get(), itemsTotal.get(),
                    itemsDone.get() / seconds, eta(itemsDone.get(), itemsTotal.get(), seconds));
            case REPORT -> itemsTotal.get() == 0 ? "report: writing the run's reports"
                    : String.format("report: writing the run's reports, %d of %d outputs written", itemsDone.get(), itemsTotal.get());
        };
    }

    private String ingestLine(double seconds) {
        long read = records.get();
        long through = Math.min(read, indexed.get() + skipped.get());
        // until the first chunk is through (annotated and indexed after it is read whole) there is no rate
        String rate = through == 0 ? "-" : String.format("%,.0f", through / seconds);
        return String.format("ingest: files %,d/%,d, %,d messages read, %,d indexed, %s msg/s, %s", filesDone.get(),
                filesTotal.get(), read, indexed.get(), rate, ingestEta(read, through, bytes.get(), bytesTotal.get(), seconds));
    }

    /**
     * The time left of an ingest step: the records it will read, from those read so far and the
     * share of the bytes they came from, less those through, at the rate of those through so far.
     */
    static String ingestEta(long read, long through, long bytes, long bytesTotal, double seconds) {
        if (read <= 0 || bytes <= 0 || bytesTotal <= 0) {
            return "ETA -";
        }
        double share = Math.min(1.0, (double) bytes / bytesTotal);
        long expected = Math.max(read, Math.round(read / share));
        return eta(through, expected, seconds);
    }

    /** The time left at the rate so far, as {@code ETA m:ss}, or {@code ETA -} when it cannot be told yet. */
    static String eta(long done, long total, double seconds) {
        if (done <= 0 || total <= 0 || seconds < 1) {
            return "ETA -";
        }
        long left = Math.round(Math.max(0, total - done) / (done / seconds));
        Duration d = Duration.ofSeconds(left);
        return d.toHours() > 0 ? String.format("ETA %d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format("ETA %d:%02d", d.toMinutes(), d.toSecondsPart());
    }
}
