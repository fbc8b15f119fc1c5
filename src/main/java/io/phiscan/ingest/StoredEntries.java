package io.phiscan.ingest;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipMethod;

/**
 * The entries of a zip read from their local headers ({@link ZipSalvage}) that are stored (not
 * compressed) with their sizes after their data, in a data descriptor, as streaming zip writers
 * leave them: nothing in the data tells where it ends, so commons-compress's stream cannot go past
 * them. Its {@code allowStoredEntriesWithDataDescriptor} would, by holding the whole entry in
 * memory (a hostile zip: as much as the file) and taking the first signature-like bytes for its
 * end, unchecked; {@link DataDescriptorSearch} finds the end in one pass of fixed memory, checking
 * the descriptor's sizes and CRC-32 against the bytes, and the entry is then copied under the
 * limits of any entry ({@link SalvageCopy#copyStored}). Stateless.
 */
final class StoredEntries {
    /** An entry whose descriptor is found but whose CRC-32 is not that of its bytes. */
    static final String DAMAGED = "the entry's data is damaged (its CRC-32 is not the one its data descriptor gives): not read";
    /** The start of what is said of an entry whose descriptor is not found, before the zip's size. */
    static final String NO_DESCRIPTOR = "the entry is stored with its size written after its data, and no data descriptor that"
            + " agrees with its data follows it before the zip ends at byte ";

    private StoredEntries() {
    }

    /** Whether the entry is stored, not encrypted, and its sizes follow its data: its end is to be found. */
    static boolean endUnknown(ZipArchiveEntry e) {
        return e.getMethod() == ZipMethod.STORED.getCode() && e.getGeneralPurposeBit().usesDataDescriptor()
                && !e.getGeneralPurposeBit().usesEncryption() && !e.getGeneralPurposeBit().usesStrongEncryption();
    }
}
