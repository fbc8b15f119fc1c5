package io.phiscan.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Author;
import io.phiscan.model.Finding;
import io.phiscan.model.Severity;
import io.phiscan.model.Status;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A finding raised again by later runs: seen by each, its reviewed status kept, its changes stored. */
class FindingStoreTest {
    private static final Author ALEX = new Author("2000000000000000001", "alex_parent", "Alex Parent");

    private static Finding fever(Severity severity) {
        return TestFindings.finding(severity, true, List.of(TestFindings.from(ALEX, 3, "fever again"),
                TestFindings.to(ALEX, 3, "give him more")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void aFindingRaisedAgainIsSeenByEachRunAndKeepsItsReviewedStatus(String database) {
        try (TestDatabase db = TestDatabase.open(database)) {
            FindingStore store = new FindingStore(db.dataSource());
            Finding f = store.raise(fever(Severity.MEDIUM), "r1");

            store.raise(fever(Severity.MEDIUM), "r2");
            assertThat(store.find(f.id())).hasValueSatisfying(s -> {
                assertThat(s.finding()).isEqualTo(f);
                assertThat(s.firstSeenRun()).isEqualTo("r1");
                assertThat(s.lastSeenRun()).isEqualTo("r2");
            });

            new Dispositions(db.dataSource()).decide(f.id(), Decision.CONFIRM, "Dana Whitley", null);
            for (String run : List.of("r3", "r4")) {
                assertThat(store.raise(fever(Severity.MEDIUM), run).status()).isEqualTo(Status.CONFIRMED);
                assertThat(store.find(f.id())).hasValueSatisfying(s -> {
                    assertThat(s.finding()).isEqualTo(f.withStatus(Status.CONFIRMED));
                    assertThat(s.lastSeenRun()).isEqualTo(run);
                });
            }

            store.raise(fever(Severity.HIGH), "r5");
            assertThat(store.find(f.id())).hasValueSatisfying(s -> {
                assertThat(s.finding().severity()).isEqualTo(Severity.HIGH);
                assertThat(s.finding().score()).isEqualTo(8.0);
                assertThat(s.finding().status()).isEqualTo(Status.CONFIRMED);
                assertThat(s.lastSeenRun()).isEqualTo("r5");
            });
            assertThat(store.raisedIn("r5")).extracting(s -> s.finding().id()).containsExactly(f.id());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
