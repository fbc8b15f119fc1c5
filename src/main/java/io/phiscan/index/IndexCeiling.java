package io.phiscan.index;

import io.phiscan.model.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The index ceiling: messages, already in memory, through a bare Lucene {@link IndexWriter}
 * (the documents an audit writes, without signals, added rather than updated, one commit at
 * the end), on several threads. What indexing alone allows on this machine, for benchmarks.
 */
public final class IndexCeiling {
    private IndexCeiling() {
    }

    /**
     * Indexes the messages into a new index in {@code dir} and returns the nanoseconds it took,
     * the final commit included.
     */
    public static long index(List<Message> messages, Path dir, int threads, double ramBufferMb) throws IOException {
        Files.createDirectories(dir);
        IndexWriterConfig config = new IndexWriterConfig(new MessageAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(ramBufferMb);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Directory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
            long t0 = System.nanoTime();
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> tasks = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                tasks.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < messages.size(); i = next.getAndIncrement()) {
                        try {
                            writer.addDocument(MessageDocuments.toDocument(messages.get(i), List.of(), "ceiling"));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : tasks) {
                f.get();
            }
            writer.commit();
            return System.nanoTime() - t0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("indexing failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
