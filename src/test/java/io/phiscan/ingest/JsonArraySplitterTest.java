package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonArraySplitterTest {

    private static List<JsonArraySplitter.Element> split(String js) throws IOException {
        return split(new ByteArrayInputStream(js.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<JsonArraySplitter.Element> split(InputStream in) throws IOException {
        List<JsonArraySplitter.Element> out = new ArrayList<>();
        try (JsonArraySplitter s = new JsonArraySplitter(in, 1 << 20)) {
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

    /** The same elements, lines and errors wherever the reads of the file end (a zip entry's reads end anywhere). */
    @Test
    void theElementsDoNotDependOnWhereTheReadsEnd() throws IOException {
        String js = "window.YTD.direct_messages.part0 = [\n  {\n    \"a\" : \"one [{\\\"}\"\n  },\n  {\n    \"a\" : \"broken\n"
                + "    \"b\" : \"x\"\n  },\n  {\n    \"a\" : [ { \"deep\" : \"\\\\\" } ]\n  }, {\n    \"c\" : 3\n  },\n"
                + "  oops,\n  {\n    \"a\" : \"after\"\n  }\n]";
        List<String> whole = split(js).stream().map(JsonArraySplitterTest::describe).toList();
        assertThat(whole).hasSize(5).filteredOn(d -> d.contains("error")).hasSize(2);
        byte[] bytes = js.getBytes(StandardCharsets.UTF_8);
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int most = 1 + random.nextInt(trial < 100 ? 4 : 40);
            InputStream pieces = new ByteArrayInputStream(bytes) {
                @Override
                public synchronized int read(byte[] b, int off, int len) {
                    return super.read(b, off, Math.min(len, 1 + random.nextInt(most)));
                }
            };
            assertThat(split(pieces).stream().map(JsonArraySplitterTest::describe).toList()).as("reads of at most " + most)
                    .isEqualTo(whole);
        }
    }

    private static String describe(JsonArraySplitter.Element e) {
        return e.index() + "@" + e.line() + ":" + (e.ok() ? text(e) : "error " + e.error());
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

    /**
     * Meta's layout, an element's opening brace inside its array replaced by a closing bracket:
     * the element closes early, and the bracket that closed its array is not the end of the file's.
     */
    @Test
    void aBracketThatClosedAnArrayInsideAnElementThatClosedEarlyDoesNotEndTheFilesArray() throws IOException {
        String json = "[\n  {\n    \"list\": [\n      {\n        \"uri\": \"\"\n      }\n    ],\n    \"value\": \"one\"\n  },\n"
                + "  {\n    \"list\": [\n      ]\n        \"uri\": \"\"\n      }\n    ],\n    \"value\": \"two\"\n  },\n"
                + "  {\n    \"list\": [],\n    \"value\": \"three\"\n  }\n]\n";
        List<JsonArraySplitter.Element> e = split(json);

        assertThat(e).extracting(JsonArraySplitterTest::describe).satisfiesExactly(
                one -> assertThat(one).startsWith("0@2:{").contains("\"one\""),
                // the element as far as its early close: it does not parse, and is listed as such by its reader
                two -> assertThat(two).startsWith("1@10:{").doesNotContain("two"),
                rest -> assertThat(rest).isEqualTo("2@15:error the rest of an element that closed early (one of its"
                        + " brackets damaged?), from a closing bracket indented as the elements' members are: not read"),
                three -> assertThat(three).startsWith("3@18:{").contains("\"three\""));
    }

    @Test
    void theArraysOwnClosingBracketEndsIt() throws IOException {
        List<JsonArraySplitter.Element> e = split("{\n  \"items\": [\n    {\n      \"a\": [\n        1\n      ]\n    }\n  ],\n"
                + "  \"more\": {\n    \"b\": 2\n  }\n}\n");

        assertThat(e).extracting(JsonArraySplitterTest::describe).singleElement().asString().startsWith("0@3:{");
        // closed at its elements' indentation, as no export is known to write it, at the end of the file
        assertThat(split("[\n  {\n    \"a\": 1\n  }\n  ]\n")).extracting(JsonArraySplitterTest::describe)
                .containsExactly("0@2:{\n    \"a\": 1\n  }");
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

    /**
     * A null, a number, a string or a true/false value where an object should be is one broken
     * element, named as the mappers name a JSON value; the next element is whole.
     */
    @Test
    void anElementThatIsNoObjectIsOneBrokenElementAndTheNextIsRead() throws IOException {
        List<JsonArraySplitter.Element> e = split("[\n  {\n    \"a\": 1\n  },\n  null,\n  {\n    \"b\": 2\n  },\n"
                + "  \"a, b\",\n  -1.5e3,\n  {\n    \"c\": 3\n  },\n  true\n]");
        assertThat(e).extracting(JsonArraySplitter.Element::index).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(e).extracting(JsonArraySplitter.Element::error).containsExactly(null,
                "an element that is null, not an object or an array", null,
                "an element that is a string, not an object or an array",
                "an element that is a number, not an object or an array", null,
                "an element that is a true/false value, not an object or an array");
        assertThat(text(e.get(2))).isEqualTo("{\n    \"b\": 2\n  }");
        assertThat(e.get(1).line()).isEqualTo(5);
        assertThat(e.get(5).line()).isEqualTo(11);
    }
}
