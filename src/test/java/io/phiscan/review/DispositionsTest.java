package io.phiscan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phiscan.model.Author;
import io.phiscan.model.Finding;
import io.phiscan.model.Severity;
import io.phiscan.model.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Decisions by named reviewers: each recorded with who, when, before and after; a high-severity
 * dismissal needs a reason; a decisions file is applied all or nothing and names its bad rows.
 */
class DispositionsTest {
    private static final Author ALEX = new Author("2000000000000000001", "alex_parent", "Alex Parent");
    private static final Author BLAKE = new Author("2000000000000000002", "blake_parent", "Blake Parent");
    private static final Author CASEY = new Author("3000000003", null, null);

    @TempDir
    Path dir;

    private Finding high;
    private Finding medium;
    private Finding low;

    private TestDatabase setUp(String database) {
        TestDatabase db = TestDatabase.open(database);
        new RunStore(db.dataSource()).startRun(new RunStore.Run("r1", "audit", Instant.parse("2026-01-05T03:00:00Z"), null,
                "test-policy-1", List.of("export"), "out"));
        FindingStore store = new FindingStore(db.dataSource());
        high = store.raise(TestFindings.finding(Severity.HIGH, true, List.of(TestFindings.from(ALEX, 3, "fever again"),
                TestFindings.to(ALEX, 3, "give him more"))), "r1");
        medium = store.raise(TestFindings.finding(Severity.MEDIUM, false, List.of(TestFindings.from(BLAKE, 4, "rash"))), "r1");
        low = store.raise(TestFindings.finding(Severity.LOW, false, List.of(TestFindings.from(CASEY, 5, "cough"))), "r1");
        return db;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void dismissingAHighSeverityFindingNeedsAReason(String database) throws Exception {
        try (TestDatabase db = setUp(database)) {
            Dispositions dispositions = new Dispositions(db.dataSource());
            EventLog log = new EventLog(db.dataSource());
            int events = log.latest(1000).size();

            assertThatThrownBy(() -> dispositions.decide(high.id(), Decision.DISMISS, "Dana Whitley", " "))
                    .isInstanceOf(ReviewInputException.class).hasMessageContaining(high.id()).hasMessageContaining("reason");
            assertThat(status(db, high)).isEqualTo(Status.NEW);
            assertThat(log.latest(1000)).hasSize(events);

            Instant before = Instant.now().minusSeconds(1);
            Dispositions.Outcome outcome = dispositions.decide(high.id(), Decision.DISMISS, "Dana Whitley", "a colleague's child");
            assertThat(outcome).isEqualTo(new Dispositions.Outcome(high.id(), Status.NEW, Status.DISMISSED, true));
            assertThat(status(db, high)).isEqualTo(Status.DISMISSED);
            EventLog.Event e = last(log.forFinding(high.id()));
            assertThat(e.actor()).isEqualTo("Dana Whitley");
            assertThat(e.action()).isEqualTo(EventLog.Action.DISMISS);
            assertThat(e.before()).isEqualTo("new");
            assertThat(e.after()).isEqualTo("dismissed");
            assertThat(e.reason()).isEqualTo("a colleague's child");
            assertThat(e.runId()).isEqualTo("r1");
            assertThat(e.at()).isBetween(before, Instant.now().plusSeconds(1));

            // A medium one can be dismissed without a reason; the same decision again records nothing.
            assertThat(dispositions.decide(medium.id(), Decision.DISMISS, "Dana Whitley", null).changed()).isTrue();
            assertThat(dispositions.decide(medium.id(), Decision.DISMISS, "Dana Whitley", null).changed()).isFalse();
            assertThat(log.forFinding(medium.id())).extracting(EventLog.Event::action)
                    .containsExactly(EventLog.Action.RAISED, EventLog.Action.DISMISS);
            assertThatThrownBy(() -> dispositions.decide("F-ffffffffffffffff", Decision.CONFIRM, "Dana Whitley", null))
                    .isInstanceOf(ReviewInputException.class).hasMessageContaining("F-ffffffffffffffff");
            assertThatThrownBy(() -> dispositions.decide(low.id(), Decision.CONFIRM, "", null))
                    .isInstanceOf(ReviewInputException.class).hasMessageContaining("--by");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void aDecisionsFileWithABadRowAppliesNothingAndNamesEveryBadRow(String database) throws Exception {
        try (TestDatabase db = setUp(database)) {
            Dispositions dispositions = new Dispositions(db.dataSource());
            EventLog log = new EventLog(db.dataSource());
            int events = log.latest(1000).size();
            Path file = write("decisions.csv", "finding_id,decision,reason\n"
                    + low.id() + ",confirm,asked about a cough\n"
                    + "F-0123456789abcdef,confirm,not a finding of this workspace\n"
                    + medium.id() + ",ignore,\n"
                    + high.id() + ",dismiss,\n");

            assertThatThrownBy(() -> dispositions.importFile(file, "Dana Whitley"))
                    .isInstanceOf(ReviewInputException.class)
                    .satisfies(e -> assertThat(((ReviewInputException) e).problems()).containsExactly(
                            "row 3: no finding has the id F-0123456789abcdef",
                            "row 4: decision 'ignore' is not one of confirm, dismiss, escalate, reopen",
                            "row 5: " + high.id() + " is high severity: dismissing it needs a reason"))
                    .hasMessageContaining("nothing was applied");

            assertThat(List.of(status(db, low), status(db, medium), status(db, high))).containsOnly(Status.NEW);
            assertThat(log.latest(1000)).hasSize(events);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void aGoodDecisionsFileIsAppliedWholeWithItsReviewers(String database) throws Exception {
        try (TestDatabase db = setUp(database)) {
            Dispositions dispositions = new Dispositions(db.dataSource());
            EventLog log = new EventLog(db.dataSource());
            // As a spreadsheet saves it: a byte-order mark, CRLF, a reason with a comma and a line break, a blank row,
            // a row left undecided, and the optional reviewer column.
            Path file = write("decisions.csv", "\uFEFFfinding_id,decision,reason,reviewer\r\n"
                    + high.id() + ",dismiss,\"a colleague, asking about his own son\nin the group chat\",Sam Ortiz\r\n"
                    + "\r\n"
                    + medium.id() + ",ESCALATE,,\r\n"
                    + low.id() + ",,,\r\n");

            Dispositions.ImportResult result = dispositions.importFile(file, "Dana Whitley");

            assertThat(result.outcomes()).containsExactly(
                    new Dispositions.Outcome(high.id(), Status.NEW, Status.DISMISSED, true),
                    new Dispositions.Outcome(medium.id(), Status.NEW, Status.ESCALATED, true));
            assertThat(result.undecided()).isEqualTo(1);
            assertThat(status(db, low)).isEqualTo(Status.NEW);
            EventLog.Event dismissal = last(log.forFinding(high.id()));
            assertThat(dismissal.actor()).isEqualTo("Sam Ortiz");
            assertThat(dismissal.reason()).isEqualTo("a colleague, asking about his own son\nin the group chat");
            assertThat(dismissal.detail()).isEqualTo("imported by Dana Whitley from decisions.csv, row 2");
            assertThat(last(log.forFinding(medium.id())).actor()).isEqualTo("Dana Whitley");
            EventLog.Event importEvent = last(log.latest(1000));
            assertThat(importEvent.action()).isEqualTo(EventLog.Action.IMPORT);
            assertThat(importEvent.actor()).isEqualTo("Dana Whitley");
            assertThat(importEvent.detail()).startsWith("decisions.csv (sha256 " + result.sha256() + "): 2 decision(s), 2 applied");

            // The same file again changes nothing: only the import itself is recorded.
            Dispositions.ImportResult again = dispositions.importFile(file, "Dana Whitley");
            assertThat(again.changed()).isZero();
            assertThat(log.forFinding(high.id())).extracting(EventLog.Event::action)
                    .containsExactly(EventLog.Action.RAISED, EventLog.Action.DISMISS);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2"})
    void malformedFilesAreRejectedWithTheRow(String database) throws Exception {
        try (TestDatabase db = setUp(database)) {
            Dispositions dispositions = new Dispositions(db.dataSource());
            Map<String, String> files = Map.of(
                    "finding_id,decision\n" + low.id() + ",confirm\n", "row 1: the header lacks reason",
                    "finding_id,decision,reason,notes\n", "row 1: unknown column 'notes'",
                    "finding_id,decision,reason\n" + low.id() + ",confirm,asked, and asked again\n", "row 2: 4 cells, but the header has 3",
                    "finding_id,decision,reason\n" + low.id() + ",confirm,\n" + low.id() + ",dismiss,\n",
                    "row 3: " + low.id() + " is already decided on row 2",
                    "finding_id,decision,reason\n,confirm,no id\n", "row 2: finding_id is empty",
                    // a cell pasted into the id column: quoted on one line, and not at any length
                    "finding_id,decision,reason\n\"F-0\nher rash is back " + "again ".repeat(40) + "\",confirm,x\n",
                    "row 2: no finding has the id F-0 her rash is back again again again …");
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path file = write("bad.csv", f.getKey());
                assertThatThrownBy(() -> dispositions.importFile(file, "Dana Whitley")).isInstanceOf(ReviewInputException.class)
                        .hasMessageContaining(f.getValue());
            }
            assertThat(status(db, low)).isEqualTo(Status.NEW);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2"})
    void reasonsAreRecordedAsTypedInTheReportNotAsItsDownloadNeutralizedThem(String database) throws Exception {
        try (TestDatabase db = setUp(database)) {
            Dispositions dispositions = new Dispositions(db.dataSource());
            EventLog log = new EventLog(db.dataSource());
            // as report.js writes the download: a cell starting with = + - @ gets an apostrophe before it
            Path file = write("decisions-r1.csv", "finding_id,decision,reason\r\n"
                    + high.id() + ",dismiss,\"'- a colleague, not a patient\"\r\n"
                    + medium.id() + ",escalate,'=the 2nd rash this month\r\n"
                    + low.id() + ",confirm,'tis a refill request\r\n");

            dispositions.importFile(file, "Dana Whitley");

            assertThat(last(log.forFinding(high.id())).reason()).isEqualTo("- a colleague, not a patient");
            assertThat(last(log.forFinding(medium.id())).reason()).isEqualTo("=the 2nd rash this month");
            assertThat(last(log.forFinding(low.id())).reason()).isEqualTo("'tis a refill request");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2"})
    void aFileNotInUtf8OrWithABrokenHeaderIsRefusedWhole(String database) throws Exception {
        try (TestDatabase db = setUp(database)) {
            Dispositions dispositions = new Dispositions(db.dataSource());
            Map<String, String> files = Map.of(
                    "windows-1252.csv", "the file is not UTF-8 text: save it as CSV UTF-8",
                    "utf-16.csv", "the file is not UTF-8 text: save it as CSV UTF-8",
                    "broken-header.csv", "the file is not valid CSV: ");
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path file = Path.of("src/test/resources/review/decisions", f.getKey());
                assertThatThrownBy(() -> dispositions.importFile(file, "Dana Whitley")).isInstanceOf(ReviewInputException.class)
                        .hasMessageStartingWith(f.getKey() + ": nothing was applied")
                        .satisfies(e -> assertThat(((ReviewInputException) e).problems()).singleElement(org.assertj.core.api
                                .InstanceOfAssertFactories.STRING).startsWith(f.getValue()));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2"})
    void followUpsAreRecordedForIncidentsOnly(String database) throws Exception {
        try (TestDatabase db = setUp(database)) {
            Dispositions dispositions = new Dispositions(db.dataSource());
            dispositions.done(high.id(), FollowUp.BLOCKED, "Dr. Test Owner", "blocked in the app");
            EventLog.Event e = last(new EventLog(db.dataSource()).forFinding(high.id()));
            assertThat(List.of(e.actor(), e.action().id(), e.after(), e.reason(), e.detail())).containsExactly("Dr. Test Owner",
                    "done", "blocked", "blocked in the app", "counterpart(s): twitter:2000000000000000001");
            dispositions.decide(medium.id(), Decision.DISMISS, "Dana Whitley", "not a patient");
            assertThatThrownBy(() -> dispositions.done(medium.id(), FollowUp.CALLED, "Dana Whitley", null))
                    .isInstanceOf(ReviewInputException.class).hasMessageContaining("dismissed");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void theTrailsOfManyFindingsAreReadTogetherEachInItsOwnOrder(String database) throws Exception {
        try (TestDatabase db = setUp(database)) {
            Dispositions dispositions = new Dispositions(db.dataSource());
            dispositions.decide(medium.id(), Decision.CONFIRM, "Dana Whitley", null);
            dispositions.decide(high.id(), Decision.CONFIRM, "Dana Whitley", null);
            dispositions.done(medium.id(), FollowUp.CALLED, "Dr. Test Owner", "called back");
            EventLog log = new EventLog(db.dataSource());
            // a report asks for the trails of all its findings at once: more than one query's worth of ids
            List<String> ids = new java.util.ArrayList<>();
            for (int i = 0; i < 1200; i++) {
                ids.add("F-none-" + i);
            }
            ids.add(400, medium.id());
            ids.add(low.id());
            ids.add(0, high.id());

            Map<String, List<EventLog.Event>> trails = log.forFindings(ids);

            assertThat(List.copyOf(trails.keySet())).isEqualTo(ids);
            for (Finding f : List.of(high, medium, low)) {
                assertThat(trails.get(f.id())).as(f.id()).isEqualTo(log.forFinding(f.id()));
            }
            assertThat(trails.get(medium.id())).extracting(e -> e.action().id()).endsWith("confirm", "done");
            assertThat(trails.get("F-none-7")).isEmpty();
        }
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static Status status(TestDatabase db, Finding f) {
        return new FindingStore(db.dataSource()).find(f.id()).orElseThrow().finding().status();
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
