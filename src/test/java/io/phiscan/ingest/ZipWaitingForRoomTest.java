package io.phiscan.ingest;

import static io.phiscan.ingest.ZipsBeyondTheHeapTogetherTest.HEAP;
import static io.phiscan.ingest.ZipsBeyondTheHeapTogetherTest.bigExport;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A zip waiting for the room another zip's listing takes of the heap waited for as long as a file
 * of that zip stayed open: one left open by mistake kept it waiting for ever, and the audit with
 * it. It now waits a long while ({@code phiscan.zips.wait-minutes}), then is not read, and says why.
 */
class ZipWaitingForRoomTest {

    @Test
    void aZipWaitingForTheRoomOfAFileLeftOpenGivesUpAndSaysWhy(@TempDir Path tmp) throws Exception {
        Path a = bigExport(tmp.resolve("a.zip"));
        Path b = bigExport(tmp.resolve("b.zip"));
        Duration before = ListingBudget.PROCESS.waitAtMost(Duration.ofSeconds(1));
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (ZipTree first = ZipTree.open(a, ZipLimits.DEFAULT, "a.zip", HEAP);
                ZipTree second = ZipTree.open(b, ZipLimits.DEFAULT, "b.zip", HEAP)) {
            InputStream leftOpen = first.open("data/tweets.js");
            Future<Throwable> waited = other.submit(() -> {
                try (ExportTree.Hold held = second.hold()) {
                    return null;
                } catch (ArchiveFormatException e) {
                    return e;
                }
            });
            assertThat(waited.get(30, TimeUnit.SECONDS)).isInstanceOf(ArchiveFormatException.class)
                    .extracting(e -> ((ArchiveFormatException) e).reason()).isEqualTo("waited 1 second for memory to list "
                            + "the zip b.zip (its 6011 entries): the zips being read kept the room all that time (a file "
                            + "of one left open?); not read (-Dphiscan.zips.wait-minutes=N waits longer)");
            leftOpen.close();
            // the room given back, the zip is listed
            assertThat(other.submit(() -> second.entries().size()).get(30, TimeUnit.SECONDS)).isEqualTo(6_011);
        } finally {
            other.shutdownNow();
            ListingBudget.PROCESS.waitAtMost(before);
        }
    }
}
