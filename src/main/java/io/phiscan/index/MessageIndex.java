package io.phiscan.index;

import io.phiscan.model.Message;
import io.phiscan.model.Signal;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The workspace's message index, opened for writing. One document per message under its stable
 * id, written with {@code updateDocument}: indexing the same message twice leaves one document.
 * Where the writer knows no document can be under the id yet (the index does not hold it and the
 * writer did not write it: {@link WrittenIds}), the document is added without that delete, which
 * costs Lucene a lookup of every id in every segment when it flushes.
 *
 * <p>Each document records the run that last wrote it and a hash of its content and signals, so
 * that {@link #upsertIfChanged} writes only what is new or changed and a run can find the
 * exchanges it touched ({@link IndexSearch#exchangesWrittenBy}).
 *
 * <p>Thread-safe: any number of threads may {@link #upsert} at once. Only one {@code MessageIndex}
 * may be open on a folder at a time, across processes (Lucene's write lock).
 */
public final class MessageIndex implements Closeable, MessageSink {
    private final Directory directory;
    private final IndexWriter writer;
    private DirectoryReader lookup;
    private boolean lookupStale = true;
    /** Whether the index held no document when opened: then nothing this writer did not write can be found in it. */
    private final boolean emptyAtOpen;
    /** The run of this writer's first conditional write. */
    private volatile String firstRun;
    /** The ids this writer wrote. */
    private final WrittenIds written = new WrittenIds();
    /** Whether documents came into the index by another way than this writer's upserts (merged shards). */
    private volatile boolean merged;
    /**
     * Locks, by a hash of the id, that make "did this writer write the id before" and the write one
     * step: two threads writing one id (the same message in two exports read side by side) would
     * otherwise both add it, or the update would come before the add it should replace.
     */
    private final Object[] idLocks = new Object[64];

    /** The key of the index's identity in its commit data. */
    static final String IDENTITY = "phiscan.index";
    /** The index's identity: given once, when a writer first opens it, and kept in every commit. */
    private final String identity;
    /** Whether the index held documents but no identity when opened (written by an earlier phiscan). */
    private final boolean identifiedNow;
    /** The key, in the commit data, of the last audit whose reading the index holds whole. */
    static final String READ_BY = "phiscan.readBy";
    /** That audit as of the index's opening; empty when none recorded it. */
    private final String readByAtOpen;

    private MessageIndex(Directory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.emptyAtOpen = writer.getDocStats().maxDoc == 0;
        for (int i = 0; i < idLocks.length; i++) {
            idLocks[i] = new Object();
        }
        // every segment opened once: a file missing or cut shows now, not in the middle of a run
        lookup = DirectoryReader.open(writer);
        lookupStale = false;
        String id = commitValue(IDENTITY);
        identifiedNow = id.isEmpty() && !emptyAtOpen;
        if (id.isEmpty()) {
            id = java.util.UUID.randomUUID().toString();
            putCommitValue(IDENTITY, id);
            try {
                writer.commit();
            } catch (IOException | RuntimeException e) {
                lookup.close();
                throw e;
            }
        }
        identity = id;
        readByAtOpen = commitValue(READ_BY);
    }

    private Object lockOf(String id) {
        return idLocks[id.hashCode() & (idLocks.length - 1)];
    }

    /**
     * Opens (or creates) the index in a folder for writing.
     *
     * @param ramBufferMb the indexing buffer; larger is faster for bulk loads
     * @throws IndexLockedException when another writer holds the index
     */
    public static MessageIndex openForWriting(Path dir, double ramBufferMb) throws IOException {
        Files.createDirectories(dir);
        Directory directory = OwnerOnlyDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(new MessageAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(ramBufferMb)
                .setCommitOnClose(true);
        IndexWriter writer = null;
        try {
            writer = new IndexWriter(directory, config);
            return new MessageIndex(directory, writer);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexLockedException(dir, e);
        } catch (IOException e) {
            if (writer != null) {
                writer.rollback();
            }
            directory.close();
            if (DamagedIndexException.isDamage(e)) {
                throw new DamagedIndexException(dir, e);
            }
            throw e;
        }
    }

    /**
     * The index's identity. Each audit records the identity of the index it wrote into, and an
     * export's parts are carried unchanged only from an audit that wrote into this same index: an
     * index removed, replaced by an empty one or by another workspace's has another identity, and
     * the exports are read into it again.
     */
    public String identity() {
        return identity;
    }

    /**
     * The last audit whose reading the index held whole when it was opened (every part that
     * audit read is in it), or empty when no audit recorded it: an index restored from a backup
     * names an earlier audit than the database's last.
     */
    public String readBy() {
        return readByAtOpen;
    }

    /** Records that the index holds whole what an audit read, and commits. */
    public void heldWholeFor(String runId) throws IOException {
        synchronized (this) {
            putCommitValue(READ_BY, runId);
        }
        commit();
    }

    /** Whether the index held no document when this writer opened it. */
    public boolean emptyAtOpen() {
        return emptyAtOpen;
    }

    /**
     * Whether the index held documents but had no identity when this writer opened it: an index
     * of an earlier phiscan, whose audits recorded none. They are this index's.
     */
    public boolean identifiedNow() {
        return identifiedNow;
    }

    /** Adds the message, or replaces the document already under its id. */
    public void upsert(Message message, List<Signal> signals) throws IOException {
        var document = MessageDocuments.toDocument(message, signals);
        synchronized (lockOf(message.id())) {
            written.add(message.id());
            writer.updateDocument(new Term(IndexFields.ID, message.id()), document);
        }
    }

    /** Adds the message as written by a run, or replaces the document already under its id. */
    public void upsert(Message message, List<Signal> signals, String runId) throws IOException {
        var document = MessageDocuments.toDocument(message, signals, runId);
        synchronized (lockOf(message.id())) {
            written.add(message.id());
            writer.updateDocument(new Term(IndexFields.ID, message.id()), document);
        }
    }

    /**
     * Writes the message as written by a run unless the index already holds it with the same
     * content and signals (as of the last commit, or of this writer's earlier changes seen at it).
     *
     * @return whether the message was written: it was new, or its content or signals changed
     */
    public boolean upsertIfChanged(Message message, List<Signal> signals, String runId) throws IOException {
        if (firstRun == null) {
            synchronized (this) {
                if (firstRun == null) {
                    firstRun = runId;
                }
            }
        }
        byte[] signalJson = MessageDocuments.signalJson(signals);
        byte[] core = MessageDocuments.core(message);
        byte[] hash = MessageDocuments.contentHash(core, message.text(), signalJson);
        // an index that was empty when this writer opened it holds only what this writer wrote,
        // all under this run: writing a message again changes nothing, so there is nothing to look up
        boolean onlyOurs = emptyAtOpen && runId.equals(firstRun) && !merged;
        byte[] stored = onlyOurs ? null : storedHash(message.id());
        if (stored != null && Arrays.equals(hash, stored)) {
            return false;
        }
        var document = MessageDocuments.toDocument(message, signals, signalJson, core, hash, runId);
        // the lookup sees the last commit; since then only this writer can have written the id
        synchronized (lockOf(message.id())) {
            boolean writtenBefore = written.add(message.id());
            if (stored == null && !merged && !writtenBefore) {
                writer.addDocument(document);
            } else {
                writer.updateDocument(new Term(IndexFields.ID, message.id()), document);
            }
        }
        return true;
    }

    /** The content hash of the document under an id, or {@code null} when there is none. */
    private synchronized byte[] storedHash(String id) throws IOException {
        if (lookupStale) {
            DirectoryReader fresh = lookup == null ? DirectoryReader.open(writer) : DirectoryReader.openIfChanged(lookup, writer);
            if (fresh != null) {
                if (lookup != null) {
                    lookup.close();
                }
                lookup = fresh;
            }
            lookupStale = false;
        }
        return storedHash(lookup, id);
    }

    /** The content hash of the live document under an id in a reader, or {@code null} when there is none. */
    static byte[] storedHash(DirectoryReader reader, String id) throws IOException {
        Term term = new Term(IndexFields.ID, id);
        for (LeafReaderContext leaf : reader.leaves()) {
            PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
            if (postings == null) {
                continue;
            }
            var live = leaf.reader().getLiveDocs();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                BinaryDocValues hashes = leaf.reader().getBinaryDocValues(IndexFields.HASH);
                if (hashes != null && hashes.advanceExact(doc)) {
                    var ref = hashes.binaryValue();
                    return Arrays.copyOfRange(ref.bytes, ref.offset, ref.offset + ref.length);
                }
                return new byte[0];
            }
        }
        return null;
    }

    /**
     * The writer, for merging shards into this index ({@link IndexShards}): documents then come
     * in that this writer's upserts did not write, so from then on every write replaces by id.
     */
    IndexWriter mergingWriter() {
        merged = true;
        return writer;
    }

    static final String ANNOTATED_WITH = "phiscan.annotatedWith";
    /** What {@link #annotatedWith()} says when messages were annotated under different fingerprints. */
    public static final String MIXED = "mixed";

    /**
     * The fingerprint of what the index's messages were annotated under, as of the writer's
     * latest state: empty for an index without one, {@link #MIXED} when messages were annotated
     * under different ones.
     */
    public synchronized String annotatedWith() {
        return commitValue(ANNOTATED_WITH);
    }

    /** A value of the writer's commit data, or empty. */
    private synchronized String commitValue(String key) {
        Iterable<java.util.Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (java.util.Map.Entry<String, String> e : data) {
                if (e.getKey().equals(key)) {
                    return e.getValue();
                }
            }
        }
        return "";
    }

    /** Sets a value of the commit data, keeping the others (kept at the next commit). */
    private synchronized void putCommitValue(String key, String value) {
        java.util.Map<String, String> data = new java.util.TreeMap<>();
        Iterable<java.util.Map.Entry<String, String>> now = writer.getLiveCommitData();
        if (now != null) {
            now.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        data.put(key, value);
        writer.setLiveCommitData(data.entrySet());
    }

    /**
     * Records that messages annotated under a fingerprint were written (kept at the next commit):
     * the index's fingerprint becomes this one if it had none or the same, {@link #MIXED} otherwise.
     */
    public synchronized void wroteAnnotatedWith(String fingerprint) {
        String now = annotatedWith();
        if (!now.equals(fingerprint)) {
            // an index of messages annotated before fingerprints were kept is of unknown annotation
            annotatedWithOnly(now.isEmpty() && emptyAtOpen ? fingerprint : MIXED);
        }
    }

    /** Records that every message in the index is now annotated under a fingerprint (kept at the next commit). */
    public synchronized void annotatedWithOnly(String fingerprint) {
        putCommitValue(ANNOTATED_WITH, fingerprint);
    }

    /** Makes everything written so far durable and visible to new readers. */
    public void commit() throws IOException {
        writer.commit();
        synchronized (this) {
            lookupStale = true;
        }
    }

    /** A reader over what has been committed, or over the writer's latest state when {@code live}. */
    public IndexSearch search(boolean live) throws IOException {
        DirectoryReader reader = live ? DirectoryReader.open(writer) : DirectoryReader.open(directory);
        return new IndexSearch(reader);
    }

    @Override
    public void close() throws IOException {
        try {
            synchronized (this) {
                if (lookup != null) {
                    lookup.close();
                    lookup = null;
                }
            }
            writer.close();
        } finally {
            directory.close();
        }
    }
}
