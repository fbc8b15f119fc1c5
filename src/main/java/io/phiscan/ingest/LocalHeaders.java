package io.phiscan.ingest;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * A zip's entries read in order from their local headers (commons-compress's
 * {@link ZipArchiveInputStream}, the names' own bytes kept, no Info-ZIP Unicode name replacing
 * them), with whether the zip's end was reached, and a way on past an entry whose end the stream
 * cannot find (stored, its sizes in a data descriptor after its data): the stream is opened again
 * where the next record begins ({@link #resumeAt}), offsets then counting from there
 * ({@link #base()}). Not thread-safe; close it.
 */
final class LocalHeaders implements Closeable {
    private static final int LOCAL = 0x04034b50;

    private final Path zip;
    private long base;
    private ZipEnd source;
    private ZipArchiveInputStream in;
    /** The entries end where the stream was to go on: the central directory, or the zip's end, is there. */
    private boolean ended;

    LocalHeaders(Path zip) throws IOException {
        this.zip = zip;
        open(0);
    }

    /** The stream of the current entry's data. */
    ZipArchiveInputStream in() {
        return in;
    }

    /** The byte of the zip the stream's offsets count from. */
    long base() {
        return base;
    }

    /** Whether the zip's end was reached, or the entries' end: then a failure to read is where the zip is cut. */
    boolean reached() {
        return ended || source.reached();
    }

    /** The next entry, or null when there is none. */
    ZipArchiveEntry next() throws IOException {
        return ended ? null : in.getNextEntry();
    }

    /**
     * Goes on from byte {@code at}, where a record begins (a data descriptor was found to end
     * there): another entry's local header, read next, or not (the entries end there).
     */
    void resumeAt(long at) throws IOException {
        close();
        ByteBuffer sig = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        try (SeekableByteChannel ch = Files.newByteChannel(zip)) {
            ch.position(at);
            while (sig.hasRemaining() && ch.read(sig) > 0) {
                // the signature, as far as the zip goes
            }
        }
        if (sig.hasRemaining() || sig.getInt(0) != LOCAL) {
            ended = true;
            return;
        }
        open(at);
    }

    private void open(long at) throws IOException {
        SeekableByteChannel ch = Files.newByteChannel(zip);
        try {
            ch.position(at);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        base = at;
        source = new ZipEnd(Channels.newInputStream(ch));
        in = new ZipArchiveInputStream(new BufferedInputStream(source), StandardCharsets.UTF_8.name(), false);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The zip file's bytes, and whether its end was reached: then a failure to read is where the zip is cut. */
    private static final class ZipEnd extends FilterInputStream {
        private boolean reached;

        ZipEnd(InputStream in) {
            super(in);
        }

        boolean reached() {
            return reached;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            reached |= b < 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            reached |= n < 0;
            return n;
        }
    }
}
