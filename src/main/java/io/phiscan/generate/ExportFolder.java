package io.phiscan.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder of one export being written: files are created under it (their folders with them),
 * one at a time, and their bytes and number are counted. Every file is written through one
 * buffer of {@value #BUFFER} bytes that the folder keeps, so that a file costs a few large
 * writes whatever its size, and thousands of small thread files allocate nothing. Not
 * thread-safe: one per export.
 */
final class ExportFolder {
    static final int BUFFER = 256 << 10;
    private final Path root;
    private final String name;
    private final byte[] buffer = new byte[BUFFER];
    private Path lastFolder;
    private boolean open;
    private long bytes;
    private int files;

    ExportFolder(Path root, String name) {
        this.root = root;
        this.name = name;
    }

    /** The export's folder name, relative to the output folder. */
    String name() {
        return name;
    }

    /**
     * A new file at {@code relative} (slash-separated), buffered; the file before it must be
     * closed first.
     */
    OutputStream create(String relative) throws IOException {
        if (open) {
            throw new IllegalStateException("a file of " + name + " is still open");
        }
        Path file = root.resolve(relative);
        Path folder = file.getParent();
        if (!folder.equals(lastFolder)) {
            Files.createDirectories(folder);
            lastFolder = folder;
        }
        OutputStream out = Files.newOutputStream(file);
        open = true;
        files++;
        return new Sink(out);
    }

    long bytes() {
        return bytes;
    }

    int files() {
        return files;
    }

    /** A file being written through the folder's buffer. */
    private final class Sink extends OutputStream {
        private final OutputStream out;
        private int used;
        private boolean closed;

        Sink(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > buffer.length - used) {
                drain();
                if (len > buffer.length) {
                    out.write(b, off, len);
                    bytes += len;
                    return;
                }
            }
            System.arraycopy(b, off, buffer, used, len);
            used += len;
        }

        private void drain() throws IOException {
            out.write(buffer, 0, used);
            bytes += used;
            used = 0;
        }

        @Override
        public void flush() {
            // written when the buffer is full and at close: flushing each JSON or CSV chunk would undo the buffer
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                try {
                    drain();
                } finally {
                    out.close();
                    open = false;
                }
            }
        }
    }
}
