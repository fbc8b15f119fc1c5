package io.phiscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.review.PostgresTestSchema;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The compliance loop over three successive audits of one practice's X account, driven through
 * the command line as a compliance officer would, on H2 and on PostgreSQL (selected by JDBC URL).
 * The fixtures (see {@code src/test/resources/review/README.md}): the March export has one DM
 * conversation each from Jordan, Pat and Robin; the April export is the same account a month
 * later, with a new message from Jordan and from Pat in their conversations.
 *
 * <p>Audit 1 reads March: three first incidents, three warnings. The officer confirms Jordan's,
 * and imports a decisions file that dismisses Pat's and escalates Robin's (after a first file
 * with a bad row was rejected whole). Audit 2 reads March again: it re-detects every exchange
 * and stands in for a rescan, and every decision holds. Audit 3 reads April: Jordan wrote again
 * after his warning and goes on the block list; Pat's dismissed incident is no strike, so his new
 * message is a first incident (a warning, and his finding reopens); Robin's stays escalated.
 */
class ComplianceLoopScenarioTest {
    private static final Path MARCH = Path.of("src/test/resources/review/export-2025-03");
    private static final Path APRIL = Path.of("src/test/resources/review/export-2025-04");
    private static final String JORDAN = "2233445566778899001";
    private static final String PAT = "2233445566778899002";
    private static final String ROBIN = "987654321";
    private static final Pattern RUN = Pattern.compile("phiscan audit: run (\\S+) completed");
    private static final Pattern HISTORY = Pattern.compile(
            "^\\s*\\d+  (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ)  (.+?)\\s+(\\S+)\\s+(F-[0-9a-f]{16}|-)\\s+(.+?)\\s{2,}(\\S+)\\s+(.*)$");

    @TempDir
    Path tmp;

    private final List<String> database = new ArrayList<>();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void warnOnceThenBlockAcrossThreeAudits(String kind) throws Exception {
        PostgresTestSchema pg = kind.equals("postgresql") ? PostgresTestSchema.create() : null;
        database.addAll(List.of("--workspace", tmp.resolve("ws").toString()));
        if (pg != null) {
            database.addAll(List.of("--db-url", pg.url(), "--db-user", pg.user()));
        }
        try {
            scenario();
        } finally {
            if (pg != null) {
                pg.close();
            }
        }
    }

