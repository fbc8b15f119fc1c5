package io.phiscan.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * For the tests of other packages: zips found as under a heap that lists one of them at a time
 * ({@link ZipsBeyondTheHeapTogetherTest#HEAP}), and how many times each was listed.
 */
public final class SmallHeapZips {
    /** Messages of each export {@link #export} writes. */
    public static final int MESSAGES = 15;

    private SmallHeapZips() {
    }

    /** A zipped X export of 6,011 entries: its 11 files and 6,000 media files. */
    public static Path export(Path file) throws IOException {
        return ZipsBeyondTheHeapTogetherTest.bigExport(file);
    }

    /** A locator that lists zips as if the heap could hold the listing of one such export at a time. */
    public static ExportLocator locator() {
        return new ExportLocator(ZipLimits.DEFAULT, UnaryOperator.identity(), ZipsBeyondTheHeapTogetherTest.HEAP);
    }

    /** How many times the zip of a tree was listed: once when found, once more each time it was listed again. */
    public static int listings(ExportTree zip) {
        return ((ZipTree) zip).listings();
    }
}
