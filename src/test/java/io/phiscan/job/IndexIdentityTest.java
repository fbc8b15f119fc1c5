package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phiscan.index.DamagedIndexException;
import io.phiscan.index.IndexSearch;
import io.phiscan.review.RunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The index and the database of a workspace describe each other: an export is carried unchanged
 * only into the index its earlier audit wrote, an index the database knows nothing of is read
 * and scored again in full, and a damaged index is named as such.
 */
class IndexIdentityTest {
    @TempDir
    Path tmp;

    private RunOutcome audit(Workspace ws, Path input) throws Exception {
        return new AuditLauncher(ws).run(new AuditLauncher.Request(List.of(input), null, null, null, false, null, null));
    }

    private static int indexed(Workspace ws) throws Exception {
        try (IndexSearch search = IndexSearch.open(ws.index())) {
            return search.count();
        }
    }

    private static void delete(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /** An index removed held nothing, yet every export was carried as unchanged into its empty successor. */
    @Test
    void everyExportIsReadAgainIntoAnIndexThatReplacedTheOneItWasReadInto() throws Exception {
        Path x = Exports.sample(tmp.resolve("x"));
        Path linkedin = Exports.copy(Path.of("sample-data/linkedin/Complete_LinkedInDataExport_11-20-2026"),
                tmp.resolve("li/Complete_LinkedInDataExport_11-20-2026"));
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        audit(ws, x);
        RunOutcome firstLinkedIn = audit(ws, linkedin);
        int before = indexed(ws);

        delete(ws.index());
        RunOutcome xAgain = audit(ws, x);
        RunOutcome linkedInAgain = audit(ws, linkedin);

        assertThat(xAgain.read()).isEqualTo(Exports.SAMPLE_RECORDS);
        assertThat(xAgain.unchangedExports()).isZero();
        // the second export's rows are of the index removed too, though the index is not empty any more
        assertThat(linkedInAgain.read()).isEqualTo(firstLinkedIn.read()).isPositive();
        assertThat(linkedInAgain.unchangedExports()).isZero();
        assertThat(indexed(ws)).isEqualTo(before);
        assertThat(Exports.json(linkedInAgain.out()).at("/run/notes").toString())
                .contains("read again: the workspace's index does not hold what earlier audits read from this export");
        assertThat(audit(ws, linkedin).read()).as("then carried again").isZero();
    }

    /** A database lost or restored: the messages the index held were not written again, and no exchange was scored. */
    @Test
    void anIndexTheDatabaseRecordsNoAuditIntoIsReadAndScoredInFull() throws Exception {
        Path x = Exports.sample(tmp.resolve("x"));
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        RunOutcome first = audit(ws, x);

        delete(tmp.resolve("ws/db"));
        RunOutcome again = audit(ws, x);

        assertThat(again.read()).isEqualTo(Exports.SAMPLE_RECORDS);
        assertThat(Exports.findings(again.out())).hasSize(Exports.SAMPLE_FINDINGS);
        assertThat(Exports.findings(again.out()).findValuesAsString("id"))
                .containsExactlyElementsOf(Exports.findings(first.out()).findValuesAsString("id"));
        assertThat(audit(ws, x).read()).isZero();
    }

    private static void copyTree(Path from, Path to) throws Exception {
        Exports.copy(from, to);
    }

    private static final String FEVER = "Hi Dr. Okafor, you saw my daughter Ava on Monday. Her fever is 103 tonight, "
            + "should I give her more ibuprofen?";

    /** A database restored from the day before: the night's new finding was lost, its message being indexed already. */
    @Test
    void aDatabaseRestoredFromBeforeTheIndexsLastAuditIsAuditedInFull() throws Exception {
        Path x = Exports.sample(tmp.resolve("x"));
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        audit(ws, x);
        copyTree(tmp.resolve("ws/db"), tmp.resolve("db-backup"));
        Exports.addDirectMessage(x, "4000000001", "2001000000000000001", FEVER);
        RunOutcome grown = audit(ws, x);
        assertThat(grown.findings()).hasSize(Exports.SAMPLE_FINDINGS + 1);

        delete(tmp.resolve("ws/db"));
        copyTree(tmp.resolve("db-backup"), tmp.resolve("ws/db"));
        RunOutcome afterRestore = audit(ws, x);

        assertThat(afterRestore.read()).isEqualTo(Exports.SAMPLE_RECORDS + 1);
        assertThat(afterRestore.findings()).hasSize(Exports.SAMPLE_FINDINGS + 1);
        assertThat(Exports.findings(afterRestore.out()).findValuesAsString("id"))
                .containsExactlyInAnyOrderElementsOf(Exports.findings(grown.out()).findValuesAsString("id"));
    }

    /** An index restored from the day before: the night's new message was carried as read, and was in no index. */
    @Test
    void aPartReadAfterTheStateARestoredIndexHoldsIsReadAgain() throws Exception {
        Path x = Exports.sample(tmp.resolve("x"));
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        audit(ws, x);
        copyTree(ws.index(), tmp.resolve("index-backup"));
        Exports.addDirectMessage(x, "4000000001", "2001000000000000001", FEVER);
        audit(ws, x);

        delete(ws.index());
        copyTree(tmp.resolve("index-backup"), ws.index());
        RunOutcome afterRestore = audit(ws, x);

        assertThat(afterRestore.read()).as("the grown file, read after the index's state").isPositive();
        assertThat(indexed(ws)).isEqualTo(Exports.SAMPLE_MESSAGES + 1);
        try (IndexSearch search = IndexSearch.open(ws.index())) {
            assertThat(search.count("ibuprofen")).isEqualTo(1);
        }
        assertThat(Exports.json(afterRestore.out()).at("/run/notes").toString())
                .contains("read again: the workspace's index does not hold what earlier audits read from this export");
        assertThat(audit(ws, x).read()).as("then carried again").isZero();
    }

    @Test
    void runIdsAreOrderedAsTheRunsBegan() {
        assertThat(List.of("20261127T060011Z-10", "20261127T060012Z", "20261127T060011Z", "20261127T060011Z-2")
                .stream().sorted(IngestPlanner::inOrder).toList())
                .containsExactly("20261127T060011Z", "20261127T060011Z-2", "20261127T060011Z-10", "20261127T060012Z");
    }

    /** The index and the runs of a workspace written before indexes had an identity are each other's. */
    @Test
    void anIndexWithoutIdentityIsTheIndexOfTheRunsThatRecordedNone() throws Exception {
        Path x = Exports.sample(tmp.resolve("x"));
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        audit(ws, x);
        try (ConfigurableApplicationContext context = BatchApplication.start(ws)) {
            new JdbcTemplate(context.getBean(javax.sql.DataSource.class)).update("UPDATE phiscan_run SET index_id = NULL");
        }
        try (FSDirectory dir = FSDirectory.open(ws.index());
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.setLiveCommitData(java.util.Map.<String, String>of().entrySet());
            writer.commit();
        }

        RunOutcome again = audit(ws, x);

        assertThat(again.read()).isZero();
        assertThat(again.unchangedExports()).isEqualTo(1);
        try (ConfigurableApplicationContext context = BatchApplication.start(ws)) {
            assertThat(new JdbcTemplate(context.getBean(javax.sql.DataSource.class))
                    .queryForObject("SELECT COUNT(*) FROM phiscan_run WHERE index_id IS NULL", Integer.class)).isZero();
            assertThat(context.getBean(RunStore.class).runs()).hasSize(2);
        }
    }

    /** A segment file gone failed the run in its detect step, and every retry the same way ("run the same command again"). */
    @Test
    void aDamagedIndexIsNamedWhenTheWorkspaceOpensAndWhatHelpsIsSaid() throws Exception {
        Path x = Exports.sample(tmp.resolve("x"));
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        audit(ws, x);
        Path segment;
        try (Stream<Path> files = Files.list(ws.index())) {
            segment = files.filter(f -> f.getFileName().toString().matches("_.*\\.(cfs|fdt)")).findFirst().orElseThrow();
        }
        Files.delete(segment);

        assertThatThrownBy(() -> audit(ws, x)).isInstanceOf(DamagedIndexException.class)
                .hasMessageStartingWith("the index at " + ws.index() + " is damaged and cannot be read (NoSuchFileException: ")
                .hasMessageContaining("run phiscan audit --full over the exports to build it again");
        // the workspace is not left locked
        Files.move(ws.index(), tmp.resolve("index-damaged"));
        assertThat(new AuditLauncher(ws).run(new AuditLauncher.Request(List.of(x), null, null, null, true, null, null)).read())
                .isEqualTo(Exports.SAMPLE_RECORDS);
    }
}
