package io.phiscan.ingest;

import io.phiscan.model.SourceRef;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipMethod;

/**
 * Where a zip read from its local headers ({@link ZipSalvage}) ends, once its last entry has been
 * found: right where that entry's data (and its data descriptor) ends, inside the central
 * directory that follows it (its first record, as far as the zip goes, is that of the zip's first
 * entry), somewhere else (inside the next entry's header), or not cut at all (its end record is
 * whole), and the cut as it is reported. Reads the zip's tail, and for an entry whose sizes follow
 * its data, its data once ({@link DataDescriptorSearch}). Stateless.
 */
final class CentralDirectoryCut {
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final int END_LENGTH = 22;
    private static final int CENTRAL_LENGTH = 46;

    enum Where {
        /** Inside the central directory, or the end record after it: every entry is whole. */
        IN_DIRECTORY,
        /** Right where the last entry found ends: the central directory, or another entry, would begin there. */
        AT_ENTRY_END,
        /** Elsewhere: not where an entry ends. */
        ELSEWHERE,
        /** Not cut after its entries: its end record is whole. */
        NOT_CUT
    }

    /** An entry's place in the zip, from its local header: where its header and data start, its sizes if the header has them. */
    record Local(long header, long data, long compressed, boolean descriptor, boolean stored, byte[] rawName) {
        static Local of(ZipArchiveEntry e, long base) {
            return new Local(base + e.getLocalHeaderOffset(), base + e.getDataOffset(), e.getCompressedSize(),
                    e.getGeneralPurposeBit().usesDataDescriptor(), e.getMethod() == ZipMethod.STORED.getCode(), e.getRawName());
        }
    }

    private CentralDirectoryCut() {
    }

    /** Where the zip ends, its first entry and the last one found given. */
    static Where of(Path zip, Local first, Local last) throws IOException {
        try (SeekableByteChannel in = Files.newByteChannel(zip)) {
            long size = in.size();
            if (endIsWhole(in, size)) {
                return Where.NOT_CUT;
            }
            long end;
            if (!last.descriptor() && last.compressed() >= 0) {
                end = last.data() + last.compressed();
            } else {
                DataDescriptorSearch.Found found = DataDescriptorSearch.find(in, last.data(), last.stored());
                if (found == null) {
                    return Where.ELSEWHERE;
                }
                end = found.next();
            }
            if (end == size) {
                return Where.AT_ENTRY_END;
            }
            return end < size && directoryBegins(in, end, size, first) ? Where.IN_DIRECTORY : Where.ELSEWHERE;
        }
    }

    /**
     * The zip's end, reached where the next entry was looked for: cut in its central directory
     * (every entry whole), cut right where its last entry ends, or cut elsewhere, and what that
     * cost; null when its end record is whole (it is not cut).
     */
    static IngestRecord.Bad reported(Path zip, String name, String last, long size, Local first, Local lastLocal, int entries)
            throws IOException {
        Where where = lastLocal == null ? Where.ELSEWHERE : of(zip, first, lastLocal);
        SourceRef at = new SourceRef(name, "", "byte " + size);
        return switch (where) {
            case IN_DIRECTORY -> new IngestRecord.Bad(at, "the zip is cut at byte " + size + ", in its central directory (the"
                    + " list of its entries at its end; truncated download?): no entry is cut, all " + entries + " entries were"
                    + " recovered from their own local headers");
            case AT_ENTRY_END -> new IngestRecord.Bad(at, "the zip is cut at byte " + size + ", right where its entry " + last
                    + " ends (truncated download?): the " + entries + " entries before the cut are whole and were recovered from"
                    + " their own local headers; what followed (its central directory, the list of its entries at its end, and"
                    + " any entry after " + last + ") is lost");
            case ELSEWHERE -> ZipSalvage.cut(name, last, size);
            case NOT_CUT -> null;
        };
    }

    /** Whether the central directory's first record, as far as the zip goes (its signature at least), is that of the first entry. */
    private static boolean directoryBegins(SeekableByteChannel in, long at, long size, Local first) throws IOException {
        if (size - at < 4) {
            return false;
        }
        ByteBuffer b = read(in, at, (int) Math.min(size - at, CENTRAL_LENGTH + first.rawName().length));
        if (b.getInt(0) != CENTRAL) {
            return false;
        }
        if (b.limit() >= 30 && (b.getShort(28) & 0xffff) != first.rawName().length) {
            return false;
        }
        long offset = b.limit() >= CENTRAL_LENGTH ? b.getInt(42) & 0xffffffffL : -1;
        if (offset >= 0 && offset != first.header() && offset != 0xffffffffL) {
            return false;
        }
        byte[] name = Arrays.copyOfRange(b.array(), Math.min(CENTRAL_LENGTH, b.limit()), b.limit());
        return Arrays.equals(name, Arrays.copyOf(first.rawName(), name.length));
    }

    /** Whether the zip ends with a whole end record (its comment, if any, reaching the zip's end). */
    private static boolean endIsWhole(SeekableByteChannel in, long size) throws IOException {
        int tail = (int) Math.min(size, END_LENGTH + 0xffff);
        ByteBuffer b = read(in, size - tail, tail);
        for (int i = tail - END_LENGTH; i >= 0; i--) {
            if (b.getInt(i) == END && i + END_LENGTH + (b.getShort(i + 20) & 0xffff) == tail) {
                return true;
            }
        }
        return false;
    }

    private static ByteBuffer read(SeekableByteChannel in, long at, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        in.position(at);
        while (b.hasRemaining() && in.read(b) > 0) {
            // read what is there
        }
        b.flip();
        return b;
    }
}
