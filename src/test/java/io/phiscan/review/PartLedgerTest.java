package io.phiscan.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.review.PartLedger.Mode;
import io.phiscan.review.PartLedger.Part;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A nightly audit that finds an export exactly as an earlier run's rows have it records the
 * export's row alone; its plan, and what the next audit compares with, are as if it had stored
 * every row.
 */
class PartLedgerTest {
    private static final String X = "/exports/x";
    private static final String META = "/exports/meta";
    private static final Instant NIGHT = Instant.parse("2026-11-20T02:30:00Z");

    private static Part export(int seq, String path, String run) {
        return new Part(seq, path, "", Mode.EXPORT, 0, 0, "", "", run, 0, 0, 0);
    }

    private static Part read(int seq, String path, String part, long size, String run) {
        return new Part(seq, path, part, Mode.READ, size, 1_000 + size, "sha-" + part + "-" + size, "st-" + size, run, size / 10,
                1, 0);
    }

    /** A part carried from its row as a later plan does: the row's fingerprint and counts, this plan's place. */
    private static Part carried(int seq, Part row) {
        return new Part(seq, row.export(), row.part(), Mode.UNCHANGED, row.size(), row.modified(), row.sha256(), row.stamp(),
                row.readInRun(), row.messages(), row.skipped(), row.encrypted());
    }

    private static void audit(RunStore runs, String id, Instant at) {
        runs.startRun(new RunStore.Run(id, "audit", at, null, "builtin-2", List.of("/exports"), "/out/" + id));
    }

    private static int storedRows(TestDatabase db, String runId) throws Exception {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM phiscan_run_part WHERE run_id = ?")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void anExportFoundAsAnEarlierRunHasItIsRecordedByItsRowAlone(String database) throws Exception {
        try (TestDatabase db = TestDatabase.open(database)) {
            RunStore runs = new RunStore(db.dataSource());
            PartLedger ledger = new PartLedger(db.dataSource());
            Instant t = NIGHT;

            // the first audit reads everything
            audit(runs, "R1", t);
            List<Part> first = List.of(export(0, X, "R1"), read(1, X, "data/tweets.js", 500, "R1"),
                    read(2, X, "data/direct-messages.js", 900, "R1"), export(3, META, "R1"), read(4, META, "inbox/a.json", 70, "R1"));
            ledger.record("R1", first);
            runs.finishRun("R1", t.plusSeconds(60));

            // the second finds X as R1 left it and one Meta file grown
            audit(runs, "R2", t.plusSeconds(86_400));
            LastParts lastX = ledger.last(X);
            assertThat(lastX.run()).isEqualTo("R1");
            List<Part> xCarried = List.of(carried(1, first.get(1)), carried(2, first.get(2)));
            assertThat(lastX.carriedWhole(xCarried)).isTrue();
            List<Part> second = new ArrayList<>();
            second.add(export(0, X, "R2"));
            second.addAll(xCarried);
            second.add(export(3, META, "R2"));
            second.add(read(4, META, "inbox/a.json", 85, "R2"));
            assertThat(ledger.last(META).carriedWhole(second.subList(4, 5))).isFalse();
            ledger.record("R2", second, Map.of(X, "R1"));
            runs.finishRun("R2", t.plusSeconds(86_460));

            assertThat(storedRows(db, "R2")).isEqualTo(3);
            assertThat(ledger.plan("R2")).containsExactlyElementsOf(second);
            assertThat(ledger.plan("R2", X)).containsExactlyElementsOf(second.subList(0, 3));
            assertThat(ledger.lastCompleted(X)).containsOnlyKeys("data/tweets.js", "data/direct-messages.js");
            assertThat(ledger.last(X).run()).as("the rows R2 named are R1's").isEqualTo("R1");
            assertThat(ledger.last(META).run()).isEqualTo("R2");
            assertThat(ledger.lastCompleted(META).get("inbox/a.json").size()).isEqualTo(85);

            // a third names R1's rows again, not R2's, which holds none
            audit(runs, "R3", t.plusSeconds(2 * 86_400));
            List<Part> third = new ArrayList<>(second.subList(0, 3));
            third.set(0, export(0, X, "R3"));
            ledger.record("R3", third, Map.of(X, ledger.last(X).run()));
            assertThat(ledger.plan("R3")).containsExactlyElementsOf(third);
            assertThat(storedRows(db, "R3")).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void anExportNotExactlyAsTheEarlierRowsIsNotCarriedWhole(String database) throws Exception {
        try (TestDatabase db = TestDatabase.open(database)) {
            RunStore runs = new RunStore(db.dataSource());
            PartLedger ledger = new PartLedger(db.dataSource());
            Instant t = NIGHT;
            audit(runs, "R1", t);
            Part tweets = read(1, X, "data/tweets.js", 500, "R1");
            Part dms = read(2, X, "data/direct-messages.js", 900, "R1");
            ledger.record("R1", List.of(export(0, X, "R1"), tweets, dms));
            LastParts last = ledger.last(X);
            assertThat(last.run()).as("R1 has not finished").isEmpty();
            runs.finishRun("R1", t.plusSeconds(60));
            last = ledger.last(X);

            assertThat(last.carriedWhole(List.of(carried(1, tweets), carried(2, dms)))).isTrue();
            // a file touched: its time (and stamp) differ, though its bytes are the same
            Part touched = new Part(2, X, dms.part(), Mode.UNCHANGED, dms.size(), dms.modified() + 60_000, dms.sha256(),
                    "st-other", dms.readInRun(), dms.messages(), dms.skipped(), dms.encrypted());
            assertThat(last.carriedWhole(List.of(carried(1, tweets), touched))).isFalse();
            // a part gone, a part added, the parts in another order
            assertThat(last.carriedWhole(List.of(carried(1, tweets)))).isFalse();
            Part added = new Part(3, X, "data/tweets-part1.js", Mode.UNCHANGED, 1, 1, "s", "t", "R1", 0, 0, 0);
            assertThat(last.carriedWhole(List.of(carried(1, tweets), carried(2, dms), added))).isFalse();
            assertThat(last.carriedWhole(List.of(carried(1, dms), carried(2, tweets)))).isFalse();
            // a part parsed for the names later parts use is not unchanged
            Part warm = new Part(1, X, tweets.part(), Mode.WARM, tweets.size(), tweets.modified(), tweets.sha256(),
                    tweets.stamp(), "R1", tweets.messages(), tweets.skipped(), tweets.encrypted());
            assertThat(last.carriedWhole(List.of(warm, carried(2, dms)))).isFalse();
            assertThat(LastParts.NONE.carriedWhole(List.of())).isFalse();
        }
    }
}
