package io.phiscan.job;

import io.phiscan.detect.Detector;
import io.phiscan.index.IndexSearch;
import io.phiscan.index.MessageIndex;
import io.phiscan.model.Signal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The annotate step of {@code rescanJob}. When the run must find the signals of every message
 * again ({@code --annotate-again}, or messages annotated under another policy or build:
 * {@link DetectStepConfiguration#annotateAgain}), every message of the index is read in the order
 * the index stores it, a slice per thread at once, annotated under the run's policy, and written
 * back when its signals changed. The detect step that follows then scores, as in any run, the
 * exchanges that can be findings by their messages' signals, now all current.
 *
 * <p>Each call of {@link #execute} annotates one slice per thread and commits the index, so that
 * a stop request is honoured between calls. A run stopped or killed here annotates from the first
 * message again when resumed: the messages already written back are then found unchanged. While
 * the step runs the index says its messages are of mixed annotation, so that a later run annotates
 * them again too if this one never completes. One per step execution (step-scoped).
 */
class AnnotateTasklet implements Tasklet, StepExecutionListener {
    private static final Logger LOG = LoggerFactory.getLogger(AnnotateTasklet.class);
    /** Messages per slice: the unit of work of a thread, and, times the threads, between commits. */
    static final int SLICE = 20_000;

    private final MessageIndex index;
    private final Detector detector;
    private final String runId;
    private final String fingerprint;
    private final boolean again;
    private final int threads;
    private final Progress progress;
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong changed = new AtomicLong();
    private IndexSearch search;
    private List<IndexSearch.Slice> slices;
    private int next;
    private ExecutorService pool;
    private long started;
    /** The messages read, and written back, as already counted in the step's contributions. */
    private long countedRead;
    private long countedWritten;

    /**
     * @param again whether the run annotates the messages again; when not, the step does nothing
     * @param fingerprint what the index's messages are annotated under once the step completes
     */
    AnnotateTasklet(MessageIndex index, Detector detector, String runId, String fingerprint, boolean again, int threads,
            Progress progress) {
        this.index = index;
        this.detector = detector;
        this.runId = runId;
        this.fingerprint = fingerprint;
        this.again = again;
        this.threads = Math.max(1, threads);
        this.progress = progress;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (!again) {
            return;
        }
        try {
            // until every message is annotated again, the index is of mixed annotation
            index.annotatedWithOnly(MessageIndex.MIXED);
            index.commit();
            search = index.search(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        slices = search.slices(SLICE);
        progress.enter(Progress.Phase.ANNOTATE, search.count(), 0);
        LOG.info("annotate: {} message(s) in the index to annotate again under the run's policy", search.count());
        started = System.nanoTime();
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        if (!again || next >= slices.size()) {
            return RepeatStatus.FINISHED;
        }
        int end = Math.min(slices.size(), next + threads);
        if (end - next > 1 && pool == null) {
            // the step's own thread annotates the last slice of each call
            AtomicLong named = new AtomicLong();
            pool = Executors.newFixedThreadPool(threads - 1, r -> {
                Thread t = new Thread(r, "annotate-" + named.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        List<Future<?>> running = new ArrayList<>();
        for (int i = next; i < end; i++) {
            IndexSearch.Slice slice = slices.get(i);
            if (i == end - 1) {
                annotate(slice);
            } else {
                running.add(pool.submit(() -> {
                    annotate(slice);
                    return null;
                }));
            }
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
        next = end;
        index.commit();
        // the step's counts: messages annotated again (read), and those written back (written)
        for (long n = read.get(); countedRead < n; countedRead++) {
            contribution.incrementReadCount();
        }
        long written = changed.get();
        contribution.incrementWriteCount(written - countedWritten);
        countedWritten = written;
        return next >= slices.size() ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
    }

    /** Annotates the messages of a slice, writing back those whose signals changed. */
    private void annotate(IndexSearch.Slice slice) throws IOException {
        // counted here, and told the step and the progress line once a slice is done: not per message
        long[] counts = new long[2];
        search.read(slice, m -> {
            List<Signal> now = detector.annotate(m.message());
            if (!now.equals(m.signals()) && index.upsertIfChanged(m.message(), now, runId)) {
                counts[1]++;
            }
            counts[0]++;
        });
        read.addAndGet(counts[0]);
        changed.addAndGet(counts[1]);
        progress.itemsDone(counts[0]);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        try {
            if (pool != null) {
                pool.shutdownNow();
            }
            if (search != null) {
                search.close();
            }
            if (again && stepExecution.getStatus() == BatchStatus.COMPLETED) {
                index.annotatedWithOnly(fingerprint);
                index.commit();
                LOG.info("annotate: {} message(s) annotated again in {} ms, {} with other signals than before", read.get(),
                        (System.nanoTime() - started) / 1_000_000, changed.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }
}
