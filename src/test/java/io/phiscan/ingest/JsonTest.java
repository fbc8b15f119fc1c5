package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a JSON value is, in the words of every skipped record's reason: X's direct messages,
 * Instagram's comments and Mastodon's outbox said it each in their own (a boolean was "true" in
 * one, "a true/false value" in the others).
 */
class JsonTest {

    @Test
    void everyKindOfValueIsNamedInWordsThatNeverQuoteIt() {
        JsonNode values = JsonMapper.builder().build().readTree(
                "[{\"text\": \"my son's fever\"}, [1], \"my son's fever\", 103, 1.5e3, true, false, null]");
        assertThat(values.valueStream().map(Json::kind)).containsExactly("an object", "an array", "a string", "a number",
                "a number", "a true/false value", "a true/false value", "null");
        assertThat(Json.kind(values.get(0).get("none"))).as("a missing value").isEqualTo("null");
    }

    @Test
    void aBracketThatClosesTheWrongValueIsDescribedWithoutTheParsersSourceNotes() {
        JsonMapper json = JsonMapper.builder().build();
        String described = null;
        try {
            json.readTree("{\"account\": {\n  \"accountId\": \"123\"\n]}");
        } catch (tools.jackson.core.JacksonException e) {
            described = YtdFileCursor.describe(e, 1);
        }
        assertThat(described).isEqualTo("invalid JSON at line 3, column 1: Unexpected close marker '…': expected '…'");
    }
}
