package io.phiscan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class InstantJsonTest {
    private static final ObjectMapper JACKSON = JsonMapper.builder().build();
    private static final ObjectMapper FAST = JsonMapper.builder().addModule(InstantJson.module()).build();

    record At(Instant at) {
    }

    @Test
    void writesAndReadsWhatJacksonDoesForEveryYearAndFraction() {
        List<Instant> cases = new ArrayList<>(List.of(Instant.EPOCH, Instant.parse("0000-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("2024-02-29T12:00:00.100Z"),
                Instant.parse("1969-12-31T23:59:59.000001Z"), Instant.parse("2023-06-01T08:30:00.000000123Z"),
                Instant.parse("-0001-12-31T23:59:59Z"), Instant.parse("+10000-01-01T00:00:00Z"), Instant.MIN, Instant.MAX));
        Random random = new Random(42);
        long from = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        int[] nanos = {0, 0, 500_000_000, 7_000_000, 123_456_000, 987_654_321, 1};
        for (int i = 0; i < 20_000; i++) {
            long second = from + (long) (random.nextDouble() * (to - from));
            cases.add(Instant.ofEpochSecond(second, nanos[i % nanos.length]));
        }
        for (Instant at : cases) {
            String expected = JACKSON.writeValueAsString(new At(at));
            assertThat(FAST.writeValueAsString(new At(at))).as("%s", at).isEqualTo(expected);
            assertThat(FAST.readValue(expected, At.class).at()).as(expected).isEqualTo(at);
            assertThat(InstantJson.text(at)).isEqualTo(at.toString());
        }
    }

    @Test
    void readsFractionsOfAnyLengthAsJacksonDoes() {
        for (String text : List.of("2024-05-01T13:45:07.1Z", "2024-05-01T13:45:07.12Z", "2024-05-01T13:45:07.1234Z",
                "2024-05-01T13:45:07.12345678Z", "2024-05-01T13:45:07.000000000Z")) {
            String json = "{\"at\":\"" + text + "\"}";
            assertThat(FAST.readValue(json, At.class)).as(text).isEqualTo(JACKSON.readValue(json, At.class));
        }
    }

    @Test
    void leavesOtherShapesToJacksonSoTheyAreAcceptedOrRefusedAsBefore() {
        for (String value : List.of("\"2024-05-01T13:45:07+02:00\"", "\"+10000-01-01T00:00:00Z\"", "1714571107",
                "1714571107.250", "\"2016-12-31T23:59:60Z\"", "\"2024-05-01T13:45:07.Z\"", "\"2024-02-30T00:00:00Z\"",
                "\"2024-13-01T00:00:00Z\"", "\"2024-05-01 13:45:07Z\"", "\"2024-05-01T24:00:00Z\"",
                "\"2024-05-01T13:45:07.1234567890Z\"", "\"yesterday\"", "\"\"", "true")) {
            String json = "{\"at\":" + value + "}";
            assertThat(outcome(FAST, json)).as(value).isEqualTo(outcome(JACKSON, json));
        }
        assertThat(outcome(FAST, "{\"at\":\"2024-13-01T00:00:00Z\"}")).startsWith("refused");
    }

    /** The instant read, or the kind of exception. */
    private static String outcome(ObjectMapper mapper, String json) {
        try {
            return String.valueOf(mapper.readValue(json, At.class).at());
        } catch (RuntimeException e) {
            return "refused: " + e.getClass().getName();
        }
    }
}
