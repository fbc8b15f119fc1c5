package io.phiscan.report;

import io.phiscan.model.Sha256;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The output folder of a run as its writers fill it: each file is created owner-only
 * ({@link OwnerOnlyFiles}), and its SHA-256 is taken from the bytes as they are written, so that
 * the manifest lists the file without reading it again. A file whose stream was not closed, or
 * that was written some other way, has no digest here; the manifest then reads it. Thread-safe:
 * the writers of one run create their files from several threads.
 */
public final class OutputFolder {
    private final Path dir;
    private final Map<Path, String> digests = new ConcurrentHashMap<>();

    /** The folder, created owner-only if it is missing. */
    public OutputFolder(Path dir) throws IOException {
        this.dir = OwnerOnlyFiles.folder(dir);
    }

    public Path dir() {
        return dir;
    }

    /** A path in the folder. */
    public Path resolve(String relative) {
        return dir.resolve(relative);
    }

    /** Opens a file of the folder for writing (replacing it); a missing subfolder is created owner-only. */
    public OutputStream create(String relative) throws IOException {
        Path file = dir.resolve(relative);
        return hashed(file, OwnerOnlyFiles.create(file));
    }

    /**
     * Opens a file for writing (replacing it) in a subfolder of this folder that
     * {@link OwnerOnlyFiles#folder} has made owner-only, without checking that subfolder again:
     * for the many files of one subfolder.
     */
    public OutputStream createIn(Path subfolder, String name) throws IOException {
        return hashed(subfolder.resolve(name), OwnerOnlyFiles.createIn(subfolder, name));
    }

    /** The SHA-256 (lower-case hex) of a file as it was written and closed through this folder, or null. */
    String digest(Path file) {
        return digests.get(file.toAbsolutePath().normalize());
    }

    private OutputStream hashed(Path file, OutputStream out) {
        Path key = file.toAbsolutePath().normalize();
        digests.remove(key);
        return new Hashing(out, key);
    }

    /** Passes the bytes on and digests them; records the digest when closed after no write failed. */
    private final class Hashing extends FilterOutputStream {
        private final MessageDigest sha256 = Sha256.newDigest();
        private final Path key;
        private boolean closed;
        private boolean failed;

        Hashing(OutputStream out, Path key) {
            super(out);
            this.key = key;
        }

        @Override
        public void write(int b) throws IOException {
            failed = true;
            out.write(b);
            sha256.update((byte) b);
            failed = false;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            failed = true;
            out.write(b, off, len);
            sha256.update(b, off, len);
            failed = false;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            out.close();
            if (!failed) {
                digests.put(key, HexFormat.of().formatHex(sha256.digest()));
            }
        }
    }
}
