package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phiscan.index.MessageIndex;
import io.phiscan.model.Platform;
import io.phiscan.review.RunStore;
import io.phiscan.review.Schema;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.test.MetaDataInstanceFactory;

/** Records read = messages indexed + records skipped + encrypted, per export, or the run fails. */
class ReconciliationTest {
    private RunStore runs;

    @BeforeEach
    void store() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:reconcile-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Schema.create(h2);
        runs = new RunStore(h2);
        runs.startRun(new RunStore.Run("R1", "audit", Instant.parse("2026-11-26T00:00:00Z"), null, "p", List.of("/in"), "/out"));
        runs.addInput("R1", "/in/x.zip", Platform.TWITTER, "DrNoraVance", "x-2022", List.of());
        runs.addInput("R1", "/in/linkedin", Platform.LINKEDIN, "nora-vance-md", "linkedin-2024", List.of());
        runs.count("R1", "/in/x.zip", 27, 0, 4);
        runs.count("R1", "/in/linkedin", 12, 1, 0);
    }

    private static Map<String, Long> read(long x, long linkedin) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("/in/x.zip", x);
        m.put("/in/linkedin", linkedin);
        return m;
    }

    @Test
    void balancedExportsPass() {
        Reconciliation.check(read(31, 13), runs.inputs("R1"));
    }

    @Test
    void aRecordLostBetweenReadingAndTheIndexFailsTheRunNamingTheExport() {
        assertThatThrownBy(() -> Reconciliation.check(read(31, 14), runs.inputs("R1")))
                .isInstanceOf(Reconciliation.MismatchException.class)
                .hasMessage("the run does not reconcile (records read = messages indexed + records skipped + encrypted): "
                        + "/in/linkedin: 14 records read, but 12 messages indexed + 1 skipped + 0 encrypted = 13");
    }

    @Test
    void anExportReadButNotRecordedOrRecordedButNotReadFails() {
        Map<String, Long> read = read(31, 13);
        read.remove("/in/linkedin");
        read.put("/in/other", 2L);
        assertThatThrownBy(() -> Reconciliation.check(read, runs.inputs("R1")))
                .hasMessageEndingWith("/in/other: 2 records read, but the export is not recorded in the run; "
                        + "/in/linkedin: recorded in the run but not read");
    }

    @Test
    void theCountsSurviveTheTripThroughTheStepContext() {
        assertThat(Reconciliation.parse(Reconciliation.format(read(31, 13)))).isEqualTo(read(31, 13));
    }

    @Test
    void theReconcileStepFailsOnAMismatchAndPassesOtherwise(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        StepExecution step = MetaDataInstanceFactory.createStepExecution();
        ChunkContext chunk = new ChunkContext(new StepContext(step));
        try (MessageIndex index = MessageIndex.openForWriting(tmp, 16)) {
            ReconcileTasklet tasklet = new ReconcileTasklet(runs, "R1", index);
            step.getJobExecution().getExecutionContext().putString(Reconciliation.READ_KEY,
                    Reconciliation.format(read(30, 13)));
            assertThatThrownBy(() -> tasklet.execute(new StepContribution(step), chunk))
                    .isInstanceOf(Reconciliation.MismatchException.class).hasMessageContaining("/in/x.zip: 30 records read");
        }
        try (MessageIndex index = MessageIndex.openForWriting(tmp, 16)) {
            assertThat(index.readBy()).as("a run that does not reconcile is not recorded as held whole").isEmpty();
            ReconcileTasklet tasklet = new ReconcileTasklet(runs, "R1", index);
            step.getJobExecution().getExecutionContext().putString(Reconciliation.READ_KEY,
                    Reconciliation.format(read(31, 13)));
            assertThat(tasklet.execute(new StepContribution(step), chunk)).isEqualTo(RepeatStatus.FINISHED);
        }
        try (MessageIndex index = MessageIndex.openForWriting(tmp, 16)) {
            assertThat(index.readBy()).isEqualTo("R1");
        }
    }
}
