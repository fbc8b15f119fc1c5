package io.phiscan.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * A point-in-time, read-only view of the message index: counts, exchanges, and search in Lucene
 * query syntax with highlighted snippets. Thread-safe; close it to release the files.
 */
public final class IndexSearch implements Closeable {
    private static final Analyzer TEXT = new MessageAnalyzer();

    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    IndexSearch(DirectoryReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /** Opens the committed index in a folder for reading; an absent index reads as empty. */
    public static IndexSearch open(Path dir) throws IOException {
        if (!Files.isDirectory(dir) || !DirectoryReader.indexExists(FSDirectory.open(dir))) {
            throw new IOException("no index at " + dir + ": run an audit first");
        }
        try {
            return new IndexSearch(DirectoryReader.open(FSDirectory.open(dir)));
        } catch (IOException e) {
            if (DamagedIndexException.isDamage(e)) {
                throw new DamagedIndexException(dir, e);
            }
            throw e;
        }
    }

    /** Whether a folder holds an index. */
    public static boolean exists(Path dir) throws IOException {
        return Files.isDirectory(dir) && DirectoryReader.indexExists(FSDirectory.open(dir));
    }

    /** How many messages the index holds. */
    public int count() {
        return reader.numDocs();
    }

    /** How many messages match a query in Lucene syntax. */
    public int count(String query) throws IOException {
        return searcher.count(LuceneSyntax.parse(query));
    }

    /** The ids of every exchange of the given accounts (all accounts when {@code null}), sorted. */
    public SortedSet<String> exchanges(Collection<String> accounts) throws IOException {
        return exchanges(accounts, null);
    }

    /**
     * The ids of every exchange of these accounts (of every account when {@code null}) that
     * {@code only} lets through (every one when {@code null}), sorted.
     */
    public SortedSet<String> exchanges(Collection<String> accounts, ExchangeCandidates only) throws IOException {
        Query filter = new MatchAllDocsQuery();
        if (accounts != null) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (String a : accounts) {
                b.add(new TermQuery(new Term(IndexFields.ACCOUNT, MessageDocuments.term(a))), BooleanClause.Occur.SHOULD);
            }
            filter = b.build();
        }
        return exchangesMatching(only == null ? filter : only.restrict(filter));
    }

    /** The ids of every exchange with a message that one of these runs wrote (new or changed), sorted. */
    public SortedSet<String> exchangesWrittenBy(Collection<String> runIds) throws IOException {
        return exchangesWrittenBy(runIds, null);
    }

    /**
     * The ids of every exchange with a message that one of these runs wrote (new or changed)
     * that {@code only} lets through (every one when {@code null}), sorted.
     */
    public SortedSet<String> exchangesWrittenBy(Collection<String> runIds, ExchangeCandidates only) throws IOException {
        if (runIds.isEmpty()) {
            return new TreeSet<>();
        }
        return exchangesMatching(only == null ? writtenBy(runIds) : only.restrict(writtenBy(runIds)));
    }

    /** How many messages one of these runs wrote (new, or changed in content or signals). */
    public int countWrittenBy(Collection<String> runIds) throws IOException {
        return runIds.isEmpty() ? 0 : searcher.count(writtenBy(runIds));
    }

