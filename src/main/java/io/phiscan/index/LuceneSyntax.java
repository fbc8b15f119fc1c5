package io.phiscan.index;

import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Queries in Lucene syntax as {@code search} and the policy's query rules write them: the
 * default field is the text, terms are ANDed, keyword fields (platform, direction, rule…) match
 * whole and in any case, and a leading wildcard is refused, as are regular expressions that do not
 * parse or are too complex to turn into an automaton. Stateless and thread-safe.
 */
final class LuceneSyntax {
    private static final Analyzer QUERY;

    static {
        Analyzer keyword = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                KeywordTokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
        QUERY = new PerFieldAnalyzerWrapper(new MessageAnalyzer(),
                IndexFields.KEYWORDS.stream().collect(Collectors.toMap(f -> f, f -> keyword)));
    }

    private LuceneSyntax() {
    }

    /**
     * The query the text states.
     *
     * @throws InvalidQueryException when it cannot be parsed
     */
    static Query parse(String query) {
        QueryParser parser = new QueryParser(IndexFields.TEXT, QUERY);
        parser.setAllowLeadingWildcard(false);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(query);
        } catch (ParseException e) {
            throw new InvalidQueryException(query, e);
        } catch (TooComplexToDeterminizeException e) {
            // a /regular expression/ or wildcard whose automaton would take too long to build
            throw new InvalidQueryException(query, new IllegalArgumentException("a regular expression or wildcard too complex "
                    + "to match: " + e.getMessage(), e));
        } catch (IllegalArgumentException e) {
            // a /regular expression/ that does not parse ("expected ']' at position 2")
            throw new InvalidQueryException(query, e);
        }
    }
}
