package io.phiscan.index;

import io.phiscan.model.Message;
import io.phiscan.model.Signal;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One shard of the index, written by a worker of a remote-partitioned audit: the messages of one
 * partition, each written as {@link MessageIndex#upsertIfChanged} would write it to the main index.
 * A message is left out when the main index (as last committed, before the run's shards are merged)
 * or this shard already holds it with the same content and signals, so that a merged run touches the
 * same exchanges as a run in one process. The manager merges the shards ({@link IndexShards#merge}).
 *
 * <p>Thread-safe like {@link MessageIndex}. One writer per shard folder, across processes (Lucene's
 * write lock): a partition run again elsewhere waits for nothing, it fails while the first holds it.
 */
public final class ShardIndex implements Closeable, MessageSink {
    private final MessageIndex shard;
    private final Directory mainDirectory;
    private final DirectoryReader main;

    private ShardIndex(MessageIndex shard, Directory mainDirectory, DirectoryReader main) {
        this.shard = shard;
        this.mainDirectory = mainDirectory;
        this.main = main;
    }

    /**
     * Opens (or creates) a shard for writing, with the main index read as last committed.
     *
     * @throws IndexLockedException when another writer holds the shard
     */
    public static ShardIndex open(Path shardDir, Path mainDir, double ramBufferMb) throws IOException {
        Directory mainDirectory = null;
        DirectoryReader main = null;
        try {
            if (Files.isDirectory(mainDir)) {
                mainDirectory = FSDirectory.open(mainDir);
                if (DirectoryReader.indexExists(mainDirectory)) {
                    main = DirectoryReader.open(mainDirectory);
                }
            }
            return new ShardIndex(MessageIndex.openForWriting(shardDir, ramBufferMb), mainDirectory, main);
        } catch (IOException | RuntimeException e) {
            if (main != null) {
                main.close();
            }
            if (mainDirectory != null) {
                mainDirectory.close();
            }
            throw e;
        }
    }

    /** Adds the message as written by a run, or replaces the shard's document under its id. */
    public void upsert(Message message, List<Signal> signals, String runId) throws IOException {
        shard.upsert(message, signals, runId);
    }

    /**
     * Writes the message unless the main index or this shard holds it with the same content and signals.
     *
     * @return whether the message was written
     */
    public boolean upsertIfChanged(Message message, List<Signal> signals, String runId) throws IOException {
        if (main != null && Arrays.equals(MessageDocuments.contentHash(message, signals),
                MessageIndex.storedHash(main, message.id()))) {
            return false;
        }
        return shard.upsertIfChanged(message, signals, runId);
    }

    /**
     * Records that messages annotated under a fingerprint were written to the shard; the merge
     * hands it to the main index ({@link MessageIndex#wroteAnnotatedWith}).
     */
    public void wroteAnnotatedWith(String fingerprint) {
        shard.wroteAnnotatedWith(fingerprint);
    }

    /** Makes everything written to the shard so far durable. */
    public void commit() throws IOException {
        shard.commit();
    }

    @Override
    public void close() throws IOException {
        try {
            shard.close();
        } finally {
            if (main != null) {
                main.close();
            }
            if (mainDirectory != null) {
                mainDirectory.close();
            }
        }
    }
}