    private static Query writtenBy(Collection<String> runIds) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String run : runIds) {
            b.add(new TermQuery(new Term(IndexFields.RUN, run.toLowerCase(Locale.ROOT))), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private SortedSet<String> exchangesMatching(Query filter) throws IOException {
        SortedSet<String> ids = new TreeSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues values = leaf.reader().getSortedDocValues(IndexFields.EXCHANGE);
            if (values == null) {
                continue;
            }
            Scorer scorer = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1).scorer(leaf);
            if (scorer == null) {
                continue;
            }
            DocIdSetIterator it = scorer.iterator();
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if ((live == null || live.get(doc)) && values.advanceExact(doc)) {
                    ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
                }
            }
        }
        return ids;
    }

    /** A reader of whole exchanges, one after another; see {@link ExchangeCursor}. */
    public ExchangeCursor exchanges() throws IOException {
        return new ExchangeCursor(reader, searcher);
    }

    /** A run of documents of one segment: {@code from} inclusive, {@code to} exclusive. */
    public record Slice(int segment, int from, int to) {
        /** How many documents the run spans, deleted ones included. */
        public int size() {
            return to - from;
        }
    }

    /** Every document of the index, segment after segment, cut into runs of at most {@code size}. */
    public List<Slice> slices(int size) {
        List<Slice> out = new ArrayList<>();
        List<LeafReaderContext> leaves = reader.leaves();
        for (int i = 0; i < leaves.size(); i++) {
            int max = leaves.get(i).reader().maxDoc();
            for (int from = 0; from < max; from += size) {
                out.add(new Slice(i, from, Math.min(max, from + size)));
            }
        }
        return out;
    }

    /** What {@link #read(Slice, MessageVisitor)} hands each message to. */
    @FunctionalInterface
    public interface MessageVisitor {
        void visit(IndexedMessage message) throws IOException;
    }

    /**
     * Every live message of a slice, in the order the index stores them: each block of stored
     * messages is decompressed once (reading exchange by exchange decompresses a block for each
     * message). Slices may be read on several threads at once.
     */
    public void read(Slice slice, MessageVisitor visitor) throws IOException {
        LeafReader leaf = reader.leaves().get(slice.segment()).reader();
        StoredFields stored = leaf instanceof CodecReader codec && codec.getFieldsReader() != null
                ? codec.getFieldsReader().getMergeInstance()
                : leaf.storedFields();
        Bits live = leaf.getLiveDocs();
        for (int doc = slice.from(); doc < slice.to(); doc++) {
            if (live == null || live.get(doc)) {
                DocumentStoredFieldVisitor fields = new DocumentStoredFieldVisitor();
                stored.document(doc, fields);
                visitor.visit(MessageDocuments.fromDocument(fields.getDocument()));
            }
        }
    }

    /** Every document matching a query, without scoring or a ranked queue sized to the index. */
    private ScoreDoc[] allDocs(Query query) throws IOException {
        List<ScoreDoc> docs = new ArrayList<>();
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            DocIdSetIterator it = scorer.iterator();
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) {
                    docs.add(new ScoreDoc(leaf.docBase + doc, 0));
                }
            }
        }
        return docs.toArray(ScoreDoc[]::new);
    }

    /** Every message with these ids that the index holds. */
    public List<IndexedMessage> messages(Collection<String> ids) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        ids.forEach(id -> b.add(new TermQuery(new Term(IndexFields.ID, id)), BooleanClause.Occur.SHOULD));
        return load(allDocs(b.build()));
    }

    private List<IndexedMessage> load(ScoreDoc[] docs) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<IndexedMessage> out = new ArrayList<>(docs.length);
        for (ScoreDoc sd : docs) {
            out.add(MessageDocuments.fromDocument(stored.document(sd.doc)));
        }
        return out;
    }

    /**
     * The best matches of a query in Lucene syntax (default field {@code text}), each with a
     * snippet of its text in which matches are marked.
     *
     * @throws InvalidQueryException when the query cannot be parsed
     */
    public List<SearchHit> search(String query, int limit) throws IOException {
        Query q = LuceneSyntax.parse(query);
        TopDocs top = searcher.search(q, Math.max(1, limit));
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, TEXT)
                .withFormatter(new DefaultPassageFormatter(String.valueOf(SearchHit.MARK_START),
                        String.valueOf(SearchHit.MARK_END), " … ", false))
                .withMaxLength(100_000)
                .build();
        Map<String, String[]> snippets = highlighter.highlightFields(new String[] {IndexFields.TEXT}, q, top, new int[] {2});
        String[] text = snippets.get(IndexFields.TEXT);
        List<IndexedMessage> messages = load(top.scoreDocs);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            String snippet = text[i] != null ? text[i] : messages.get(i).message().text();
            hits.add(new SearchHit(messages.get(i).message(), snippet, top.scoreDocs[i].score));
        }
        return hits;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
