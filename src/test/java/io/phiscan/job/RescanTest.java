package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phiscan.cli.Cli;
import io.phiscan.index.IndexSearch;
import io.phiscan.review.FindingHistory;
import io.phiscan.review.ReviewInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/** A rescan applies a new policy to everything indexed, without any export. */
class RescanTest {
    @TempDir
    Path tmp;

    @Test
    void aStricterPolicyChangesFindingsWithTheExportsGone() throws Exception {
        Path exports = Exports.sample(tmp.resolve("exports"));
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        RunOutcome audit = new AuditLauncher(ws).run(new AuditLauncher.Request(List.of(exports), null, null, null));
        FileSystemUtils.deleteRecursively(exports);
        Path strict = Files.writeString(tmp.resolve("strict.yaml"), """
                version: "strict-1"
                severity:
                  high: 3.0
                  medium: 1.0
                lexicon:
                  symptom:
                    - pollen
                """);

        RunOutcome rescan = new RescanLauncher(ws, m -> { }).run(new RescanLauncher.Request(strict, null, null, null, null));

        assertThat(Files.exists(exports)).isFalse();
        assertThat(rescan.completed()).isTrue();
        assertThat(rescan.kind()).isEqualTo("rescan");
        assertThat(rescan.inputs()).isEmpty();
        assertThat(rescan.changes()).containsKey(FindingHistory.Change.SEVERITY);
        JsonNode before = Exports.findings(audit.out());
        JsonNode after = Exports.findings(rescan.out());
        assertThat(after).isNotEqualTo(before);
        assertThat(after.findValuesAsString("severity")).containsOnly("high");
        assertThat(after.findValuesAsString("policy")).containsOnly("strict-1");
        assertThat(Exports.json(rescan.out()).at("/run/notes").toString())
                .contains("with another severity (F-").contains("medium>high")
                .contains("messages got new signals; no export was read");
        // the new lexicon word is found again in the indexed message: annotation ran over the index
        assertThat(after.findValues("signals").stream().flatMap(s -> s.valueStream()).map(s -> s.get("text").asString()))
                .contains("pollen");
        try (IndexSearch search = IndexSearch.open(ws.index())) {
            assertThat(search.count()).isEqualTo(Exports.SAMPLE_MESSAGES);
            // only the one message that says "pollen" got new signals, and was written again
            assertThat(search.countWrittenBy(List.of(rescan.runId()))).isEqualTo(1);
            assertThat(search.count("pollen AND run:" + rescan.runId())).isEqualTo(1);
        }
    }

    /**
     * A counterpart allowlisted, then taken off the allowlist: their two findings are no longer
     * raised, then raised again, each with the status the officer gave it, and the reports show
     * every finding again.
     */
    @Test
    void findingsNoLongerRaisedAreRaisedAgainWithTheirStatus() throws Exception {
        Path exports = Exports.sample(tmp.resolve("exports"));
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        RunOutcome audit = new AuditLauncher(ws).run(new AuditLauncher.Request(List.of(exports), null, null, null));
        List<String> maria = new ArrayList<>();
        Exports.findings(audit.out()).forEach(f -> {
            if (f.at("/counterparts/0/handle").asString("").equals("maria_g_1987")) {
                maria.add(f.get("id").asString());
            }
        });
        assertThat(maria).hasSize(2);
        assertThat(Cli.run("review", "confirm", maria.get(0), "--by", "Dana Whitley", "--reason", "a patient's question",
                "--workspace", ws.root().toString()).exitCode()).isZero();
        Path allowed = Files.writeString(tmp.resolve("allowed.yaml"), """
                version: "allowed-1"
                allowlist:
                  accounts:
                    - twitter:maria_g_1987
                """);

        RunOutcome without = new RescanLauncher(ws, m -> { }).run(new RescanLauncher.Request(allowed, null, null, null, null));
        RunOutcome back = new RescanLauncher(ws, m -> { }).run(new RescanLauncher.Request(null, null, null, null, null));

        assertThat(without.changes()).containsExactly(Map.entry(FindingHistory.Change.NO_LONGER_RAISED, 2));
        assertThat(Exports.findings(without.out()).findValuesAsString("id")).doesNotContainAnyElementsOf(maria);
        assertThat(back.changes()).containsExactly(Map.entry(FindingHistory.Change.RAISED_AGAIN, 2));
        JsonNode after = Exports.findings(back.out());
        assertThat(after.findValuesAsString("id")).containsExactlyInAnyOrderElementsOf(
                Exports.findings(audit.out()).findValuesAsString("id"));
        after.forEach(f -> {
            if (f.get("id").asString().equals(maria.get(0))) {
                assertThat(f.get("status").asString()).isEqualTo("confirmed");
            }
        });
    }

