package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The progress line: files, messages, rate and time left, in the words an operator reads. */
class ProgressTest {

    @Test
    void theTimeLeftFollowsTheRateSoFar() {
        assertThat(Progress.eta(250, 1000, 10)).isEqualTo("ETA 0:30");
        assertThat(Progress.eta(1, 100_000, 2)).isEqualTo("ETA 55:33:18");
        assertThat(Progress.eta(1000, 1000, 10)).isEqualTo("ETA 0:00");
    }

    @Test
    void theTimeLeftIsNotGuessedBeforeThereIsARate() {
        assertThat(Progress.eta(0, 1000, 10)).isEqualTo("ETA -");
        assertThat(Progress.eta(10, 1000, 0.5)).isEqualTo("ETA -");
        assertThat(Progress.eta(10, 0, 10)).isEqualTo("ETA -");
    }

    @Test
    void eachPhaseSaysWhatItCounts() {
        Progress p = new Progress();
        p.enter(Progress.Phase.INGEST, 12, 1_000_000);
        p.fileDone();
        p.record();
        assertThat(p.line()).isEqualTo("ingest: files 1/12, 1 messages read, 0 indexed, - msg/s, ETA -");
        p.indexed(1);
        assertThat(p.line()).startsWith("ingest: files 1/12, 1 messages read, 1 indexed, ").contains(" msg/s, ETA ")
                .doesNotContain("- msg/s");
        p.enter(Progress.Phase.ANNOTATE, 1_000_000, 0);
        p.itemDone();
        p.itemDone();
        assertThat(p.line()).startsWith("annotate: messages 2/1,000,000, ").contains(" msg/s, ETA ");
        p.enter(Progress.Phase.DETECT, 5000, 0);
        p.itemDone();
        assertThat(p.line()).startsWith("detect: exchanges 1/5,000, ");
        p.enter(Progress.Phase.REPORT, 0, 0);
        assertThat(p.line()).isEqualTo("report: writing the run's reports");
        p.enter(Progress.Phase.REPORT, 5, 0);
        p.itemDone();
        p.itemDone();
        assertThat(p.line()).isEqualTo("report: writing the run's reports, 2 of 5 outputs written");
    }

    @Test
    void theIngestTimeLeftCountsWhatIsReadButNotYetIndexed() {
        // every file read, half of the records through: the other half at the rate so far, not ETA 0:00
        assertThat(Progress.ingestEta(20_000, 10_000, 1_000, 1_000, 10)).isEqualTo("ETA 0:10");
        // half the bytes read: as many records again to read
        assertThat(Progress.ingestEta(10_000, 5_000, 500, 1_000, 10)).isEqualTo("ETA 0:30");
        // nothing through yet (the first chunks are being annotated): no rate, no time left
        assertThat(Progress.ingestEta(20_000, 0, 1_000, 1_000, 10)).isEqualTo("ETA -");
        assertThat(Progress.ingestEta(0, 0, 0, 1_000, 10)).isEqualTo("ETA -");
    }

    @Test
    void aRecordSkippedIsThroughButNotIndexed() {
        Progress p = new Progress();
        p.enter(Progress.Phase.INGEST, 1, 1_000);
        p.record();
        p.record();
        p.skipped();
        p.bytesRead(1_000);
        p.fileDone();
        // the skipped record gives the step a rate before any chunk is indexed
        assertThat(p.line()).startsWith("ingest: files 1/1, 2 messages read, 0 indexed, ").doesNotContain("- msg/s");
    }

    @Test
    void anIngestOnWorkersCountsTheRecordsOfTheirCommittedChunks() {
        Progress p = new Progress();
        p.enter(Progress.Phase.INGEST, 12, 0);
        p.recordsOnWorkers(40_000);
        assertThat(p.line()).startsWith("ingest: files 0/12, 40,000 messages, ").contains(" msg/s, ETA -");
    }

    @Test
    void checkingTellsNoTimeLeftBeforeEveryExportIsListed() {
        Progress p = new Progress();
        p.enterChecking(3);
        p.add(2, 2_000);
        p.exportListed();
        p.bytesRead(2_000);
        p.fileDone();
        p.fileDone();
        // two files of one export hashed, two exports not listed yet: their files are not counted
        assertThat(p.line()).isEqualTo("checking exports: 1/3 listed, files 2/2, ETA -");
        p.add(1, 1_000);
        p.exportListed();
        p.exportListed();
        assertThat(p.line()).startsWith("checking exports: files 2/3, ETA ");
    }
}
