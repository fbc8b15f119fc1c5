package io.phiscan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The token reader of stored findings gives exactly what the stores' mapper gives, or leaves the text to it. */
class StoredJsonTest {
    private static final ObjectMapper STORE = JsonMapper.builder().addModule(InstantJson.module()).build();

    private static Finding read(String json) {
        try (JsonParser p = STORE.createParser(json)) {
            return StoredJson.finding(p);
        }
    }

    @Test
    void readsWhatTheMapperReadsForRandomFindings() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            Finding f = RandomFindings.finding(random);
            String json = STORE.writeValueAsString(f);
            assertThat(read(json)).as(json).isEqualTo(STORE.readValue(json, Finding.class)).isEqualTo(f);
        }
    }

    @Test
    void leavesEveryOtherShapeToTheMapper() {
        String json = STORE.writeValueAsString(RandomFindings.finding(new Random(1)));
        String offset = json.replaceFirst("\"at\":\"(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)[^\"]*\"", "\"at\":\"$1+02:00\"");
        assertThat(offset).isNotEqualTo(json);
        assertThat(STORE.readValue(offset, Finding.class).messages().get(0).at()).isNotNull();
        for (String other : List.of(offset,
                json.replace("\"policyVersion\":", "\"policy\":"),
                json.replace(",\"reasons\":", ",\"id\":\"F-again\",\"reasons\":"),
                json.replaceFirst(",\"policyVersion\":\"[^\"]*\"", ""),
                json.replace("\"attachments\":[", "\"attachments\":null,\"x\":["),
                json.replaceFirst("\"score\":([0-9.]+)", "\"score\":\"$1\""),
                json.replace("\"counterparts\":[", "\"counterparts\":{\"a\":["))) {
            assertThat(other).isNotEqualTo(json);
            assertThatThrownBy(() -> read(other)).as(other).isInstanceOf(RuntimeException.class);
        }
    }
}
