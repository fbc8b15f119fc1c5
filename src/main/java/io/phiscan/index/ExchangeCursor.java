package io.phiscan.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Reads exchange after exchange of an {@link IndexSearch} with one cursor over each segment's
 * exchange ids, moved from one id to the next: cheapest when the ids come in increasing order,
 * as a sorted list gives them. (A query per exchange looked each id up afresh in every
 * segment.) Used by one thread at a time, while its {@code IndexSearch} is open.
 */
public final class ExchangeCursor {
    private final List<LeafReaderContext> leaves;
    private final TermsEnum[] cursors;
    private final PostingsEnum[] postings;
    private final StoredFields stored;

    ExchangeCursor(DirectoryReader reader, IndexSearcher searcher) throws IOException {
        this.leaves = reader.leaves();
        this.cursors = new TermsEnum[leaves.size()];
        this.postings = new PostingsEnum[leaves.size()];
        this.stored = searcher.storedFields();
        for (int i = 0; i < cursors.length; i++) {
            Terms terms = leaves.get(i).reader().terms(IndexFields.EXCHANGE);
            cursors[i] = terms == null ? null : terms.iterator();
        }
    }

    /** Every message of an exchange, in no particular order. */
    public List<IndexedMessage> read(String exchangeId) throws IOException {
        BytesRef id = new BytesRef(exchangeId);
        List<IndexedMessage> out = new ArrayList<>();
        for (int i = 0; i < cursors.length; i++) {
            if (cursors[i] == null || !cursors[i].seekExact(id)) {
                continue;
            }
            postings[i] = cursors[i].postings(postings[i], PostingsEnum.NONE);
            LeafReaderContext leaf = leaves.get(i);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = postings[i].nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings[i].nextDoc()) {
                if (live == null || live.get(doc)) {
                    out.add(MessageDocuments.fromDocument(stored.document(leaf.docBase + doc)));
                }
            }
        }
        return out;
    }
}
