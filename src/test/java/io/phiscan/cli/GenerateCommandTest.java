package io.phiscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code phiscan generate} on the command line: its summary, exit code 2 for bad arguments, and an
 * audit of what it wrote that raises the planted clinical exchanges and little else.
 */
class GenerateCommandTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void badArgumentsExitTwoAndWriteNothing(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("gen");
        assertThat(run("generate", out.toString(), "--messages", "100", "--platforms", "twitter,myspace"))
                .satisfies(c -> assertThat(c.exitCode()).isEqualTo(2))
                .satisfies(c -> assertThat(c.err()).contains("unknown platform 'myspace'"));
        assertThat(run("generate", out.toString(), "--messages", "0").err()).contains("--messages must be at least 1");
        assertThat(run("generate", out.toString(), "--messages", "0").exitCode()).isEqualTo(2);
        assertThat(run("generate", out.toString(), "--messages", "10", "--accounts", "0").exitCode()).isEqualTo(2);
        assertThat(run("generate", out.toString(), "--messages", "10", "--clinical-share", "2").exitCode()).isEqualTo(2);
        assertThat(run("generate", out.toString()).exitCode()).isEqualTo(2);
        assertThat(out).doesNotExist();
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "mine");
        Cli full = run("generate", out.toString(), "--messages", "10");
        assertThat(full.exitCode()).isEqualTo(2);
        assertThat(full.err()).contains("is not empty").contains("--force");
        assertThat(run("generate", out.toString(), "--messages", "10", "--force").exitCode()).isZero();
    }

    @Test
    void printsOneSummaryLine(@TempDir Path tmp) {
        Cli c = run("generate", tmp.resolve("gen").toString(), "--messages", "600", "--platforms", "reddit,mastodon",
                "--accounts", "2");
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).startsWith("phiscan generate: 4 export(s) of 2 account(s), 600 messages, ")
                .contains(" MB in ").endsWith("\n").hasLineCount(1);
    }

    @Test
    void anAuditOfGeneratedExportsRaisesThePlantedClinicalExchanges(@TempDir Path tmp) throws IOException {
        Path gen = tmp.resolve("gen");
        Cli g = run("generate", gen.toString(), "--messages", "1500", "--seed", "5", "--clinical-share", "0.2");
        assertThat(g.exitCode()).as(g.err()).isZero();
        Cli audit = run("audit", gen.toString(), "--workspace", tmp.resolve("ws").toString(), "--out", tmp.resolve("out").toString());
        assertThat(audit.exitCode()).as(audit.err()).isZero();
        JsonNode generated = JSON.readTree(gen.resolve("generated.json").toFile());
        JsonNode findings = JSON.readTree(tmp.resolve("out/findings.json").toFile());
        Map<String, Long> read = new HashMap<>();
        for (JsonNode in : findings.path("run").path("inputs")) {
            assertThat(in.path("skipped").asLong()).as(in.path("path").asString()).isZero();
            read.put(in.path("platform").asString() + " " + in.path("account").asString(), in.path("messages").asLong());
        }
        Map<String, Long> planted = new HashMap<>();
        for (JsonNode e : generated.path("exports")) {
            String key = e.path("platform").asString() + " " + e.path("account").asString();
            assertThat(read.get(key)).as(key).isEqualTo(e.path("messages").asLong());
            planted.merge(e.path("platform").asString(), e.path("clinical").asLong(), Long::sum);
        }
        Map<String, Long> raised = new HashMap<>();
        findings.path("findings").forEach(f -> raised.merge(f.path("platform").asString(), 1L, Long::sum));
        long plantedAll = generated.path("totals").path("clinical").asLong();
        long raisedAll = findings.path("findings").size();
        System.out.printf("generate 1500 (seed 5, share 0.2): planted %d %s, audit raised %d %s%n", plantedAll, planted,
                raisedAll, raised);
        assertThat(plantedAll).isGreaterThanOrEqualTo(30);
        assertThat(raisedAll).isBetween(Math.round(plantedAll * 0.9), plantedAll + Math.max(2, plantedAll / 20));
    }

    private static Cli run(String... args) {
        return Cli.run(args);
    }
}
