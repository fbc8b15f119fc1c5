package io.phiscan.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a message's text must contain for a query to match it: a list of word sets, each of which
 * must have a word in the text ("portal AND (password OR login)" gives [{portal}, {password,
 * login}]). Derived from required terms, phrases and groups of alternatives on the text field; any
 * other part of a query adds no condition, so the gate never turns away a message the query would
 * match. Stateless.
 */
final class QueryGate {
    private QueryGate() {
    }

    /** The conditions of a query; empty when nothing can be required. */
    static List<Set<String>> of(Query q) {
        List<Set<String>> out = new ArrayList<>();
        collect(q, out);
        return List.copyOf(out);
    }

    private static void collect(Query q, List<Set<String>> out) {
        if (q instanceof BoostQuery b) {
            collect(b.getQuery(), out);
        } else if (q instanceof BooleanQuery b) {
            boolean required = false;
            for (BooleanClause c : b.clauses()) {
                if (c.getOccur() == BooleanClause.Occur.MUST || c.getOccur() == BooleanClause.Occur.FILTER) {
                    collect(c.getQuery(), out);
                    required = true;
                }
            }
            if (!required && b.getMinimumNumberShouldMatch() <= 1) {
                Set<String> any = new LinkedHashSet<>();
                for (BooleanClause c : b.clauses()) {
                    if (c.getOccur() == BooleanClause.Occur.SHOULD) {
                        String w = oneWord(c.getQuery());
                        if (w == null) {
                            return;
                        }
                        any.add(w);
                    }
                }
                if (!any.isEmpty()) {
                    out.add(Set.copyOf(any));
                }
            }
        } else {
            String w = oneWord(q);
            if (w != null) {
                out.add(Set.of(w));
            }
        }
    }

    /** A word of the text field that every match of {@code q} contains, or null. */
    private static String oneWord(Query q) {
        if (q instanceof BoostQuery b) {
            return oneWord(b.getQuery());
        }
        if (q instanceof TermQuery t && t.getTerm().field().equals(IndexFields.TEXT)) {
            return t.getTerm().text();
        }
        if (q instanceof PhraseQuery p && p.getTerms().length > 0 && p.getField().equals(IndexFields.TEXT)) {
            Term first = p.getTerms()[0];
            return first.text();
        }
        if (q instanceof BooleanQuery b) {
            for (BooleanClause c : b.clauses()) {
                if (c.getOccur() == BooleanClause.Occur.MUST || c.getOccur() == BooleanClause.Occur.FILTER) {
                    String w = oneWord(c.getQuery());
                    if (w != null) {
                        return w;
                    }
                }
            }
        }
        return null;
    }

    /** Whether the normalized text (lower case, accents folded) has a word of every set. */
    static boolean passes(List<Set<String>> gate, String normalized) {
        for (Set<String> any : gate) {
            if (any.stream().noneMatch(normalized::contains)) {
                return false;
            }
        }
        return true;
    }
}
