package io.phiscan.ingest;

import static io.phiscan.ingest.ZipsBeyondTheHeapTogetherTest.HEAP;
import static io.phiscan.ingest.ZipsBeyondTheHeapTogetherTest.bigExport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A zip let go for another zip's listing, then rewritten or removed before it was listed again,
 * answered as if it held nothing: no entries, no such file. Recognizing it then found "a zip that
 * is not a known export (0 files; at the top: )", which is not what happened. What needs its
 * listing now fails with the zip's name and why, and the zip is listed with that reason (the
 * skipped.csv row "not read: …").
 */
class ZipChangedBeforeListedAgainTest {

    @Test
    void aZipReplacedWhileItIsRecognizedIsListedWithTheReason(@TempDir Path tmp) throws IOException {
        Path a = bigExport(tmp.resolve("a.zip"));
        Path b = bigExport(tmp.resolve("b.zip"));
        List<ExportLocator.Unrecognized> seen = locateChangingMidway(a, b,
                () -> Files.copy(Fixtures.path("twitter/current-2024.zip"), a, StandardCopyOption.REPLACE_EXISTING));
        assertThat(seen).singleElement().satisfies(u -> {
            assertThat(u.path()).isEqualTo(a);
            assertThat(u.seen()).isEqualTo("the zip " + a + " was rewritten or replaced after this run first read it: "
                    + "not read again (the next audit reads it)");
        });
    }

    @Test
    void aZipRemovedWhileItIsRecognizedIsListedWithTheReason(@TempDir Path tmp) throws IOException {
        Path a = bigExport(tmp.resolve("a.zip"));
        Path b = bigExport(tmp.resolve("b.zip"));
        List<ExportLocator.Unrecognized> seen = locateChangingMidway(a, b, () -> Files.delete(a));
        assertThat(seen).singleElement().satisfies(u -> {
            assertThat(u.path()).isEqualTo(a);
            assertThat(u.seen()).isEqualTo("the zip " + a + " was removed or moved after this run first read it: "
                    + "not read (the next audit that finds it reads it)");
        });
    }

    @Test
    void theEntriesOfAZipRewrittenSinceItWasLetGoAreAnErrorNotNone(@TempDir Path tmp) throws IOException {
        Path a = bigExport(tmp.resolve("a.zip"));
        Path b = bigExport(tmp.resolve("b.zip"));
        try (ZipTree first = ZipTree.open(a, ZipLimits.DEFAULT, "a.zip", HEAP)) {
            assertThat(first.entries()).hasSize(6_011);
            // the first is let go for the second, then rewritten
            ZipTree.open(b, ZipLimits.DEFAULT, "b.zip", HEAP).close();
            Files.copy(Fixtures.path("twitter/current-2024.zip"), a, StandardCopyOption.REPLACE_EXISTING);
            assertThatThrownBy(first::entries).isInstanceOf(ArchiveFormatException.class)
                    .hasMessage("(file a.zip) the zip a.zip was rewritten or replaced after this run first read it: "
                            + "not read again (the next audit reads it)");
            assertThatThrownBy(() -> first.exists("data/tweets.js")).isInstanceOf(ArchiveFormatException.class);
            assertThat(first.size("data/tweets.js")).isEqualTo(-1);
        }
    }

    /**
     * Locates {@code a} under a heap that lists one of the two zips at a time: as its export is
     * first looked for, {@code b} is listed (which lets {@code a} go) and {@code change} is made.
     */
    private static List<ExportLocator.Unrecognized> locateChangingMidway(Path a, Path b, Change change) throws IOException {
        AtomicBoolean changed = new AtomicBoolean();
        UnaryOperator<ExportTree> view = tree -> new Forwarding(tree) {
            @Override
            void before() {
                if (!changed.getAndSet(true)) {
                    try {
                        ZipTree.open(b, ZipLimits.DEFAULT, "b.zip", HEAP).close();
                        change.make();
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        };
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT, view, HEAP).locate(List.of(a))) {
            assertThat(changed).isTrue();
            assertThat(locator.exports()).isEmpty();
            return locator.unrecognized();
        }
    }

    private interface Change {
        void make() throws IOException;
    }

    /** A tree that runs {@link #before} as its entries are first asked for. */
    private abstract static class Forwarding implements ExportTree {
        private final ExportTree tree;

        Forwarding(ExportTree tree) {
            this.tree = tree;
        }

        abstract void before();

        @Override
        public String displayName() {
            return tree.displayName();
        }

        @Override
        public List<String> entries() {
            before();
            return tree.entries();
        }

        @Override
        public boolean exists(String entry) {
            before();
            return tree.exists(entry);
        }

        @Override
        public List<String> entriesUnder(String prefix) {
            before();
            return tree.entriesUnder(prefix);
        }

        @Override
        public InputStream open(String entry) throws IOException {
            return tree.open(entry);
        }

        @Override
        public long size(String entry) {
            return tree.size(entry);
        }

        @Override
        public void close() throws IOException {
            tree.close();
        }
    }
}