    @Test
    void aRescanWithTheSamePolicyChangesNothing() throws Exception {
        Path exports = Exports.sample(tmp.resolve("exports"));
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        RunOutcome audit = new AuditLauncher(ws).run(new AuditLauncher.Request(List.of(exports), null, null, null));

        RunOutcome rescan = new RescanLauncher(ws, m -> { }).run(new RescanLauncher.Request(null, null, null, null, null));

        assertThat(rescan.changes()).isEmpty();
        assertThat(Exports.findings(rescan.out())).isEqualTo(Exports.findings(audit.out()));
        // the index says this build annotated every message under this policy: only the exchanges
        // that can be findings are scored again, and no message is written
        long scored = Repository.readCount(ws, RescanJobConfiguration.NAME, rescan.runId(), "detect");
        assertThat(scored).isGreaterThanOrEqualTo(Exports.SAMPLE_FINDINGS).isLessThan(13);

        RunOutcome again = new RescanLauncher(ws, m -> { })
                .run(new RescanLauncher.Request(null, null, null, null, null, true));

        assertThat(again.changes()).isEmpty();
        assertThat(Exports.findings(again.out())).isEqualTo(Exports.findings(audit.out()));
        try (IndexSearch search = IndexSearch.open(ws.index())) {
            // asked to, the rescan annotated every message again, found their signals unchanged,
            // and scored the same exchanges as the first
            assertThat(Repository.readCount(ws, RescanJobConfiguration.NAME, again.runId(), "annotate"))
                    .isEqualTo(search.count());
            assertThat(Repository.readCount(ws, RescanJobConfiguration.NAME, again.runId(), "detect")).isEqualTo(scored);
            assertThat(search.countWrittenBy(List.of(rescan.runId(), again.runId()))).isZero();
        }
    }

    @Test
    void aPolicyThatOnlyScoresOtherwiseIsAppliedWithoutAnnotatingAgain() throws Exception {
        Path exports = Exports.sample(tmp.resolve("exports"));
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        new AuditLauncher(ws).run(new AuditLauncher.Request(List.of(exports), null, null, null));
        Path policy = tmp.resolve("policy.yaml");
        Files.writeString(policy, """
                version: "p-1"
                lexicon:
                  symptom:
                    - pollen
                """);
        RunOutcome first = new RescanLauncher(ws, m -> { }).run(new RescanLauncher.Request(policy, null, null, null, null));
        // the officer lowers the thresholds and says so in the label: no word, phone or rule changes
        Files.writeString(policy, """
                version: "p-2"
                severity:
                  high: 3.0
                  medium: 1.0
                lexicon:
                  symptom:
                    - pollen
                """);

        RunOutcome lower = new RescanLauncher(ws, m -> { }).run(new RescanLauncher.Request(policy, null, null, null, null));

        try (IndexSearch search = IndexSearch.open(ws.index())) {
            assertThat(Repository.readCount(ws, RescanJobConfiguration.NAME, first.runId(), "annotate")).isEqualTo(search.count());
        }
        assertThat(Repository.readCount(ws, RescanJobConfiguration.NAME, lower.runId(), "annotate")).isZero();
        assertThat(lower.changes()).containsKey(FindingHistory.Change.SEVERITY);
        assertThat(Exports.findings(lower.out()).findValuesAsString("policy")).containsOnly("p-2");
        // the same as annotating every message again under it
        RunOutcome again = new RescanLauncher(ws, m -> { })
                .run(new RescanLauncher.Request(policy, null, null, null, null, true));
        assertThat(again.changes()).isEmpty();
        assertThat(Exports.findings(again.out())).isEqualTo(Exports.findings(lower.out()));
    }

