package io.phiscan.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;

/**
 * Merges the shards that the workers of a remote-partitioned audit wrote ({@link ShardIndex}) into
 * the main index, so that every message ends as exactly one document, as in a run in one process:
 * a message in several shards (a message in two exports, or in two parts of one) is kept from the
 * first shard that holds it; a message the main index held from an earlier run is replaced by the
 * shard's document. The shards are copied whole ({@link IndexWriter#addIndexes(Directory...)}),
 * after the messages they hold are deleted from the main index and their duplicates from the later
 * shards. The fingerprint of what the shards' messages were annotated under goes to the main
 * index as if they had been written there ({@link MessageIndex#wroteAnnotatedWith}). Nobody may
 * write to the shards while they are merged. Stateless.
 */
public final class IndexShards {
    private IndexShards() {
    }

    /**
     * What a merge did.
     *
     * @param shards the shards merged (empty or missing ones left out)
     * @param documents the documents the shards added to the main index
     * @param duplicates messages found in more than one shard, kept once
     */
    public record Merged(int shards, long documents, long duplicates) {
    }

    /**
     * Merges the shards, in the order given, into the index and commits it: a message in several
     * shards is kept from the last of them (the latest writing: a run's shards come after those
     * of the runs it takes over), as a later write wins in one process. Running it again on the
     * same shards gives the same index.
     */
    public static Merged merge(MessageIndex index, List<Path> shards) throws IOException {
        BytesRefHash seen = new BytesRefHash();
        java.util.Set<String> fingerprints = new java.util.LinkedHashSet<>();
        List<Directory> merged = new ArrayList<>();
        long documents = 0;
        long duplicates = 0;
        List<Path> latestFirst = new ArrayList<>(shards);
        java.util.Collections.reverse(latestFirst);
        try {
            for (Path shard : latestFirst) {
                if (!Files.isDirectory(shard)) {
                    continue;
                }
                Directory dir = OwnerOnlyDirectory.open(shard);
                merged.add(dir);
                if (!DirectoryReader.indexExists(dir)) {
                    continue;
                }
                List<Term> repeated = new ArrayList<>();
                try (DirectoryReader reader = DirectoryReader.open(dir)) {
                    for (LeafReaderContext leaf : reader.leaves()) {
                        collect(leaf, seen, repeated);
                    }
                    documents += reader.numDocs();
                    String annotatedWith = reader.getIndexCommit().getUserData().get(MessageIndex.ANNOTATED_WITH);
                    if (annotatedWith != null && !annotatedWith.isEmpty() && reader.numDocs() > 0) {
                        fingerprints.add(annotatedWith);
                    }
                }
                if (!repeated.isEmpty()) {
                    duplicates += repeated.size();
                    documents -= repeated.size();
                    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new MessageAnalyzer())
                            .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
                        writer.deleteDocuments(repeated.toArray(Term[]::new));
                        writer.commit();
                    }
                }
            }
            IndexWriter main = index.mergingWriter();
            List<Directory> nonEmpty = new ArrayList<>();
            try {
                List<Term> batch = new ArrayList<>();
                for (int i = 0; i < seen.size(); i++) {
                    batch.add(new Term(IndexFields.ID, BytesRef.deepCopyOf(seen.get(i, new BytesRef()))));
                    if (batch.size() == 10_000) {
                        main.deleteDocuments(batch.toArray(Term[]::new));
                        batch.clear();
                    }
                }
                if (!batch.isEmpty()) {
                    main.deleteDocuments(batch.toArray(Term[]::new));
                }
                for (Directory dir : merged) {
                    if (DirectoryReader.indexExists(dir)) {
                        nonEmpty.add(dir);
                    }
                }
                main.addIndexes(nonEmpty.toArray(Directory[]::new));
                // the shards' messages were annotated as the workers annotated them: the index says so
                fingerprints.forEach(index::wroteAnnotatedWith);
                index.commit();
            } catch (IOException | RuntimeException e) {
                // the deletions must not reach the index without the shards' documents: the writer
                // (closed by this) would otherwise commit them when it is closed
                main.rollback();
                throw e;
            }
            return new Merged(nonEmpty.size(), documents, duplicates);
        } finally {
            for (Directory dir : merged) {
                dir.close();
            }
        }
    }

    /** Adds the leaf's live ids to {@code seen}; those seen before go to {@code repeated}. */
    private static void collect(LeafReaderContext leaf, BytesRefHash seen, List<Term> repeated) throws IOException {
        Terms terms = leaf.reader().terms(IndexFields.ID);
        if (terms == null) {
            return;
        }
        Bits live = leaf.reader().getLiveDocs();
        TermsEnum te = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef id = te.next(); id != null; id = te.next()) {
            postings = te.postings(postings, PostingsEnum.NONE);
            boolean alive = false;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    alive = true;
                    break;
                }
            }
            if (alive && seen.add(id) < 0) {
                repeated.add(new Term(IndexFields.ID, BytesRef.deepCopyOf(id)));
            }
        }
    }
}
