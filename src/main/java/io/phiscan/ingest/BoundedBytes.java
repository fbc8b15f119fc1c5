package io.phiscan.ingest;

import java.util.Arrays;

/**
 * The bytes of one element of a file being split, up to a bound: once more than the bound have
 * been added, the bytes are dropped and only {@link #tooBig()} is kept (with the last bytes
 * added, when a window is asked for), so that one huge element cannot take the memory. Grown by
 * doubling (unlike {@code ByteArrayOutputStream}, not synchronized). Not thread-safe.
 */
final class BoundedBytes {
    private final int max;
    private final int window;
    private byte[] bytes = new byte[1024];
    private int size;
    private boolean tooBig;
    /** Once too big: the last {@code window} bytes added, the byte at index {@code i} at {@code i % window}. */
    private byte[] last;
    private long added;

    BoundedBytes(int max) {
        this(max, 0);
    }

    /** Bytes up to {@code max}; past it, the last {@code window} bytes added are kept ({@link #copyOfRange}). */
    BoundedBytes(int max, int window) {
        this.max = max;
        this.window = window;
    }

    void add(int b) {
        if (reserve(1)) {
            bytes[size++] = (byte) b;
        } else if (last != null) {
            last[(int) (added % window)] = (byte) b;
        }
        added++;
    }

    void add(byte[] from, int offset, int length) {
        if (reserve(length)) {
            System.arraycopy(from, offset, bytes, size, length);
            size += length;
        } else if (last != null) {
            int skip = Math.max(0, length - window);
            for (int i = skip; i < length; i++) {
                last[(int) ((added + i) % window)] = from[offset + i];
            }
        }
        added += length;
    }

    /** Drops the bytes from {@code size} on; nothing when they were dropped already ({@link #tooBig()}). */
    void truncate(long size) {
        if (!tooBig && size < this.size) {
            this.size = (int) size;
            added = size;
        }
    }

    /**
     * The bytes added from index {@code from} to {@code to}: while not {@link #tooBig()}, or
     * once too big when they are among the last {@code window} added ({@link #has}).
     */
    byte[] copyOfRange(long from, long to) {
        if (!has(from)) {
            throw new IllegalStateException("more than " + max + " bytes were added");
        }
        if (!tooBig) {
            return Arrays.copyOfRange(bytes, (int) from, (int) Math.min(to, size));
        }
        byte[] copy = new byte[(int) (Math.min(to, added) - from)];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = last[(int) ((from + i) % window)];
        }
        return copy;
    }

    /** Whether the bytes from index {@code from} on are still kept. */
    boolean has(long from) {
        return !tooBig || last != null && from >= added - window;
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
            if (window > 0) {
                last = new byte[window];
                for (int i = Math.max(0, size - window); i < size; i++) {
                    last[i % window] = bytes[i];
                }
            }
            bytes = null;
            return false;
        }
        if (size + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(max, Math.max((long) size + length, bytes.length * 2L)));
        }
        return true;
    }
}
