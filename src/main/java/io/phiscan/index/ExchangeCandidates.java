package io.phiscan.index;

import java.util.Collection;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Which exchanges to let through: those with a message that carries a signal of one of these
 * kinds or one of these rules, and these exchanges whatever their signals.
 */
public record ExchangeCandidates(Collection<String> kinds, Collection<String> rules, Collection<String> exchanges) {

    /** The messages of {@code scope} that these candidates let through. */
    Query restrict(Query scope) {
        return new BooleanQuery.Builder().add(scope, BooleanClause.Occur.FILTER).add(query(), BooleanClause.Occur.FILTER)
                .build();
    }

    private Query query() {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        kinds.forEach(k -> b.add(new TermQuery(new Term(IndexFields.SIGNAL, k.toLowerCase(Locale.ROOT))),
                BooleanClause.Occur.SHOULD));
        rules.forEach(r -> b.add(new TermQuery(new Term(IndexFields.RULE, r.toLowerCase(Locale.ROOT))),
                BooleanClause.Occur.SHOULD));
        if (!exchanges.isEmpty()) {
            b.add(new TermInSetQuery(IndexFields.EXCHANGE, exchanges.stream().map(BytesRef::new).toList()),
                    BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }
}