    private void scenario() throws Exception {
        Instant start = Instant.now().minusSeconds(1);

        // Audit 1: every counterpart's first incident puts them on the warning list.
        String run1 = audit(MARCH, "run1");
        Map<String, String> ids = findingIdsByCounterpart(tmp.resolve("run1"));
        assertThat(column(csv(tmp.resolve("run1/warnings.csv")), "account_id")).containsExactlyInAnyOrder(JORDAN, PAT, ROBIN);
        assertThat(csv(tmp.resolve("run1/blocklist-twitter.csv"))).isEmpty();
        assertThat(Files.readString(tmp.resolve("run1/blocklist-twitter-ids.txt"))).isEmpty();
        assertThat(tmp.resolve("run1/notes/" + ids.get(PAT) + ".txt")).exists();
        assertOwnerOnly(tmp.resolve("run1"));

        // Decisions: one on the command line; a file with a bad row applies nothing; the corrected file applies whole.
        ok("review", "confirm", ids.get(JORDAN), "--by", "Dana Whitley", "--reason", "a parent asking about an antibiotic");
        Path bad = write("bad.csv", "finding_id,decision,reason\n" + ids.get(PAT) + ",dismiss,asking for her mother\n"
                + "F-0000000000000000,escalate,not ours\n");
        Result rejected = phiscan("review", "import", bad.toString(), "--by", "Dana Whitley");
        assertThat(rejected.code()).isEqualTo(2);
        assertThat(rejected.err()).contains("nothing was applied").contains("row 3: no finding has the id F-0000000000000000");
        assertThat(ok("review", "list", "--status", "dismissed").out()).contains("0 finding(s)");
        Path good = write("good.csv", "finding_id,decision,reason,reviewer\n"
                + ids.get(PAT) + ",dismiss,\"a staff nurse asking for her mother, handled in clinic\",Sam Ortiz\n"
                + ids.get(ROBIN) + ",escalate,date of birth shared online,\n");
        assertThat(ok("review", "import", good.toString(), "--by", "Dana Whitley").out())
                .contains("good.csv: 2 decision(s) applied, 0 unchanged");
        assertThat(ok("blocklist").err()).contains("nobody is on a block list");
        assertThat(ok("review", "list", "--counterpart", "@JREYES").out()).contains(ids.get(JORDAN)).doesNotContain(ids.get(PAT))
                .contains("1 finding(s)");
        assertThat(ok("review", "list", "--status", "escalated,dismissed", "--platform", "twitter").out())
                .contains(ids.get(PAT)).contains(ids.get(ROBIN)).doesNotContain(ids.get(JORDAN));

        // Audit 2 (the same export again, re-detecting every exchange: a rescan) keeps every decision, and strikes nobody.
        String run2 = audit(MARCH, "run2");
        assertThat(statuses(tmp.resolve("run2"))).isEqualTo(Map.of(ids.get(JORDAN), "confirmed", ids.get(PAT), "dismissed",
                ids.get(ROBIN), "escalated"));
        assertThat(csv(tmp.resolve("run2/warnings.csv"))).isEmpty();
        assertThat(csv(tmp.resolve("run2/blocklist-twitter.csv"))).isEmpty();
        assertThat(tmp.resolve("run2/notes/" + ids.get(PAT) + ".txt")).doesNotExist();
        assertThat(tmp.resolve("run2/notes/" + ids.get(JORDAN) + ".txt")).exists();

        // Audit 3: Jordan wrote again after his warning; Pat wrote again, but his only earlier incident was dismissed.
        String run3 = audit(APRIL, "run3");
        assertThat(statuses(tmp.resolve("run3"))).isEqualTo(Map.of(ids.get(JORDAN), "confirmed", ids.get(PAT), "open",
                ids.get(ROBIN), "escalated"));
        List<Map<String, String>> warnings = csv(tmp.resolve("run3/warnings.csv"));
        assertThat(column(warnings, "account_id")).containsExactly(PAT);
        assertThat(warnings.get(0)).containsEntry("incidents", "1").containsEntry("first_incident", "2025-03-22")
                .containsEntry("handle", "plind_fixture");
        List<Map<String, String>> blocked = csv(tmp.resolve("run3/blocklist-twitter.csv"));
        assertThat(blocked).hasSize(1);
        assertThat(blocked.get(0)).containsEntry("account_id", JORDAN).containsEntry("handle", "jreyes_fixture")
                .containsEntry("display_name", "Jordan Reyes").containsEntry("profile_url", "https://x.com/i/user/" + JORDAN)
                .containsEntry("first_incident", "2025-02-10").containsEntry("last_incident", "2025-03-20")
                .containsEntry("warned_in_run", run1).containsEntry("blocked_in_run", run3).containsEntry("block_recorded", "");
        assertThat(Files.readString(tmp.resolve("run3/blocklist-twitter-ids.txt"))).isEqualTo(JORDAN + "\n");
        String note = Files.readString(tmp.resolve("run3/notes/" + ids.get(JORDAN) + ".txt"));
        assertThat(note).contains("Written by:       Jordan Reyes, @jreyes_fixture").contains("2025-02-10 03:12 UTC to 2025-03-20 02:30 UTC")
                .contains("on the block list since run " + run3).doesNotContain("Tonight his fever is 103");
        assertOwnerOnly(tmp.resolve("run3"));
        assertThat(Files.readString(tmp.resolve("run3/report.html"))).contains("href=\"warnings.csv\"")
                .contains("href=\"blocklist-twitter-ids.txt\"").contains("href=\"notes/" + ids.get(JORDAN) + ".txt\"");
        assertThat(ok("review", "show", ids.get(JORDAN)).out())
                .contains("counterpart: @jreyes_fixture (Jordan Reyes) [id " + JORDAN + "]: 2 incident(s), blocked")
                .contains("Could you call in another round of amoxicillin for him?");

        // The block, done outside phiscan, is recorded; the block list shows it.
        ok("review", "done", ids.get(JORDAN), "--action", "blocked", "--by", "Dr. Nora Vance", "--note", "blocked in the X app");
        assertThat(ok("blocklist", "--ids").out()).isEqualTo(JORDAN + "\n");
        ok("blocklist", "--out", tmp.resolve("lists").toString());
        assertThat(csv(tmp.resolve("lists/blocklist-twitter.csv")).get(0).get("block_recorded")).isNotEmpty();
        assertOwnerOnly(tmp.resolve("lists"));

        // The trail: each action with who, when, before and after.
        Instant end = Instant.now().plusSeconds(1);
        List<String[]> jordan = history(ids.get(JORDAN), start, end);
        assertThat(jordan).extracting(e -> String.join(" | ", e[1], e[2], e[4], e[5])).containsExactly(
                "phiscan | raised | (none) -> new | " + run1,
                "Dana Whitley | confirm | new -> confirmed | " + run1,
                "phiscan | grew | confirmed -> confirmed | " + run3,
                "Dr. Nora Vance | done | (none) -> blocked | " + run3);
        assertThat(jordan.get(1)[6]).isEqualTo("a parent asking about an antibiotic");
        assertThat(history(ids.get(PAT), start, end)).extracting(e -> String.join(" | ", e[1], e[2], e[4], e[5])).containsExactly(
                "phiscan | raised | (none) -> new | " + run1,
                "Sam Ortiz | dismiss | new -> dismissed | " + run1,
                "phiscan | reopened | dismissed -> open | " + run3);
        String trail = ok("review", "history").out();
        assertThat(trail).containsPattern("Dana Whitley\\s+import .*good.csv \\(sha256 [0-9a-f]{64}\\): 2 decision\\(s\\), 2 applied")
                .containsPattern("policy .*builtin-2; ledger warnAfter 1, blockAfter 2")
                .containsPattern("run .*\\(none\\) -> audit\\s+" + run2 + "\\s+3 finding\\(s\\), 0 new")
                .containsPattern("run .*\\(none\\) -> audit\\s+" + run3)
                .containsPattern("export .*" + Pattern.quote(tmp.resolve("lists").toString()));
    }

