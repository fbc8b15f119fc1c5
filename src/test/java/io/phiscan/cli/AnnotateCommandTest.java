package io.phiscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code phiscan annotate}: one JSON line per signal, offsets in UTF-16 chars of each document. */
class AnnotateCommandTest {
    @TempDir
    Path dir;

    private List<JsonNode> run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = PhiscanCommand.commandLine(args);
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute(args)).isEqualTo(0);
        JsonMapper json = JsonMapper.builder().build();
        return out.toString().lines().map(json::readTree).toList();
    }

    @Test
    void oneDocumentPerFileWithOffsetsInUtf16Chars() throws Exception {
        String text = "\uFEFF😀 Hi, DOB 04/12/2015 — call (555) 318-2274";
        Path f = dir.resolve("note.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        List<JsonNode> lines = run("annotate", f.toString());
        String doc = text.substring(1);
        assertThat(lines).isNotEmpty().allSatisfy(l -> {
            assertThat(l.get("doc").asString()).isEqualTo(f.toString());
            assertThat(doc.substring(l.get("start").asInt(), l.get("end").asInt())).isEqualTo(l.get("text").asString());
        });
        assertThat(lines).extracting(l -> l.get("category").asString() + "=" + l.get("text").asString())
                .contains("dob=04/12/2015", "phone=(555) 318-2274");
        assertThat(lines.get(0).propertyNames()).containsExactly("doc", "start", "end", "kind", "category", "text", "rule");
    }

    @Test
    void blocksAreDocumentsOfTheirOwn() throws Exception {
        Path f = dir.resolve("blocks.txt");
        Files.writeString(f, "first block, no signal\r\nstill the first\r\n\r\n\r\nmy son has a fever of 102\r\n\nMRN 00482913\n");
        List<JsonNode> lines = run("annotate", "--blocks", f.toString());
        assertThat(lines).extracting(l -> l.get("doc").asString()).containsOnly(f + "#2", f + "#3");
        JsonNode mrn = lines.stream().filter(l -> l.get("category").asString().equals("record-number")).findFirst().orElseThrow();
        assertThat(mrn.get("doc").asString()).isEqualTo(f + "#3");
        assertThat(mrn.get("start").asInt()).isEqualTo(4);
        JsonNode vital = lines.stream().filter(l -> l.get("category").asString().equals("vital")).findFirst().orElseThrow();
        assertThat("my son has a fever of 102".substring(vital.get("start").asInt(), vital.get("end").asInt()))
                .isEqualTo(vital.get("text").asString());
    }

    @Test
    void blockSplittingKeepsEachBlockExactly() {
        assertThat(AnnotateCommand.blocks("a\r\nb\r\n\r\nc\n\n\nd")).containsExactly("a\r\nb", "c", "d");
        assertThat(AnnotateCommand.blocks("\n\n")).isEmpty();
    }
}
