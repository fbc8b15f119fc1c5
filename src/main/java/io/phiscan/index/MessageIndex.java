package io.phiscan.index;

import io.phiscan.model.Message;
import io.phiscan.model.Signal;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The workspace's message index, opened for writing. One document per message under its stable
 * id, written with {@code updateDocument}: indexing the same message twice leaves one document.
 *
 * <p>Thread-safe: any number of threads may {@link #upsert} at once. Only one {@code MessageIndex}
 * may be open on a folder at a time, across processes (Lucene's write lock).
 */
public final class MessageIndex implements Closeable {
    private final Directory directory;
    private final IndexWriter writer;

    private MessageIndex(Directory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    /**
     * Opens (or creates) the index in a folder for writing.
     *
     * @param ramBufferMb the indexing buffer; larger is faster for bulk loads
     * @throws IndexLockedException when another writer holds the index
     */
    public static MessageIndex openForWriting(Path dir, double ramBufferMb) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(new MessageAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(ramBufferMb)
                .setCommitOnClose(true);
        try {
            return new MessageIndex(directory, new IndexWriter(directory, config));
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexLockedException(dir, e);
        }
    }

    /** Adds the message, or replaces the document already under its id. */
    public void upsert(Message message, List<Signal> signals) throws IOException {
        writer.updateDocument(new Term(IndexFields.ID, message.id()), MessageDocuments.toDocument(message, signals));
    }

    /** Makes everything written so far durable and visible to new readers. */
    public void commit() throws IOException {
        writer.commit();
    }

    /** A reader over what has been committed, or over the writer's latest state when {@code live}. */
    public IndexSearch search(boolean live) throws IOException {
        DirectoryReader reader = live ? DirectoryReader.open(writer) : DirectoryReader.open(directory);
        return new IndexSearch(reader);
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            directory.close();
        }
    }
}
