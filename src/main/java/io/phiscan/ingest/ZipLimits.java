package io.phiscan.ingest;

/**
 * Bounds for untrusted zip files.
 *
 * @param maxEntries the most entries a zip may list
 * @param maxEntryBytes the most bytes one entry may expand to when read
 * @param maxRatio the largest expansion ratio (bytes read per compressed byte) tolerated for an
 *     entry once it has expanded past {@code ratioFloorBytes}
 * @param ratioFloorBytes below this many bytes read, the ratio is not checked
 * @param maxTotalBytes the most bytes all the entries of one zip may expand to, together, over
 *     everything read from it (a zip inside it included)
 */
public record ZipLimits(int maxEntries, long maxEntryBytes, int maxRatio, long ratioFloorBytes, long maxTotalBytes) {

    /** Limits that fit real exports (hundreds of thousands of media files, multi-GB JSON). */
    public static final ZipLimits DEFAULT = new ZipLimits(2_000_000, 16L << 30, 200, 64L << 20, 64L << 30);

    /** Limits with the default total bound. */
    public ZipLimits(int maxEntries, long maxEntryBytes, int maxRatio, long ratioFloorBytes) {
        this(maxEntries, maxEntryBytes, maxRatio, ratioFloorBytes, 64L << 30);
    }
}
