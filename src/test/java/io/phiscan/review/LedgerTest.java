package io.phiscan.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Author;
import io.phiscan.model.Finding;
import io.phiscan.model.Message;
import io.phiscan.model.Severity;
import io.phiscan.model.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Findings raised again keep their decisions; a grown exchange is a new incident of whoever
 * wrote again; a dismissal takes its incidents off the ledger; the ledger warns once, then blocks.
 */
class LedgerTest {
    private static final Author ALEX = new Author("2000000000000000001", "alex_parent", "Alex Parent");
    private static final ReviewPolicy.LedgerRule SEED = ReviewPolicy.LedgerRule.defaults();

    @Test
    void raisingAgainKeepsTheDecisionUntilTheExchangeGrows() throws Exception {
        try (TestDatabase db = TestDatabase.open("h2")) {
            FindingStore store = new FindingStore(db.dataSource());
            Ledger ledger = new Ledger(db.dataSource());
            Dispositions dispositions = new Dispositions(db.dataSource());
            List<Message> messages = new ArrayList<>(List.of(TestFindings.from(ALEX, 3, "fever again")));
            run(db, "r1", 1);
            Finding f = store.raise(finding(messages), "r1");
            assertThat(only(ledger.standing("r1", SEED))).satisfies(o -> {
                assertThat(o.standing()).isEqualTo(Offender.Standing.WARNED);
                assertThat(o.warnedIn()).isEqualTo("r1");
                assertThat(List.of(o.accountId(), o.handle(), o.name())).containsExactly(ALEX.id(), "alex_parent", "Alex Parent");
            });

            dispositions.decide(f.id(), Decision.DISMISS, "Dana Whitley", "not a patient");
            assertThat(ledger.standing("r1", SEED)).isEmpty();

            run(db, "r2", 2);
            assertThat(store.raise(finding(messages), "r2").status()).isEqualTo(Status.DISMISSED);
            assertThat(ledger.standing("r2", SEED)).isEmpty();

            messages.add(TestFindings.from(ALEX, 20, "still coughing"));
            run(db, "r3", 3);
            assertThat(store.raise(finding(messages), "r3").status()).isEqualTo(Status.OPEN);
            Offender o = only(ledger.standing("r3", SEED));
            // The dismissed incident does not count: the new messages are a first incident, so a warning, not a block.
            assertThat(o.incidents()).extracting(Offender.Incident::runId).containsExactly("r3");
            assertThat(o.warnedIn()).isEqualTo("r3");
            assertThat(o.firstIncident()).isEqualTo(Instant.parse("2025-02-20T10:00:00Z"));
            assertThat(new EventLog(db.dataSource()).forFinding(f.id())).extracting(e -> e.action().id() + " " + e.before()
                    + "->" + e.after()).containsExactly("raised null->new", "dismiss new->dismissed", "reopened dismissed->open");

            // Taking the dismissal back counts the old incident again: r1 warned, r3 blocks.
            dispositions.decide(f.id(), Decision.DISMISS, "Dana Whitley", "not a patient");
            dispositions.decide(f.id(), Decision.REOPEN, "Dana Whitley", "it was her son after all");
            o = only(ledger.standing("r3", SEED));
            assertThat(List.of(o.warnedIn(), o.blockedIn())).containsExactly("r1", "r3");
            assertThat(ledger.standing("r1", SEED)).extracting(Offender::blockedIn).containsOnlyNulls();
        }
    }

    @Test
    void aConfirmedFindingKeepsItsStatusAndAnOwnerOnlyReplyIsNoStrike() throws Exception {
        try (TestDatabase db = TestDatabase.open("h2")) {
            FindingStore store = new FindingStore(db.dataSource());
            Ledger ledger = new Ledger(db.dataSource());
            List<Message> messages = new ArrayList<>(List.of(TestFindings.from(ALEX, 3, "fever again")));
            run(db, "r1", 1);
            Finding f = store.raise(finding(messages), "r1");
            new Dispositions(db.dataSource()).decide(f.id(), Decision.CONFIRM, "Dana Whitley", null);

            messages.add(TestFindings.to(ALEX, 4, "please call the office"));
            run(db, "r2", 2);
            assertThat(store.raise(finding(messages), "r2").status()).isEqualTo(Status.CONFIRMED);
            assertThat(only(ledger.standing("r2", SEED)).standing()).isEqualTo(Offender.Standing.WARNED);

            messages.add(TestFindings.from(ALEX, 9, "and now a rash"));
            run(db, "r3", 3);
            assertThat(store.raise(finding(messages), "r3").status()).isEqualTo(Status.CONFIRMED);
            Offender o = only(ledger.standing("r3", SEED));
            assertThat(List.of(o.warnedIn(), o.blockedIn())).containsExactly("r1", "r3");
            assertThat(ledger.blocked("r2", SEED)).isEmpty();
            assertThat(ledger.blocked(null, SEED)).hasSize(1);
            assertThat(o.lastIncident()).isEqualTo(Instant.parse("2025-02-09T10:00:00Z"));
        }
    }

    private static Finding finding(List<Message> messages) {
        return TestFindings.finding(Severity.MEDIUM, false, messages);
    }

    private static void run(TestDatabase db, String id, int day) {
        new RunStore(db.dataSource()).startRun(new RunStore.Run(id, "audit", Instant.parse("2026-01-0" + day + "T03:00:00Z"), null,
                "test-policy-1", List.of("export"), "out"));
    }

    private static Offender only(List<Offender> offenders) {
        assertThat(offenders).hasSize(1);
        return offenders.get(0);
    }
}
