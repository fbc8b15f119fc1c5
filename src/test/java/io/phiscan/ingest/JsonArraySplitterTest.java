package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonArraySplitterTest {

    private static List<JsonArraySplitter.Element> split(String js) throws IOException {
        List<JsonArraySplitter.Element> out = new ArrayList<>();
        try (JsonArraySplitter s = new JsonArraySplitter(new ByteArrayInputStream(js.getBytes(StandardCharsets.UTF_8)), 1 << 20)) {
            JsonArraySplitter.Element e;
            while ((e = s.next()) != null) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(JsonArraySplitter.Element e) {
        return new String(e.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void splitsTheArrayBehindAJavaScriptAssignment() throws IOException {
        List<JsonArraySplitter.Element> e = split("window.YTD.tweets.part0 = [\n  {\n    \"a\" : \"[}\\\"\"\n  },\n  {\n    \"b\" : [ 1, 2 ]\n  }\n]");
        assertThat(e).hasSize(2);
        assertThat(text(e.get(0))).isEqualTo("{\n    \"a\" : \"[}\\\"\"\n  }");
        assertThat(e.get(0).line()).isEqualTo(2);
        assertThat(e.get(1).index()).isEqualTo(1);
        assertThat(e.get(1).line()).isEqualTo(5);
    }

    @Test
    void findsAnArrayThatStartsOnTheNextLine() throws IOException {
        List<JsonArraySplitter.Element> e = split("Grailbird.data.tweets_2013_01 =\n [ {\n  \"id\" : 1\n}, {\n  \"id\" : 2\n} ]");
        assertThat(e).extracting(JsonArraySplitter.Element::line).containsExactly(2L, 4L);
        assertThat(e).allSatisfy(x -> assertThat(x.ok()).isTrue());
    }

    @Test
    void aLineBreakInsideAStringBreaksOnlyThatElement() throws IOException {
        String js = "window.YTD.tweets.part0 = [\n  {\n    \"a\" : \"one\"\n  },\n  {\n    \"a\" : \"broken\n    \"b\" : \"x\"\n  },\n"
                + "  {\n    \"a\" : \"three\"\n  }\n]";
        List<JsonArraySplitter.Element> e = split(js);
        assertThat(e).hasSize(3);
        assertThat(e.get(0).ok()).isTrue();
        assertThat(e.get(1).ok()).isFalse();
        assertThat(e.get(1).line()).isEqualTo(5);
        assertThat(e.get(1).error()).contains("line break inside a string at line 6");
        assertThat(e.get(2).ok()).isTrue();
        assertThat(text(e.get(2))).contains("three");
        assertThat(e.get(2).index()).isEqualTo(2);
    }

    @Test
    void aFileCutInsideAnElementEndsWithABrokenElement() throws IOException {
        List<JsonArraySplitter.Element> e = split("x = [ {\"a\": 1}, {\"a\": \"cut");
        assertThat(e).hasSize(2);
        assertThat(e.get(1).error()).contains("truncated");
    }

    @Test
    void anElementLargerThanTheLimitIsRefusedAndReadingGoesOn() throws IOException {
        String big = "x".repeat(200);
        List<JsonArraySplitter.Element> out = new ArrayList<>();
        String js = "x = [ {\"a\": \"" + big + "\"}, {\"b\": 1} ]";
        try (JsonArraySplitter s = new JsonArraySplitter(new ByteArrayInputStream(js.getBytes(StandardCharsets.UTF_8)), 100)) {
            JsonArraySplitter.Element e;
            while ((e = s.next()) != null) {
                out.add(e);
            }
        }
        assertThat(out).hasSize(2);
        assertThat(out.get(0).error()).contains("larger than 100 bytes");
        assertThat(out.get(1).ok()).isTrue();
    }

    @Test
    void noArrayAtAll() throws IOException {
        assertThat(split("just some text")).singleElement().satisfies(e -> assertThat(e.error()).contains("no JSON array"));
    }
}