    private String audit(Path export, String out) {
        Result r = ok("audit", export.toString(), "--out", tmp.resolve(out).toString());
        Matcher m = RUN.matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        return m.group(1);
    }

    /** The rows of a finding's trail printed by {@code review history}: when, who, action, finding, change, run, why. */
    private List<String[]> history(String findingId, Instant from, Instant to) {
        List<String[]> rows = new ArrayList<>();
        for (String line : ok("review", "history", findingId).out().lines().skip(1).toList()) {
            Matcher m = HISTORY.matcher(line);
            if (m.matches()) {
                String[] row = {m.group(1), m.group(2).strip(), m.group(3), m.group(4), m.group(5).strip(), m.group(6), m.group(7)};
                Instant at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC).parse(row[0], Instant::from);
                assertThat(at).isBetween(from.minusSeconds(1), to);
                rows.add(row);
            }
        }
        return rows;
    }

    /** Finding ids of a run by counterpart account id, from findings.csv. */
    private static Map<String, String> findingIdsByCounterpart(Path run) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map<String, String> row : csv(run.resolve("findings.csv"))) {
            String who = row.get("counterparts");
            out.put(who.contains("@jreyes_fixture") ? JORDAN : who.contains("@plind_fixture") ? PAT
                    : who.equals("id " + ROBIN) ? ROBIN : who, row.get("id"));
        }
        assertThat(out.keySet()).containsExactlyInAnyOrder(JORDAN, PAT, ROBIN);
        return out;
    }

    private static Map<String, String> statuses(Path run) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        csv(run.resolve("findings.csv")).forEach(r -> out.put(r.get("id"), r.get("status")));
        return out;
    }

    private static List<Map<String, String>> csv(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getRecords().stream().map(CSVRecord::toMap).toList();
        }
    }

    private static List<String> column(List<Map<String, String>> rows, String name) {
        return rows.stream().map(r -> r.get(name)).toList();
    }

    private static void assertOwnerOnly(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                String expected = Files.isDirectory(p) ? "rwx------" : "rw-------";
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString()).isEqualTo(expected);
            }
        }
    }

    private Path write(String name, String content) throws Exception {
        Path file = tmp.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private record Result(int code, String out, String err) {
    }

    private Result ok(String... args) {
        Result r = phiscan(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isZero();
        return r;
    }

    private Result phiscan(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(database);
        CommandLine cl = PhiscanCommand.commandLine(all.toArray(String[]::new));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }
}
