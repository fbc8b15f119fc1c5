package io.phiscan.ingest;

import io.phiscan.model.SourceRef;

/**
 * A zip entry whose bytes cannot be had: its compressed data does not decompress, what it
 * decompresses to fails the entry's CRC-32 check, or its place in the zip, as the directory gives
 * it, does not fit the zip. The zip is damaged in that entry only; its
 * other entries can be read, so a reader that meets this lists the entry as skipped and goes on,
 * where a refusal of the whole zip (a safety limit, a method phiscan does not read) is an
 * {@link ArchiveFormatException} of its own.
 */
final class DamagedZipEntryException extends ArchiveFormatException {
    private final boolean readWhole;

    /** {@code readWhole}: every byte of the entry was given, and only its CRC-32 check failed. */
    DamagedZipEntryException(String zip, String entry, String reason, Throwable cause, boolean readWhole) {
        super(zip, entry, reason, cause);
        this.readWhole = readWhole;
    }

    /** Whether every byte of the entry was given before this, and only its CRC-32 check failed. */
    boolean readWhole() {
        return readWhole;
    }

    /** The entry, known in {@code tree} as {@code entry}, as a skipped record: not read, and why. */
    IngestRecord.Bad notRead(ExportTree tree, String entry) {
        return new IngestRecord.Bad(new SourceRef(tree.displayName(), entry, ""), "not read: " + reason());
    }
}
