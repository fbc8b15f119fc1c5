package io.phiscan.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Custom rules in Lucene syntax, matched on one message at a time, with the spans that matched. */
class QueryMatcherTest {
    private static final String TEXT = "Mi hijo tiene fiebre. My portal password is hunter2, can you log in?";

    private static QueryMatcher.Fields fields(String direction, List<String> signals) {
        return new QueryMatcher.Fields(TEXT, "facebook", direction, "direct", "ana_l", "1001", "Ana López", signals, List.of());
    }

    @Test
    void textMatchesReportTheirSpansWithAccentsFolded() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("r.credentials", "portal AND password");
        rules.put("r.fever", "fiébre");
        List<QueryMatcher.Match> m = QueryMatcher.compile(rules).match(fields("inbound", List.of()));
        assertThat(m).extracting(x -> x.rule() + ":" + TEXT.substring(x.start(), x.end()))
                .containsExactly("r.credentials:portal", "r.credentials:password", "r.fever:fiebre");
    }

    @Test
    void otherFieldsFilterAndAMatchOnThemAloneCoversTheText() {
        Map<String, String> rules = Map.of("r.inbound", "direction:inbound AND platform:facebook AND signal:clinical\\:symptom");
        QueryMatcher matcher = QueryMatcher.compile(rules);
        assertThat(matcher.match(fields("outbound", List.of("clinical:symptom")))).isEmpty();
        assertThat(matcher.match(fields("inbound", List.of("clinical:symptom"))))
                .containsExactly(new QueryMatcher.Match("r.inbound", 0, TEXT.length()));
        assertThat(matcher.match(fields("inbound", List.of()))).isEmpty();
    }

    @Test
    void theGateDerivedFromAQueryNeverTurnsAwayAMessageItMatches() {
        assertThat(QueryGate.of(LuceneSyntax.parse("portal AND (password OR \"log in\" OR login)")))
                .containsExactly(java.util.Set.of("portal"), java.util.Set.of("password", "log", "login"));
        assertThat(QueryGate.of(LuceneSyntax.parse("platform:reddit AND direction:inbound"))).isEmpty();
        assertThat(QueryGate.of(LuceneSyntax.parse("fever OR fiebr*"))).as("a wildcard requires nothing").isEmpty();
        QueryMatcher m = QueryMatcher.compile(Map.of("r", "portal AND (password OR \"log in\")"));
        assertThat(m.match(new QueryMatcher.Fields("I can't LOG IN to the Portál", null, null, null, null, null, null,
                List.of(), List.of()))).extracting(QueryMatcher.Match::rule).contains("r");
        assertThat(m.match(new QueryMatcher.Fields("my password is old", null, null, null, null, null, null,
                List.of(), List.of()))).isEmpty();
    }

    @Test
    void aQueryAskingAboutAFieldOneMessageDoesNotCarryIsAnError() {
        // account, conversation and run are fields of search, not of the one message a rule sees
        assertThatThrownBy(() -> QueryMatcher.compile(Map.of("r", "account:drlenaokafor AND refill")))
                .isInstanceOf(InvalidQueryException.class).hasMessageStartingWith("the field account cannot be asked about here")
                .hasMessageEndingWith("fields are text, platform, direction, visibility, author, author_id, author_name, signal, rule");
        assertThatThrownBy(() -> QueryMatcher.compile(Map.of("r", "refill -(conversation:c1 OR plattform:reddit*)")))
                .hasMessageStartingWith("the fields conversation, plattform cannot");
        assertThat(QueryMatcher.compile(Map.of("r", "refill AND platform:reddit AND author_name:\"ana lopez\" AND "
                + "signal:clinical AND -rule:clin.medication AND text:rash* AND *:*")).isEmpty()).isFalse();
    }

    @Test
    void aBadQueryIsAnError() {
        assertThatThrownBy(() -> QueryMatcher.compile(Map.of("r", "fever AND ("))).isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void aRegularExpressionThatDoesNotParseOrIsTooComplexIsABadQuery() {
        assertThatThrownBy(() -> QueryMatcher.compile(Map.of("r", "/[a/"))).isInstanceOf(InvalidQueryException.class)
                .hasMessage("not a valid query: expected ']' at position 2");
        assertThatThrownBy(() -> QueryMatcher.compile(Map.of("r", "/(.*a.*b.*c.*d.*e.*f.*g.*h.*i.*j.*k.*l.*m){20}/")))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageStartingWith("not a valid query: a regular expression or wildcard too complex to match");
    }
}
