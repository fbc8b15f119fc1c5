package io.phiscan.ingest;

import java.util.Arrays;

/**
 * The bytes of one element of a file being split, up to a bound: once more than the bound have
 * been added, the bytes are dropped and only {@link #tooBig()} is kept, so that one huge element
 * cannot take the memory. Grown by doubling (unlike {@code ByteArrayOutputStream}, not
 * synchronized). Not thread-safe.
 */
final class BoundedBytes {
    private final int max;
    private byte[] bytes = new byte[1024];
    private int size;
    private boolean tooBig;

    BoundedBytes(int max) {
        this.max = max;
    }

    void add(int b) {
        if (reserve(1)) {
            bytes[size++] = (byte) b;
        }
    }

    void add(byte[] from, int offset, int length) {
        if (reserve(length)) {
            System.arraycopy(from, offset, bytes, size, length);
            size += length;
        }
    }

    /** Drops the bytes from {@code size} on; nothing when they were dropped already ({@link #tooBig()}). */
    void truncate(long size) {
        if (!tooBig && size < this.size) {
            this.size = (int) size;
        }
    }

    /** The bytes added from {@code from} to {@code to}; only while not {@link #tooBig()}. */
    byte[] copyOfRange(int from, int to) {
        if (tooBig) {
            throw new IllegalStateException("more than " + max + " bytes were added");
        }
        return Arrays.copyOfRange(bytes, from, Math.min(to, size));
    }

    /** Whether more than the bound were added. */
    boolean tooBig() {
        return tooBig;
    }

    /** The bytes added; only while not {@link #tooBig()}. */
    byte[] toByteArray() {
        if (tooBig) {
            throw new IllegalStateException("more than " + max + " bytes were added");
        }
        return Arrays.copyOf(bytes, size);
    }

    /** Makes room for {@code length} more bytes, or drops them all when that passes the bound. */
    private boolean reserve(int length) {
        if (tooBig) {
            return false;
        }
        if ((long) size + length > max) {
            tooBig = true;
            bytes = null;
            return false;
        }
        if (size + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(max, Math.max((long) size + length, bytes.length * 2L)));
        }
        return true;
    }
}
