package io.phiscan.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.ingest.Export;
import io.phiscan.ingest.ExportLocator;
import io.phiscan.ingest.ExportTree;
import io.phiscan.ingest.IngestRecord;
import io.phiscan.ingest.RecordCursor;
import io.phiscan.ingest.SmallHeapZips;
import io.phiscan.review.PartLedger;
import io.phiscan.review.PartLedger.Mode;
import io.phiscan.review.PartLedger.Part;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A folder of zips that the heap cannot list together: each zip was listed four times by an
 * audit (found, its parts stamped, hashed, read), seconds each for a zip of many entries. Its
 * parts are now stamped and hashed while it is listed once: three times in all.
 */
class ZipListedOncePerPassTest {

    @Test
    void aZipBeyondTheHeapIsListedToBeFoundPlannedAndRead(@TempDir Path tmp) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("exports"));
        for (String name : List.of("a.zip", "b.zip", "c.zip")) {
            SmallHeapZips.export(folder.resolve(name));
        }
        Workspace ws = Workspace.at(tmp.resolve("ws"));
        try (ConfigurableApplicationContext context = BatchApplication.start(ws);
                ExportLocator locator = SmallHeapZips.locator().locate(List.of(folder))) {
            List<Export> exports = locator.exports();
            assertThat(exports).hasSize(3);
            assertThat(exports).allSatisfy(e -> assertThat(SmallHeapZips.listings(locator.tree(e))).isEqualTo(1));

            List<Part> plan = new IngestPlanner(context.getBean(PartLedger.class), new Progress())
                    .newPlan("run", exports, locator::tree, false).parts();
            assertThat(plan).filteredOn(p -> p.mode() != Mode.EXPORT).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.mode()).isEqualTo(Mode.READ))
                    .allSatisfy(p -> assertThat(p.sha256()).hasSize(64));
            assertThat(exports).allSatisfy(e -> assertThat(SmallHeapZips.listings(locator.tree(e))).isEqualTo(2));

            // as the ingest units read them: one export after another, its zip held
            for (IngestPlanner.Planned planned : IngestPlanner.follow(plan, exports)) {
                int read = 0;
                try (ExportTree.Hold held = locator.tree(planned.export()).hold()) {
                    for (Part p : planned.parts()) {
                        try (RecordCursor cursor = planned.export().open(p.part())) {
                            for (IngestRecord r = cursor.next(); r != null; r = cursor.next()) {
                                read += r instanceof IngestRecord.Read ? 1 : 0;
                            }
                        }
                    }
                }
                assertThat(read).isEqualTo(SmallHeapZips.MESSAGES);
            }
            assertThat(exports).allSatisfy(e -> assertThat(SmallHeapZips.listings(locator.tree(e))).isEqualTo(3));
        }
    }
}
