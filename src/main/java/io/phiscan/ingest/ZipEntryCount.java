package io.phiscan.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Counts the headers of a zip's central directory before the zip is listed, without holding
 * them: a zip that lists millions of entries, each listed entry an object of several hundred
 * bytes, would fill the heap before the entry-count limit could be checked on the listing. The
 * directory is found as the zip reader finds it, from the end-of-central-directory record (its
 * Zip64 form when the zip has one), and counted header by header from its start, whatever
 * count the end record states (a hostile zip can understate it). Stateless.
 */
final class ZipEntryCount {
    /** No directory where the end record says: left to the zip reader, which says what is wrong. */
    static final long UNKNOWN = -1;

    private static final int EOCD = 0x06054b50;
    private static final int EOCD_SIZE = 22;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_EOCD = 0x06064b50;
    private static final int HEADER = 0x02014b50;
    private static final int HEADER_SIZE = 46;

    private ZipEntryCount() {
    }

    /**
     * The number of central directory headers of the zip, counted up to {@code stopAfter + 1}:
     * a result above {@code stopAfter} means "more than that".
     *
     * @return the count, or {@link #UNKNOWN} when no end record or no directory is found where it says
     */
    static long count(Path zip, long stopAfter) throws IOException {
        try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = ch.size();
            long start = directoryStart(ch, size);
            if (start < 0) {
                return UNKNOWN;
            }
            // read a window at a time: a directory of millions of headers is a few hundred MB
            ByteBuffer window = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
            long windowAt = 0;
            int windowLength = 0;
            long at = start;
            long count = 0;
            while (count <= stopAfter && at + HEADER_SIZE <= size) {
                if (at < windowAt || at + HEADER_SIZE > windowAt + windowLength) {
                    window.clear();
                    windowAt = at;
                    windowLength = read(ch, window, at);
                    if (windowLength < HEADER_SIZE) {
                        break;
                    }
                }
                int p = (int) (at - windowAt);
                if (window.getInt(p) != HEADER) {
                    break;
                }
                count++;
                at += HEADER_SIZE + (window.getShort(p + 28) & 0xffff) + (window.getShort(p + 30) & 0xffff)
                        + (window.getShort(p + 32) & 0xffff);
            }
            return count == 0 ? UNKNOWN : count;
        }
    }

    /**
     * How many entries the zip's end record says the directory holds (its 16-bit count; a zip of
     * 65,535 or more, whose count is in its Zip64 record, is {@link #UNKNOWN}), or {@link #UNKNOWN}
     * without an end record.
     */
    static long stated(Path zip) throws IOException {
        try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < EOCD_SIZE) {
                return UNKNOWN;
            }
            int tail = (int) Math.min(size, EOCD_SIZE + 0xffff);
            ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            read(ch, end, size - tail);
            for (int p = tail - EOCD_SIZE; p >= 0; p--) {
                if (end.getInt(p) == EOCD) {
                    int total = end.getShort(p + 10) & 0xffff;
                    return total == 0xffff ? UNKNOWN : total;
                }
            }
            return UNKNOWN;
        }
    }

    /** Where the central directory starts, from the end records; -1 when they cannot be found. */
    private static long directoryStart(FileChannel ch, long size) throws IOException {
        if (size < EOCD_SIZE) {
            return -1;
        }
        // the end record is the last 22 bytes, followed by a comment of at most 65,535 bytes
        int tail = (int) Math.min(size, EOCD_SIZE + 0xffff);
        ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
        read(ch, end, size - tail);
        for (int p = tail - EOCD_SIZE; p >= 0; p--) {
            if (end.getInt(p) != EOCD) {
                continue;
            }
            long offset = end.getInt(p + 16) & 0xffffffffL;
            long recordAt = size - tail + p;
            if (offset == 0xffffffffL || (end.getShort(p + 10) & 0xffff) == 0xffff) {
                long zip64 = zip64Start(ch, recordAt);
                if (zip64 >= 0) {
                    return zip64;
                }
            }
            return offset < recordAt ? offset : -1;
        }
        return -1;
    }

    /** The directory's start from the Zip64 end record the locator before {@code eocdAt} points to; -1 without one. */
    private static long zip64Start(FileChannel ch, long eocdAt) throws IOException {
        if (eocdAt < 20) {
            return -1;
        }
        ByteBuffer locator = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
        if (read(ch, locator, eocdAt - 20) < 20 || locator.getInt(0) != ZIP64_LOCATOR) {
            return -1;
        }
        long recordAt = locator.getLong(8);
        if (recordAt < 0 || recordAt + 56 > eocdAt) {
            return -1;
        }
        ByteBuffer record = ByteBuffer.allocate(56).order(ByteOrder.LITTLE_ENDIAN);
        if (read(ch, record, recordAt) < 56 || record.getInt(0) != ZIP64_EOCD) {
            return -1;
        }
        long offset = record.getLong(48);
        return offset >= 0 && offset < recordAt ? offset : -1;
    }

    /** Reads from byte {@code at} of the file until the buffer is full or the file ends; the bytes read. */
    static int read(FileChannel ch, ByteBuffer buf, long at) throws IOException {
        int total = 0;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, at + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }
}
