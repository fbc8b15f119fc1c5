package io.phiscan.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Named queries in Lucene query syntax, run against one message at a time — the same fields,
 * analyzer and syntax as {@code phiscan search} — so that a policy's custom rules fire on a
 * message as it is annotated, before it is indexed. Each match reports the spans of the text
 * that matched, or the whole text when only other fields did ({@code platform:reddit}).
 *
 * <p>A message that lacks a word every match needs ({@code portal} in {@code portal AND password})
 * is passed over without building anything, so rules cost little on the messages they cannot
 * match. Immutable and thread-safe: each call builds its own one-document in-memory index.
 */
public final class QueryMatcher {
    private static final MessageAnalyzer ANALYZER = new MessageAnalyzer();
    private final Map<String, Query> queries;
    /** Per rule, words the text must contain for the rule to match at all (all of each set's alternatives); see {@link QueryGate}. */
    private final Map<String, List<java.util.Set<String>>> gates = new LinkedHashMap<>();

    /** One message's fields, as the index has them; absent fields are null or empty. */
    public record Fields(String text, String platform, String direction, String visibility, String author, String authorId,
            String authorName, Collection<String> signals, Collection<String> rules) {
    }

    /** A rule whose query matched, and where in the text. */
    public record Match(String rule, int start, int end) {
    }

    private QueryMatcher(Map<String, Query> queries) {
        this.queries = queries;
        queries.forEach((id, q) -> gates.put(id, QueryGate.of(q)));
    }

    /** The fields of one message a query can ask about, in the order {@link #match} gives them. */
    private static final List<String> FIELDS = List.of(IndexFields.TEXT, IndexFields.PLATFORM, IndexFields.DIRECTION,
            IndexFields.VISIBILITY, IndexFields.AUTHOR, IndexFields.AUTHOR_ID, IndexFields.AUTHOR_NAME, IndexFields.SIGNAL,
            IndexFields.RULE);

    /**
     * Parses named queries.
     *
     * @param queries query text by rule id, in the order matches are reported
     * @throws InvalidQueryException naming the first query that is not valid syntax, or that asks
     *     about a field one message does not carry ({@code account:}, {@code conversation:}, a
     *     misspelt field): such a query would never match
     */
    public static QueryMatcher compile(Map<String, String> queries) {
        Map<String, Query> parsed = new LinkedHashMap<>();
        queries.forEach((id, q) -> {
            Query query = LuceneSyntax.parse(q);
            Set<String> unknown = new TreeSet<>();
            query.visit(new QueryVisitor() {
                @Override
                public boolean acceptField(String field) {
                    if (!FIELDS.contains(field)) {
                        unknown.add(field);
                    }
                    return true;
                }

                @Override
                public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                    return this; // the clauses that must not match too (the default passes them over)
                }
            });
            if (!unknown.isEmpty()) {
                throw new InvalidQueryException("the field" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                        + " cannot be asked about here, so the query would never match: a rule sees one message, whose"
                        + " fields are " + String.join(", ", FIELDS));
            }
            parsed.put(id, query);
        });
        return new QueryMatcher(parsed);
    }

    /** Whether there is nothing to match. */
    public boolean isEmpty() {
        return queries.isEmpty();
    }

    /** Every match of every query on one message, spans in UTF-16 chars of {@code fields.text()}. */
    public List<Match> match(Fields fields) {
        if (queries.isEmpty()) {
            return List.of();
        }
        String text = fields.text() == null ? "" : fields.text();
        String normalized = ANALYZER.normalize(IndexFields.TEXT, text).utf8ToString();
        List<String> open = new ArrayList<>();
        gates.forEach((id, gate) -> {
            if (QueryGate.passes(gate, normalized)) {
                open.add(id);
            }
        });
        if (open.isEmpty()) {
            return List.of();
        }
        MemoryIndex doc = new MemoryIndex(true, false);
        doc.addField(IndexFields.TEXT, text, new MessageAnalyzer());
        keyword(doc, IndexFields.PLATFORM, fields.platform());
        keyword(doc, IndexFields.DIRECTION, fields.direction());
        keyword(doc, IndexFields.VISIBILITY, fields.visibility());
        keyword(doc, IndexFields.AUTHOR, fields.author());
        keyword(doc, IndexFields.AUTHOR_ID, fields.authorId());
        if (fields.authorName() != null) {
            doc.addField(IndexFields.AUTHOR_NAME, fields.authorName(), new MessageAnalyzer());
        }
        if (fields.signals() != null) {
            fields.signals().forEach(s -> keyword(doc, IndexFields.SIGNAL, s));
        }
        if (fields.rules() != null) {
            fields.rules().forEach(r -> keyword(doc, IndexFields.RULE, r));
        }
        IndexSearcher searcher = doc.createSearcher();
        LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
        List<Match> out = new ArrayList<>();
        try {
            for (Map.Entry<String, Query> e : queries.entrySet()) {
                if (!open.contains(e.getKey())) {
                    continue;
                }
                Weight w = searcher.createWeight(searcher.rewrite(e.getValue()), ScoreMode.COMPLETE_NO_SCORES, 1);
                Matches matches = w.matches(leaf, 0);
                if (matches == null) {
                    continue;
                }
                int before = out.size();
                MatchesIterator it = matches.getMatches(IndexFields.TEXT);
                while (it != null && it.next()) {
                    if (it.startOffset() >= 0) {
                        out.add(new Match(e.getKey(), it.startOffset(), it.endOffset()));
                    }
                }
                if (out.size() == before) {
                    out.add(new Match(e.getKey(), 0, text.length()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("matching in memory failed", e);
        }
        return out;
    }

    private static void keyword(MemoryIndex doc, String field, String value) {
        if (value != null && !value.isEmpty()) {
            doc.addField(field, MessageDocuments.term(value), new org.apache.lucene.analysis.core.KeywordAnalyzer());
        }
    }
}
