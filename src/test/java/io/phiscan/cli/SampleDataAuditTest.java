package io.phiscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.index.IndexSearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code phiscan audit sample-data}, end to end and twice, as the README's first command runs it:
 * the clinical exchanges of the sample X archive are found, the tricky ones are not, a second
 * audit gives the same findings and the same index, and no message text, name or handle is logged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class SampleDataAuditTest {
    static final Path SAMPLE = Path.of("sample-data/twitter");
    static final JsonMapper JSON = JsonMapper.builder().build();

    Path tmp;
    Cli first;
    Cli second;
    JsonNode firstFindings;
    JsonNode secondFindings;
    int indexAfterFirst;
    int indexAfterSecond;
    String logs;

    @BeforeAll
    void auditTwice(@TempDir Path dir, CapturedOutput output) throws IOException {
        tmp = dir;
        Path ws = tmp.resolve("ws");
        first = Cli.run("audit", SAMPLE.toString(), "--workspace", ws.toString(), "--out", tmp.resolve("out1").toString());
        firstFindings = JSON.readTree(tmp.resolve("out1/findings.json").toFile());
        indexAfterFirst = indexCount(ws);
        second = Cli.run("audit", SAMPLE.toString(), "--workspace", ws.toString(), "--out", tmp.resolve("out2").toString());
        secondFindings = JSON.readTree(tmp.resolve("out2/findings.json").toFile());
        indexAfterSecond = indexCount(ws);
        logs = output.getAll() + first.out() + first.err() + second.out() + second.err()
                + Files.readString(ws.resolve("logs/phiscan.log"));
    }

    private static int indexCount(Path ws) throws IOException {
        try (IndexSearch s = IndexSearch.open(ws.resolve("index"))) {
            return s.count();
        }
    }

    @Test
    void completesAndSaysWhatItRead() {
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("completed").contains("31 record(s) read, 27 message(s) in the exports, 0 skipped, 4 encrypted;")
                .contains("4 finding(s) (4 new");
        JsonNode input = firstFindings.path("run").path("inputs").get(0);
        assertThat(input.path("platform").asString()).isEqualTo("twitter");
        assertThat(input.path("account").asString()).isEqualTo("DrLenaOkafor");
        assertThat(input.path("messages").asInt()).isEqualTo(27);
        assertThat(input.path("skipped").asInt()).isZero();
        assertThat(firstFindings.path("run").path("notes").toString()).contains("4 encrypted messages present, not readable");
    }

    @Test
    void findingsFollowTheContract() {
        assertThat(firstFindings.path("schemaVersion").asInt()).isEqualTo(1);
        for (String k : List.of("id", "startedAt", "finishedAt", "policy", "inputs")) {
            assertThat(firstFindings.path("run").has(k)).as("run.%s", k).isTrue();
        }
        for (JsonNode f : firstFindings.path("findings")) {
            for (String k : List.of("id", "platform", "account", "exchangeId", "visibility", "severity", "score",
                    "ownerEngaged", "status", "counterparts", "messages", "signals")) {
                assertThat(f.has(k)).as("finding.%s", k).isTrue();
            }
            assertThat(f.path("severity").asString()).isIn("high", "medium", "low");
            for (JsonNode m : f.path("messages")) {
                for (String k : List.of("id", "at", "author", "direction", "text", "source")) {
                    assertThat(m.has(k)).as("message.%s", k).isTrue();
                }
            }
            for (JsonNode s : f.path("signals")) {
                for (String k : List.of("kind", "category", "messageId", "start", "end", "text", "rule")) {
                    assertThat(s.has(k)).as("signal.%s", k).isTrue();
                }
            }
        }
    }

    @Test
    void findsEveryClinicalExchangeAndNoneOfTheTrickyOnes() {
        List<String> found = new ArrayList<>();
        for (JsonNode f : firstFindings.path("findings")) {
            found.add(f.path("visibility").asString() + " " + f.path("counterparts").get(0).path("handle").asString());
        }
        assertThat(found).containsExactlyInAnyOrder("direct maria_g_1987", "direct jwhitfield_runs",
                "public maria_g_1987", "direct analu_herrera");
        JsonNode engaged = firstFindings.path("findings").get(0);
        assertThat(engaged.path("counterparts").get(0).path("handle").asString()).isEqualTo("jwhitfield_runs");
        assertThat(engaged.path("severity").asString()).isEqualTo("high");
        assertThat(engaged.path("ownerEngaged").asBoolean()).isTrue();
        assertThat(engaged.path("messages")).hasSize(6);
    }

    @Test
    void aSecondAuditGivesTheSameFindingsAndTheSameIndex() {
        assertThat(second.exitCode()).isZero();
        assertThat(secondFindings.path("findings")).isEqualTo(firstFindings.path("findings"));
        assertThat(indexAfterFirst).isEqualTo(27);
        assertThat(indexAfterSecond).isEqualTo(indexAfterFirst);
        assertThat(second.out()).contains("(0 new").contains("1 export(s) (1 unchanged, not read again)")
                .as("what the unchanged export holds, as its messages and skipped records are counted")
                .contains("0 record(s) read, 27 message(s) in the exports, 0 skipped, 4 encrypted;");
    }

    @Test
    void noMessageTextNameOrHandleIsLogged() {
        assertThat(logs).contains("ingest: 1 export(s) found");
        for (String phi : List.of("maria_g_1987", "Maria", "Sofia", "jwhitfield", "Whitfield", "Ethan", "analu_herrera",
                "Mateo", "amoxicillin", "albuterol", "fever", "fiebre", "102.5", "04/12/2015", "201-4400")) {
            assertThat(logs).as("log output").doesNotContain(phi);
        }
    }

    @Test
    void outputsAreOwnerOnlyAndListedInTheManifest() throws IOException {
        Path out = tmp.resolve("out1");
        assertThat(Files.getPosixFilePermissions(out)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
        List<String> manifest = Files.readAllLines(out.resolve("manifest.sha256"));
        for (String file : List.of("findings.json", "findings.csv", "report.html", "skipped.csv")) {
            assertThat(Files.getPosixFilePermissions(out.resolve(file)))
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
            assertThat(manifest).anySatisfy(line -> assertThat(line).matches("[0-9a-f]{64}  " + file));
        }
    }

    @Test
    void theWorkspaceIsOwnerOnlyThroughout() throws IOException {
        // the database and the index hold message text, as the reports do
        Path ws = tmp.resolve("ws");
        List<String> files = new ArrayList<>();
        try (var walk = Files.walk(ws)) {
            for (Path p : walk.toList()) {
                String expected = Files.isDirectory(p) ? "rwx------" : "rw-------";
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
                        .as(ws.relativize(p).toString()).isEqualTo(expected);
                files.add(ws.relativize(p).toString());
            }
        }
        assertThat(files).contains("db/phiscan.mv.db", "logs/phiscan.log")
                .anySatisfy(f -> assertThat(f).startsWith("index/segments_"));
    }

    @Test
    void searchFindsAMessageByAWordAndHighlightsIt() {
        Cli search = Cli.run("search", "ibuprofeno", "--workspace", tmp.resolve("ws").toString(), "--color", "never");
        assertThat(search.exitCode()).isZero();
        assertThat(search.out()).contains("**ibuprofeno**").contains("@analu_herrera").contains("1 of 1 match(es)");
        Cli fielded = Cli.run("search", "amoxicillin AND direction:inbound", "--workspace", tmp.resolve("ws").toString(),
                "--color", "never");
        assertThat(fielded.out()).contains("**amoxicillin**").contains("1 of 1 match(es)");
    }

    @Test
    void runsListsBothAudits() {
        Cli runs = Cli.run("runs", "--workspace", tmp.resolve("ws").toString());
        assertThat(runs.exitCode()).isZero();
        List<String> completed = runs.out().lines().filter(l -> l.contains("COMPLETED")).toList();
        assertThat(completed).hasSize(2);
        assertThat(completed.get(1)).as("the first audit read everything").contains(" 31 ").contains(" 27 ");
        List<String> header = List.of(runs.out().lines().findFirst().orElseThrow().split(" +"));
        List<String> row = List.of(completed.get(1).split(" +"));
        assertThat(header).containsSequence("READ", "INDEXED", "SKIPPED", "ENCRYPTED");
        int read = header.indexOf("READ");
        assertThat(row.subList(read, read + 4)).as("READ, INDEXED, SKIPPED, ENCRYPTED: 31 = 27 + 0 + 4")
                .containsExactly("31", "27", "0", "4");
        assertThat(completed.get(0)).as("the second found the export unchanged and read nothing").contains(" 0 ");
    }
}
