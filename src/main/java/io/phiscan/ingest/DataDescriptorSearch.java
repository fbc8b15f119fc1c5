package io.phiscan.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * Where the data of a zip entry ends when its local header does not say (its sizes follow its
 * data, in a data descriptor), found in the zip's own bytes: the first data descriptor after the
 * data whose compressed size is the distance from the data's start, and which is followed by the
 * next entry's local header, the central directory, or the end of the file. The descriptor's
 * signature (0x08074b50) may be left out, as the zip format allows; then the next header's
 * signature must follow it. For an entry stored (not compressed) its size must equal its compressed
 * size, and its CRC-32 is checked against the bytes: a descriptor whose CRC does not agree says the
 * data is damaged (it is not passed over for a later one: a hostile zip could then make each of its
 * entries cost a pass to the zip's end). The bytes from the data's start to the descriptor are read
 * once, through a buffer of fixed size: a hostile zip costs one pass over the file, never memory.
 * Stateless.
 */
final class DataDescriptorSearch {
    private static final int DESCRIPTOR = 0x08074b50;
    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int WINDOW = 1 << 16;
    /** The longest descriptor (signature, CRC, two 8-byte sizes) and the next signature. */
    private static final int LOOK = 28;

    /**
     * A data descriptor found: the data is {@code [start, end)}, what follows the descriptor begins
     * at {@code next}, and whether the CRC-32 of the data is the descriptor's (always true for an
     * entry that is compressed: its CRC is that of what the data expands to).
     */
    record Found(long end, long next, boolean crcAgrees) {
    }

    private DataDescriptorSearch() {
    }

    /** The descriptor of the entry whose data starts at byte {@code start} of the zip, or null when none is found before its end. */
    static Found find(Path zip, long start, boolean stored) throws IOException {
        try (SeekableByteChannel in = Files.newByteChannel(zip)) {
            return find(in, start, stored);
        }
    }

    /** The descriptor of the entry whose data starts at {@code start}, or null when none is found before the zip ends. */
    static Found find(SeekableByteChannel zip, long start, boolean stored) throws IOException {
        long size = zip.size();
        byte[] b = new byte[WINDOW + LOOK];
        CRC32 crc = new CRC32();
        long pos = start;
        int n = 0;
        zip.position(start);
        while (true) {
            ByteBuffer into = ByteBuffer.wrap(b, n, b.length - n);
            while (into.hasRemaining() && zip.read(into) > 0) {
                // fill the window
            }
            n = into.position();
            boolean last = pos + n >= size;
            int scan = last ? n : n - LOOK;
            for (int i = 0; i < scan; i++) {
                Found f = at(b, i, n, pos + i - start, pos + i, size, stored);
                if (f == null) {
                    continue;
                }
                if (!stored) {
                    return f;
                }
                crc.update(b, 0, i);
                return new Found(f.end(), f.next(), (int) crc.getValue() == crcField(b, i, f));
            }
            if (last) {
                return null;
            }
            crc.update(b, 0, scan);
            System.arraycopy(b, scan, b, 0, n - scan);
            pos += scan;
            n -= scan;
        }
    }

    /** A descriptor at {@code b[i]}, with or without its signature, for data of {@code length} bytes ending at {@code end}. */
    private static Found at(byte[] b, int i, int n, long length, long end, long size, boolean stored) {
        if (n - i >= 16 && int32(b, i) == DESCRIPTOR) {
            if (sizes(u32(b, i + 8), u32(b, i + 12), length, stored) && follows(b, i + 16, n, end + 16, size, true)) {
                return new Found(end, end + 16, true);
            }
            if (n - i >= 24 && sizes(int64(b, i + 8), int64(b, i + 16), length, stored) && follows(b, i + 24, n, end + 24, size, true)) {
                return new Found(end, end + 24, true);
            }
        }
        if (n - i >= 16 && sizes(u32(b, i + 4), u32(b, i + 8), length, stored) && follows(b, i + 12, n, end + 12, size, false)) {
            return new Found(end, end + 12, true);
        }
        return null;
    }

    /** The CRC-32 the descriptor found at {@code b[i]} gives. */
    private static int crcField(byte[] b, int i, Found f) {
        return int32(b, f.next() - f.end() == 12 ? i : i + 4);
    }

    private static boolean sizes(long compressed, long expanded, long length, boolean stored) {
        return compressed == length && (!stored || expanded == length);
    }

    /** Whether the next record's signature (or, when {@code endAllowed}, the zip's end) is at {@code b[j]}. */
    private static boolean follows(byte[] b, int j, int n, long at, long size, boolean endAllowed) {
        if (at == size) {
            return endAllowed;
        }
        if (n - j < 4) {
            return false;
        }
        int sig = int32(b, j);
        return sig == LOCAL || sig == CENTRAL;
    }

    private static int int32(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
    }

    private static long u32(byte[] b, int i) {
        return int32(b, i) & 0xffffffffL;
    }

    private static long int64(byte[] b, int i) {
        return u32(b, i) | u32(b, i + 4) << 32;
    }
}