    @Test
    void aRosterAccountWithoutANameIsAppliedWithoutAnnotatingAgain() throws Exception {
        Path exports = Exports.sample(tmp.resolve("exports"));
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        new AuditLauncher(ws).run(new AuditLauncher.Request(List.of(exports), null, null, null));
        Path policy = Files.writeString(tmp.resolve("policy.yaml"), """
                version: "r-1"
                severity:
                  known-patient: high
                roster: roster.csv
                """);
        Path roster = Files.writeString(tmp.resolve("roster.csv"), "platform,account,name\ntwitter,@jwhitfield_runs,James Whitfield\n");
        RunOutcome first = new RescanLauncher(ws, m -> { }).run(new RescanLauncher.Request(policy, null, null, null, null));
        // the officer adds Mateo's mother (sample exchange 4) by her account id, without her name
        Files.writeString(policy, Files.readString(policy).replace("r-1", "r-2"));
        Files.writeString(roster, "platform,account,name\ntwitter,1620458391726641152,\ntwitter,@jwhitfield_runs,James Whitfield\n");

        RunOutcome known = new RescanLauncher(ws, m -> { }).run(new RescanLauncher.Request(policy, null, null, null, null));

        try (IndexSearch search = IndexSearch.open(ws.index())) {
            assertThat(Repository.readCount(ws, RescanJobConfiguration.NAME, first.runId(), "annotate")).isEqualTo(search.count());
        }
        assertThat(Repository.readCount(ws, RescanJobConfiguration.NAME, known.runId(), "annotate")).isZero();
        assertThat(known.changes()).containsKey(FindingHistory.Change.SEVERITY);
        assertThat(severityOf(Exports.findings(first.out()), "1620458391726641152")).isEqualTo("medium");
        assertThat(severityOf(Exports.findings(known.out()), "1620458391726641152")).isEqualTo("high");
        // the same as annotating every message again under it
        RunOutcome again = new RescanLauncher(ws, m -> { })
                .run(new RescanLauncher.Request(policy, null, null, null, null, true));
        assertThat(again.changes()).isEmpty();
        assertThat(Exports.findings(again.out())).isEqualTo(Exports.findings(known.out()));
    }

    /** The severity of the one finding whose counterpart has this account id. */
    private static String severityOf(JsonNode findings, String counterpartId) {
        List<String> severities = findings.valueStream()
                .filter(f -> f.get("counterparts").valueStream().anyMatch(c -> counterpartId.equals(c.get("id").asString())))
                .map(f -> f.get("severity").asString()).toList();
        assertThat(severities).hasSize(1);
        return severities.get(0);
    }

    @Test
    void aPolicyWithABadLedgerIsRefusedBeforeTheRescanStarts() throws Exception {
        Workspace ws = Workspace.at(tmp.resolve("empty"));
        Path policy = Files.writeString(tmp.resolve("p.yaml"), "version: v1\nledger:\n  warnAfter: 0\n");

        assertThatThrownBy(() -> new RescanLauncher(ws, m -> { }).run(new RescanLauncher.Request(policy, null, null, null, null)))
                .isInstanceOf(ReviewInputException.class).hasMessage(policy + ": ledger.warnAfter must be 1 or more");
    }

    @Test
    void aWorkspaceWithoutAnIndexHasNothingToRescan() {
        Workspace ws = Workspace.at(tmp.resolve("empty"));
        assertThatThrownBy(() -> new RescanLauncher(ws, m -> { }).run(new RescanLauncher.Request(null, null, null, null, null)))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("run an audit first");
    }
}
